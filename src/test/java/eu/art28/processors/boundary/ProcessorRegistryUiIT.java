package eu.art28.processors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/** Procurement registers a processor in a real browser, from the login to offboarding. */
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
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml");
            browser.waitForText(By.id("login"), "Gebruikersnaam");
            browser.logIn("auditor", Api.PASSWORD);
            browser.waitForText(By.id("queue-title"), "Mijn werkvoorraad");
            browser.click(By.id("nav-processors"));
            browser.waitForText(By.tagName("h1"), "Verwerkers");
            assertTrue(browser.all(By.id("new")).isEmpty(), "an auditor cannot register processors");

            browser.open("processors/edit.xhtml");
            browser.waitForText(By.id("error-text"), "Deze pagina bestaat niet");
            assertEquals(404L, browser.script("var x = new XMLHttpRequest(); x.open('GET', 'edit.xhtml', false);"
                    + " x.send(); return x.status;"), "a page the role may not open does not exist for it");
            assertTrue(!browser.pageText().contains("Payara") && !browser.pageText().contains("Exception"),
                    "an error page names neither the server nor a stack trace");
        }
    }
}
