package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.EveryPage;
import eu.art28.testing.SharedApp;

/**
 * Finding one's way (issue 22, item 5): a menu of at most seven entries in groups, with each role's items; the
 * search box finds a processor by KvK number and an agreement by reference and links to them; breadcrumbs lead back.
 */
@ExtendWith(SharedApp.class)
class NavigationIT {

    @SharedApp.Base
    URL base;

    @Test
    void theMenuTheSearchAndTheCrumbsLeadToTheRecords() {
        Api api = new Api(base);
        EveryPage pages = EveryPage.over(api);
        String kvk = api.get("api/processors/" + pages.processor(), "auditor").json().getString("kvkNumber");
        String reference = api.get("api/agreements/" + pages.agreement(), "auditor").json().getString("reference");
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            List<WebElement> entries = browser.all(By.cssSelector(".nav-groups > li"));
            assertTrue(entries.size() <= 7, entries.size() + " entries at the top of the menu");
            assertTrue(browser.all(By.id("nav-review")).isEmpty(), "the review queue is legal's");
            assertTrue(browser.all(By.id("nav-users")).isEmpty(), "users are the administrator's");

            browser.type(By.id("search-q"), kvk);
            browser.press(Keys.ENTER);
            browser.waitForPath("/search/results.xhtml");
            browser.waitForCount(By.cssSelector("#processor-results a.processor-name"), 1);
            browser.click(By.cssSelector("#processor-results a.processor-name"));
            browser.waitForPath("/processors/view.xhtml");
            assertEquals(List.of("Dashboard", "Processors"), crumbLinks(browser));

            browser.type(By.id("search-q"), reference);
            browser.press(Keys.ENTER);
            browser.waitForCount(By.cssSelector("#agreement-results a.agreement-reference"), 1);
            browser.click(By.cssSelector("#agreement-results a.agreement-reference"));
            browser.waitForPath("/agreements/view.xhtml");
            List<String> crumbs = crumbLinks(browser);
            assertEquals("Agreements", crumbs.get(1), crumbs::toString);
            browser.click(By.id("crumb-section"));
            browser.waitForPath("/agreements/list.xhtml");

            browser.menu("nav-engagements");
            browser.waitForPath("/engagements/list.xhtml");
            browser.menu("nav-import");
            browser.waitForPath("/reports/import.xhtml");
        }
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml").logIn("legal", Api.PASSWORD);
            browser.menu("nav-review");
            browser.waitForPath("/agreements/review.xhtml");
            assertTrue(browser.all(By.id("nav-import")).isEmpty(), "importing is procurement's");
            browser.menu("nav-chain");
            browser.waitForPath("/chain/notices.xhtml");
            // the menu item says what the page is: decisions, not all sub-processors
            assertEquals("Besluiten over subverwerkers",
                    browser.all(By.id("nav-chain")).get(0).getDomProperty("textContent").strip());
        }
    }

    private static List<String> crumbLinks(Browser browser) {
        return browser.all(By.cssSelector(".breadcrumbs a")).stream().map(WebElement::getText).toList();
    }

    /**
     * Logging out is no choice of language: the logout button used to submit the header's form with the language
     * menu in it, which saved the page's language as the user's (for pages and for mail).
     */
    @Test
    void loggingOutLeavesTheLanguageAsItWas() {
        Api api = new Api(base);
        String password = "a sentence of my own";
        String user = api.activeUser("AUDITOR", password);
        Api mine = api.withPassword(password);
        assertEquals(200, mine.put("api/profile", user,
                "{\"email\":\"%s@example.org\",\"language\":\"nl\",\"alertMail\":\"NONE\"}".formatted(user))
                .status());
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn(user, password);
            assertEquals("en", browser.script("return document.documentElement.lang"), "the browser's language");
            browser.click(By.id("session:logout"));
            browser.waitForPath("/login.xhtml");
        }
        assertEquals("nl", mine.get("api/profile", user).json().getString("language"), "the mail's language stays");
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml").logIn(user, password);
            assertEquals("nl", browser.script("return document.documentElement.lang"),
                    "no language was picked for the pages, so the browser's holds");
        }
    }
}
