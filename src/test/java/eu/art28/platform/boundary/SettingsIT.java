package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import eu.art28.testing.Accessibility;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The settings in force (issue 22): the administrator reads every setting from the admin menu, with its value, its
 * default and where it came from, in words; passwords only as set or not; other roles may not open the page. The
 * test server sets some by system property (SharedApp) and some by environment (the failsafe plugin's).
 */
@ExtendWith(SharedApp.class)
class SettingsIT {

    @SharedApp.Base
    URL base;

    @Test
    void theAdministratorReadsEverySettingInForceAndWhereItCameFrom() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("admin", Api.PASSWORD);
            browser.menu("nav-settings");
            browser.waitForPath("/settings/list.xhtml");
            assertEquals("When the daily scan runs (server time)", cells(browser, "art28.scan.time").get(0));
            assertEquals(List.of("02:30", "02:30", "Default"), cells(browser, "art28.scan.time").subList(2, 5));
            assertEquals(List.of("false", "true", "System property of the server"),
                    cells(browser, "art28.smtp.starttls").subList(2, 5));
            assertEquals(List.of("true", "(empty)", "Environment variable"),
                    cells(browser, "art28.demo").subList(2, 5));
            assertEquals(List.of("set (not shown)", "(not shown)", "Default"),
                    cells(browser, "art28.demo.password").subList(2, 5), "a password set in the defaults file");
            assertTrue(browser.pageText().contains("ART28_SCAN_TIME"), "the environment variable of each key");
            assertFalse(browser.pageText().contains(Api.PASSWORD), "no password is shown");
            assertEquals("not set", cells(browser, "art28.smtp.password").get(2));
        }
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml").logIn("admin", Api.PASSWORD);
            browser.open("settings/list.xhtml");
            assertEquals("Standaardwaarde", cells(browser, "art28.scan.time").get(4));
        }
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("manager", Api.PASSWORD);
            assertTrue(browser.all(By.id("nav-settings")).isEmpty(), "the settings are the administrator's");
            browser.open("settings/list.xhtml");
            assertFalse(browser.pageText().contains("art28.scan.time"), "refused to the manager");
        }
    }

    /**
     * The security questionnaire's page (issue 24): admin opens it from the admin menu on the current version, adds a
     * question to the first section and types its English text only; saving is refused with the reason next to the
     * missing Dutch text and saves nothing. With the Dutch text it is saved as the next version, which the page then
     * shows, which new requests send, with the new question, and which the audit trail records as admin's.
     */
    @Test
    void theAdministratorAddsAQuestionToTheQuestionnaireAndSavesItAsTheNextVersion() {
        Api api = new Api(base);
        int version = api.get("api/questionnaires/current", "admin").json().getInt("version");
        String text = "Do you train your staff in security every year? " + Api.freshKvk();
        try (Browser admin = new Browser(base, "en")) {
            admin.open("login.xhtml").logIn("admin", Api.PASSWORD);
            admin.menu("nav-questionnaire");
            admin.waitForPath("/settings/questionnaire.xhtml");
            admin.waitForText(By.id("version"), String.valueOf(version));
            List<String> found = Accessibility.problemsOnDeskAndPhone(admin);
            assertTrue(found.isEmpty(), () -> String.join("\n", found));
            int questions = admin.all(By.cssSelector("textarea[id^='questionnaire:questions:'][id$=':text_en']")).size();
            admin.click(By.id("questionnaire:addQuestion"));
            String at = "questionnaire:questions:" + questions + ":";
            admin.type(By.id(at + "text_en"), text);
            admin.click(By.id("questionnaire:save"));
            admin.click(By.id("questionnaire:confirmYes"));
            admin.waitForText(By.id(at + "text_nlMessage"), "Give the text in English and in Dutch.");
            assertEquals(version, api.get("api/questionnaires/current", "admin").json().getInt("version"),
                    "nothing saved");

            admin.type(By.id(at + "text_nl"), "Traint u uw medewerkers elk jaar in beveiliging?");
            admin.click(By.id("questionnaire:save"));
            admin.click(By.id("questionnaire:confirmYes"));
            admin.waitForText(By.id("version"), String.valueOf(version + 1));
            assertEquals(text, admin.visible(By.id(at + "text_en")).getAttribute("value"));
        }
        JsonObject current = api.get("api/questionnaires/current", "auditor").json();
        assertEquals(version + 1, current.getInt("version"));
        List<JsonObject> first = current.getJsonObject("questionnaire").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions").getValuesAs(JsonObject.class);
        JsonObject added = first.get(first.size() - 1);
        assertEquals(text, added.getJsonObject("text").getString("en"));
        assertEquals("YES_NO", added.getString("kind"));
        List<JsonObject> audit = api.get("api/audit?entityType=QuestionnaireVersion&entityId=" + (version + 1),
                "auditor").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("actor").equals(api.actual("admin"))), audit::toString);
    }

    /** The texts of a key's row: meaning, key and variable, value, default, source. */
    private static List<String> cells(Browser browser, String key) {
        List<String> cells = browser.all(By.xpath("//tbody[@id='list:settings_data']/tr[.//code[@class='setting-key'"
                + " and text()='" + key + "']]/td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(5, cells.size(), key + " has a row");
        return cells;
    }
}
