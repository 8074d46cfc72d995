package eu.art28.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/** Legal works through the review queue in a real browser. */
@ExtendWith(SharedApp.class)
class AgreementReviewUiIT {

    @SharedApp.Base
    URL base;

    @Test
    void legalApprovesFromTheReviewQueueAndSeesTheAgreementInForce() {
        JsonObject submitted = AgreementFixtures.submitted(new Api(base));
        String reference = submitted.getString("reference");
        try (Browser browser = new Browser(base, "en")) {
            browser.resize(1440, 900);
            browser.open("login.xhtml");
            browser.logIn("legal", Api.PASSWORD);
            browser.menu("nav-review");
            browser.waitForText(By.id("review:queue"), reference);

            browser.click(By.linkText(reference));
            browser.waitForText(By.id("status"), "In review");
            browser.click(By.id("actions:approve"));
            browser.click(By.id("actions:confirmYes"));

            browser.waitForText(By.id("status"), "Approved");
            browser.waitForText(By.id("inForce"), "In force today");
            // one history, in words, with who did it (issue 22: there were two, one of them raw JSON)
            browser.waitForText(By.id("auditHistory"), "Status: In review → Approved");
            assertEquals(1, browser.all(By.xpath("//h2[normalize-space()='History']")).size(), "one history");
            String history = browser.visible(By.id("auditHistory")).getText();
            assertTrue(history.contains("legal"), "the history names who approved: " + history);
            assertFalse(history.contains("{") || history.contains("[\""), "no JSON: " + history);
            long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertTrue(scrollWidth <= 1440, "the agreement's page fits a 1,440 px window: " + scrollWidth);

            browser.menu("nav-review");
            assertTrue(!browser.visible(By.id("review:queue")).getText().contains(reference),
                    "an approved agreement leaves the queue");
        }
    }

    @Test
    void procurementDraftsAnAgreementAndSeesWhatIsMissingBeforeSubmitting() {
        long processorId = AgreementFixtures.processor(new Api(base));
        String reference = "DPA-UI-" + Api.freshKvk();
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml");
            browser.logIn("procurement", Api.PASSWORD);
            browser.open("agreements/edit.xhtml?processorId=" + processorId);
            browser.type(By.id("agreement:tabs:reference"), reference);
            browser.type(By.id("agreement:tabs:signedOn_input"), "2026-01-05");
            browser.type(By.id("agreement:tabs:effectiveFrom_input"), "2026-01-10");
            browser.type(By.id("agreement:tabs:expiresOn_input"), "2025-12-31");
            browser.click(By.id("agreement:save"));
            for (String field : List.of("effectiveFrom", "expiresOn")) {
                browser.waitForText(By.xpath("//*[@id='agreement:tabs:" + field
                        + "']/following-sibling::*[contains(@class,'ui-message')]"), "on or before the expiry date");
            }

            browser.type(By.id("agreement:tabs:expiresOn_input"), "2027-12-31");
            browser.click(By.id("agreement:save"));
            browser.waitForText(By.id("agreement-title"), reference);

            browser.click(By.id("actions:submit"));
            browser.click(By.id("actions:confirmYes"));
            browser.waitForText(By.id("messages"), "Choose at least one purpose");
            browser.waitForText(By.id("status"), "Draft");
        }
    }
}
