package eu.art28.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/** The administrator keeps the catalogue in a real browser; everyone else reads it. */
@ExtendWith(SharedApp.class)
class CatalogueUiIT {

    @SharedApp.Base
    URL base;

    @Test
    void theAdministratorRenamesAPurposeInDutch() {
        String code = "e.t" + Api.freshKvk();
        Api.Reply created = new Api(base).post("api/catalogue/purposes", "admin", """
                {"code":"%s","nameNl":"Nieuwsbrief","nameEn":"Newsletter","legalBasis":"A","retention":"P2Y"}
                """.formatted(code));
        assertEquals(201, created.status(), created::toString);

        try (Browser browser = new Browser(base, "nl")) {
            browser.open("catalogue/list.xhtml");
            browser.logIn("admin", Api.PASSWORD);
            browser.waitForText(By.id("list:entries"), code);
            browser.click(editButtonOf(code));

            browser.type(By.id("entry:nameNl"), "Digitale nieuwsbrief");
            browser.type(By.id("entry:retention"), "twee jaar");
            browser.click(By.id("entry:save"));
            browser.waitForText(messageOf("entry:retention"), "jaren, maanden of dagen");

            browser.type(By.id("entry:retention"), "3 jaar");
            browser.click(By.id("entry:save"));
            browser.waitForText(By.id("list:entries"), "Digitale nieuwsbrief");
            String row = browser.visible(rowOf(code)).getText();
            assertTrue(row.contains("3 jaar") && !row.contains("P3Y"), "the period in words, typed and shown: " + row);
            assertEquals("P3Y", new Api(base).get("api/catalogue/purposes/" + code, "admin").json()
                    .getString("retention"), "the API keeps ISO 8601");
            assertTrue(row.contains("(a) toestemming"), row);
        }
    }

    @Test
    void theAdministratorDeletesAnUnusedEntryAfterConfirming() {
        String code = "contact.t" + Api.freshKvk();
        new Api(base).post("api/catalogue/data-categories", "admin",
                "{\"code\":\"%s\",\"nameNl\":\"Faxnummer\",\"nameEn\":\"Fax number\"}".formatted(code));

        try (Browser browser = new Browser(base, "en")) {
            browser.open("catalogue/list.xhtml?kind=data-categories");
            browser.logIn("admin", Api.PASSWORD);
            browser.waitForText(By.id("list:entries"), "Fax number");
            browser.click(editButtonOf(code));

            browser.click(By.id("entry:delete"));
            browser.waitForText(By.id("confirm"), "Deleting removes the entry for good");
            browser.click(By.id("confirmYes"));

            browser.waitForText(By.cssSelector(".ui-growl"), code + " deleted.");
            assertFalse(browser.visible(By.id("list:entries")).getText().contains(code));
        }
    }

    @Test
    void everyoneElseReadsTheCatalogueWithoutChangingIt() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("catalogue/list.xhtml");
            browser.logIn("auditor", Api.PASSWORD);
            browser.waitForText(By.id("list:entries"), "Customer mailing by post");

            browser.click(By.linkText("Data categories"));
            browser.waitForText(rowOf("health"), "Art. 9 special");
            browser.waitForText(rowOf("criminal-records"), "Art. 10 criminal");
            assertTrue(browser.all(By.id("new")).isEmpty(), "no new button");
            assertTrue(browser.all(By.cssSelector("#list\\:entries .edit")).isEmpty(), "no edit buttons");

            browser.open("catalogue/edit.xhtml?kind=purposes&code=e");
            assertFalse(browser.pageText().contains("Name in Dutch"), browser.pageText());
        }
    }

    private static By rowOf(String code) {
        return By.xpath("//tbody[@id='list:entries_data']/tr[.//span[@class='code' and text()='" + code + "']]");
    }

    private static By editButtonOf(String code) {
        return By.xpath("//tbody[@id='list:entries_data']/tr[.//span[@class='code' and text()='" + code
                + "']]//span[contains(@class,'edit')]/a");
    }

    private static By messageOf(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'ui-message')]");
    }
}
