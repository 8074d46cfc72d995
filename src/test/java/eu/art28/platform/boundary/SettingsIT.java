package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    /** The texts of a key's row: meaning, key and variable, value, default, source. */
    private static List<String> cells(Browser browser, String key) {
        List<String> cells = browser.all(By.xpath("//tbody[@id='list:settings_data']/tr[.//code[@class='setting-key'"
                + " and text()='" + key + "']]/td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(5, cells.size(), key + " has a row");
        return cells;
    }
}
