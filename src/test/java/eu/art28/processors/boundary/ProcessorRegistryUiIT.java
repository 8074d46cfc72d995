package eu.art28.processors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * Procurement registers a processor in a real browser, from the login to offboarding; every role reads a
 * processor's story on its page (issue 22).
 */
@ExtendWith(SharedApp.class)
class ProcessorRegistryUiIT {

    @SharedApp.Base
    URL base;

    @Test
    void procurementRegistersAProcessorAndOffboardsIt() {
        String kvk = Api.freshKvk();
        String name = "Mailing House " + kvk;
        try (Browser browser = new Browser(base, "en")) {
            browser.open("processors/list.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), browser.currentPath());

            browser.logIn("procurement", "wrong password");
            browser.waitForText(By.id("login"), "not valid");

            browser.logIn("procurement", Api.PASSWORD);
            assertTrue(browser.currentPath().endsWith("/processors/list.xhtml"), browser.currentPath());
            // other tests of the run register processors whose names sort first: look the sample one up
            browser.type(By.id("list:processors:name:filter"), "Letterzetter");
            browser.waitForText(By.id("list:processors"), "Drukkerij De Letterzetter B.V.");

            browser.click(By.id("new"));
            // the tier follows the computed risk: shown, not chosen (an override is the Risk tab's, with a reason)
            assertEquals("true", browser.visible(By.id("processor:riskTier")).getDomAttribute("readonly"));
            assertEquals("Computed when registered",
                    browser.visible(By.id("processor:riskTier")).getDomProperty("value"));
            // the page writes no maxlength: PrimeFaces takes it from Processor.name's @Size(max = 200)
            assertEquals("200", browser.visible(By.id("processor:name")).getDomAttribute("maxlength"));
            // where the page writes them, art:field passes its limit and placeholder on
            assertEquals("12", browser.visible(By.id("processor:kvkNumber")).getDomAttribute("maxlength"));
            assertEquals("12345678", browser.visible(By.id("processor:kvkNumber")).getDomAttribute("placeholder"));
            browser.type(By.id("processor:name"), name);
            browser.type(By.id("processor:kvkNumber"), "1234");
            browser.click(By.id("processor:save"));
            browser.waitForText(By.xpath("//*[@id='processor:kvkNumber']/following-sibling::*"), "8 digits");

            browser.type(By.id("processor:kvkNumber"), kvk);
            browser.click(By.id("processor:save"));
            browser.waitForText(By.id("processor-name"), name);
            assertEquals(kvk, browser.visible(By.id("kvkNumber")).getText());

            browser.open("processors/list.xhtml");
            browser.type(By.id("list:processors:name:filter"), kvk);
            browser.waitForCount(By.cssSelector("#list\\:processors_data a.processor-name"), 1);
            browser.waitForText(By.id("list:processors"), name);

            browser.click(By.linkText(name));
            browser.click(By.id("actionMenuToggle"));
            browser.click(By.id("offboard"));
            browser.type(By.id("offboardForm:offboardingReason"), "Mailing contract ended");
            // a page's own date keeps to the business range too, refused next to its input (issue 20)
            String today = browser.visible(By.id("offboardForm:offboardedOn_input")).getAttribute("value");
            // a date as people write it: shown dd-mm-yyyy, the format said in the input and named in the error
            assertTrue(today.matches("\\d{2}-\\d{2}-\\d{4}"), today);
            assertEquals("dd-mm-yyyy", browser.visible(By.id("offboardForm:offboardedOn_input"))
                    .getAttribute("placeholder"));
            browser.type(By.id("offboardForm:offboardedOn_input"), "31-02-2026");
            browser.click(By.id("offboardForm:confirm"));
            browser.waitForText(By.id("offboardForm:offboardedOnMessage"), "write it as dd-mm-yyyy");
            browser.type(By.id("offboardForm:offboardedOn_input"), "1899-12-31");
            browser.click(By.id("offboardForm:confirm"));
            browser.waitForText(By.id("offboardForm:offboardedOnMessage"), "1 Jan 1900");
            browser.type(By.id("offboardForm:offboardedOn_input"), today);
            browser.click(By.id("offboardForm:confirm"));
            browser.waitForText(By.id("status"), "Offboarded");
            assertTrue(browser.pageText().contains("Mailing contract ended"));

            browser.click(By.id("session:logout"));
            browser.waitForPath("/login.xhtml");
            browser.open("processors/list.xhtml");
            assertTrue(browser.currentPath().endsWith("/login.xhtml"), "logged out means logged out");
        }
    }

    @Test
    void aDutchBrowserGetsDutchPages() {
        Api api = new Api(base);
        String kvk = Api.freshKvk();
        JsonObject created = api.post("api/processors", "procurement", """
                {"name":"Drukkerij %s","country":"NL","riskTier":"LOW"}""".formatted(kvk)).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals(200, api.put("api/processors/" + id, "procurement", """
                {"version":%s,"name":"Drukkerij %s","country":"NL","riskTier":"HIGH"}
                """.formatted(created.getJsonNumber("version"), kvk)).status());
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml");
            browser.waitForText(By.id("login"), "Gebruikersnaam");
            browser.logIn("auditor", Api.PASSWORD);
            browser.waitForText(By.id("queue-title"), "Mijn werkvoorraad");
            browser.menu("nav-processors");
            browser.waitForText(By.tagName("h1"), "Verwerkers");
            assertTrue(browser.all(By.id("new")).isEmpty(), "an auditor cannot register processors");

            browser.open("processors/edit.xhtml");
            browser.waitForText(By.id("error-text"), "Deze pagina bestaat niet");
            assertEquals(404L, browser.script("var x = new XMLHttpRequest(); x.open('GET', 'edit.xhtml', false);"
                    + " x.send(); return x.status;"), "a page the role may not open does not exist for it");
            assertTrue(!browser.pageText().contains("Payara") && !browser.pageText().contains("Exception"),
                    "an error page names neither the server nor a stack trace");

            // the processor's story in Dutch, its history too: labels and values in words
            browser.open("processors/view.xhtml?tab=HISTORY&id=" + id);
            browser.waitForText(By.id("summary"), "Risicoklasse");
            assertTrue(browser.visible(By.cssSelector("nav.tabs")).getText().contains("Geschiedenis"));
            browser.waitForText(By.id("auditHistory"), "Risicoklasse: Laag → Hoog");
        }
    }

