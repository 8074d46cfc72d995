package eu.art28.engagements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The reason Art28 exists, in a browser: the printing house is engaged for fraud investigation, which its DPA
 * (customer mailings) does not cover; legal approves an amendment that adds it; the alert resolves.
 */
@ExtendWith(SharedApp.class)
class EngagementCoverageUiIT {

    @SharedApp.Base
    URL base;

    @Test
    void anUncoveredPurposeRaisesAnAlertThatAnApprovedAmendmentResolves() {
        Api api = new Api(base);
        long printer = CoverageFixtures.processor(api);
        JsonObject agreement = CoverageFixtures.approvedAgreement(api, printer, "\"e\"");

        try (Browser procurement = new Browser(base, "en")) {
            procurement.open("login.xhtml");
            procurement.logIn("procurement", Api.PASSWORD);
            procurement.open("engagements/edit.xhtml?processorId=" + printer);
            procurement.type(By.id("engagement:description"), "Fraud investigation");
            procurement.type(By.id("engagement:businessOwner"), "Security office");
            procurement.pick("engagement:purposes", "c.fraud");
            procurement.pick("engagement:dataCategories", "contact.name");
            procurement.pick("engagement:dataSubjects", "customers");
            procurement.click(By.id("engagement:save"));

            procurement.waitForText(By.id("engagement-title"), "Fraud investigation");
            procurement.waitForText(By.id("coverage"), "Not covered");
            procurement.waitForText(By.id("findings"), "Purpose not covered");
            String findings = procurement.visible(By.id("findings")).getText();
            assertTrue(findings.contains("Fraud prevention and investigation") && !findings.contains("c.fraud"),
                    "the explanation names it by its name, not its code: " + findings);

            String amendmentPath = "api/agreements/" + agreement.getJsonNumber("id") + "/amend";
            JsonObject amendment = api.post(amendmentPath, "procurement", "").json();
            String path = "api/agreements/" + amendment.getJsonNumber("id");
            JsonObject changed = api.put(path, "procurement",
                    amendment.toString().replace("\"purposes\":[\"e\"]", "\"purposes\":[\"c\",\"e\"]")).json();
            assertEquals(2, changed.getJsonArray("purposes").size(), changed::toString);
            api.post(path + "/submit", "procurement", "{\"version\":" + changed.getJsonNumber("version") + "}");

            try (Browser legal = new Browser(base, "en")) {
                legal.open("login.xhtml");
                legal.logIn("legal", Api.PASSWORD);
                legal.open("agreements/view.xhtml?id=" + amendment.getJsonNumber("id"));
                legal.waitForText(By.id("changes"), "c, e");
                legal.click(By.id("actions:approve"));
                legal.click(By.id("actions:confirmYes"));
                legal.waitForText(By.id("status"), "Approved");
            }

            procurement.open("alerts/list.xhtml?status=RESOLVED&processorId=" + printer);
            procurement.waitForText(By.id("list:alerts"), "Resolved");
            procurement.click(By.cssSelector("[id='list:alerts_data'] a.subject-link[href*='engagements/view']"));
            procurement.waitForText(By.id("coverage"), "Covered");

            // the what-if page: a question without a processor is answered by that field's message, named by its label
            procurement.open("coverage/check.xhtml");
            procurement.click(By.id("check:ask"));
            procurement.waitForText(By.id("check:processorMessage"), "Processor: a value is required.");
        }
    }
}