    /** The actions at the top of a processor's page, by the id of the element that does each. */
    private static final Map<String, String> ACTIONS = Map.of("edit", "edit", "newAgreement", "newAgreement",
            "newEvidence", "newEvidence", "recordReview", "recordReview", "dossier", "dossierForm:dossier",
            "deletions", "deletions", "back", "back", "offboard", "offboard");

    private static final Map<String, Set<String>> MAY = new LinkedHashMap<>();

    static {
        // as before the page was rearranged: who may do what is the facades', the page only shows it (docs/security.md)
        MAY.put("procurement", Set.of("edit", "newAgreement", "newEvidence", "dossier", "deletions", "back", "offboard"));
        MAY.put("legal", Set.of("newAgreement", "newEvidence", "recordReview", "dossier", "deletions", "back"));
        MAY.put("manager", Set.of("recordReview", "dossier", "deletions", "back"));
        MAY.put("auditor", Set.of("dossier", "deletions", "back"));
        MAY.put("admin", Set.of("dossier", "deletions", "back"));
    }

    private static final String OWN_PASSWORD = "a story worth reading";

    private static final List<String> TABS = List.of("OVERVIEW", "AGREEMENTS", "ENGAGEMENTS", "CHAIN", "EVIDENCE",
            "RISK", "REVIEWS", "REQUESTS", "HISTORY");

    @Test
    void everyRoleReadsTheProcessorsStoryAtAGlanceWithItsActionsAtTheTop() {
        Api api = new Api(base);
        String kvk = Api.freshKvk();
        String name = "Story Printer " + kvk;
        JsonObject created = api.post("api/processors", "procurement", """
                {"name":"%s","kvkNumber":"%s","country":"NL","services":["printing"],"riskTier":"LOW"}
                """.formatted(name, kvk)).json();
        long id = created.getJsonNumber("id").longValue();
        Api.Reply changed = api.put("api/processors/" + id, "procurement", """
                {"version":%s,"name":"%s","kvkNumber":"%s","country":"NL","services":["printing","mailing"],
                 "riskTier":"HIGH"}""".formatted(created.getJsonNumber("version"), name, kvk));
        assertEquals(200, changed.status(), changed::toString);
        String reference = "DPA-STORY-" + kvk;
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"subProcessing":"NOT_ALLOWED","breachNotificationHours":48,
                 "checklist":[{"clause":"A_INSTRUCTIONS","present":true,"reference":"art. 4"}]}
                """.formatted(id, reference, LocalDate.now().minusDays(20), LocalDate.now().minusDays(10)));
        assertEquals(201, draft.status(), draft::toString);

        // one browser, each role in turn (a Chromium start costs more than a login), as a user of its own: logging
        // out keeps the page's language with the account, which the demo users' other tests must not find
        try (Browser browser = new Browser(base, "en")) {
            browser.resize(1440, 900);
            for (Map.Entry<String, Set<String>> role : MAY.entrySet()) {
                String user = api.activeUser(role.getKey().toUpperCase(java.util.Locale.ROOT), OWN_PASSWORD);
                browser.open("login.xhtml").logIn(user, OWN_PASSWORD);
                browser.open("processors/view.xhtml?id=" + id);
                String summary = browser.visible(By.id("summary")).getText();
                for (String shown : List.of("Status", "Active", "Risk tier", "High", "Coverage", "Without engagements",
                        "Promises", "Open alerts")) {
                    assertTrue(summary.contains(shown), role.getKey() + " sees " + shown + " in: " + summary);
                }
                assertTrue(summary.matches("(?s).*\\d of \\d met.*"), summary);
                assertTrue(browser.visible(By.id("alerts")).getAttribute("href").contains("processorId=" + id));
                assertEquals(TABS.size(), browser.all(By.cssSelector("nav.tabs a.tab")).size());

                browser.click(By.id("actionMenuToggle"));
                for (Map.Entry<String, String> action : ACTIONS.entrySet()) {
                    List<WebElement> found = browser.all(By.id(action.getValue()));
                    assertEquals(role.getValue().contains(action.getKey()),
                            !found.isEmpty() && found.get(0).isDisplayed(), role.getKey() + ": " + action.getKey());
                }
                assertWithinTheWindow(browser, role.getKey() + " with the actions open");

                switch (role.getKey()) {
                    case "procurement" -> {
                        browser.click(By.id("offboard"));
                        browser.visible(By.id("offboardForm:offboardingReason"));
                        browser.open("processors/view.xhtml?id=" + id);
                        walkTheTabs(browser, reference);
                    }
                    case "legal" -> {
                        browser.click(By.id("recordReview"));
                        browser.visible(By.id("reviewForm:saveReview"));
                    }
                    case "auditor" -> {
                        byte[] dossier = browser.downloadBytes("dossierForm", "dossierForm:dossier");
                        assertEquals("%PDF", new String(dossier, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    default -> {
                        // the menu's links lead where they say; the other roles' were followed by their own tests
                        browser.click(By.id("deletions"));
                        browser.waitForPath("/deletion/list.xhtml");
                    }
                }
                browser.open("processors/list.xhtml");
                browser.click(By.id("session:logout"));
                browser.waitForPath("/login.xhtml");
            }
        }
    }

    /** Each tab opens by its link, shows its part of the story and fits the window; the history is in words. */
    private static void walkTheTabs(Browser browser, String reference) {
        for (String tab : TABS) {
            browser.follow(By.cssSelector("nav.tabs a.tab-" + tab));
            browser.waitForCount(By.cssSelector("section#tab-" + tab), 1);
            assertEquals("page", browser.visible(By.cssSelector("nav.tabs a.tab-" + tab)).getAttribute("aria-current"));
            assertWithinTheWindow(browser, tab);
        }
        browser.follow(By.cssSelector("nav.tabs a.tab-AGREEMENTS"));
        browser.waitForText(By.id("agreementsTable"), reference);
        browser.follow(By.cssSelector("nav.tabs a.tab-HISTORY"));
        String history = browser.visible(By.id("auditHistory")).getText();
        assertTrue(history.contains("Risk tier: Low → High"), history);
        assertTrue(history.contains("Services: added: mailing"), history);
        assertFalse(history.contains("{") || history.contains("[\""), "no JSON in the history: " + history);
    }

    private static void assertWithinTheWindow(Browser browser, String where) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long window = ((Number) browser.script("return window.innerWidth")).longValue();
        assertTrue(scrollWidth <= window, where + ": the page is " + scrollWidth + " px wide in a " + window
                + " px window");
    }
}
