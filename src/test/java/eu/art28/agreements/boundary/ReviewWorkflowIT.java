package eu.art28.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.agreements.entity.Clause;
import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The review workflow as its people meet it: the submitter sees no approve and may withdraw; a missing Art. 28(3)
 * clause is said when submitting and in the review queue; legal sends back with a remark per clause, which the
 * submitter reads beside the clause; approving a specific sub-processor needs the written consent's reference.
 */
@ExtendWith(SharedApp.class)
class ReviewWorkflowIT {

    @SharedApp.Base
    URL base;

    /** A draft of a fresh processor whose checklist has every clause but (h) audits. */
    static JsonObject draftWithoutAudits(Api api, String by) {
        long processor = CoverageFixtures.processor(api);
        String checklist = Arrays.stream(Clause.values()).filter(c -> c != Clause.H_AUDITS)
                .map(c -> "{\"clause\":\"" + c + "\",\"present\":true}").collect(Collectors.joining(","));
        Api.Reply draft = api.post("api/agreements", by, """
                {"processorId":%d,"reference":"DPA-REVIEW-%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],
                 "checklist":[%s]}""".formatted(processor, Api.freshKvk(), LocalDate.now().minusDays(20),
                LocalDate.now().minusDays(10), checklist));
        assertEquals(201, draft.status(), draft::toString);
        return draft.json();
    }

    static JsonObject post(Api api, JsonObject agreement, String action, String user, String more) {
        Api.Reply reply = api.post("api/agreements/" + agreement.getJsonNumber("id") + "/" + action, user,
                "{\"version\":" + agreement.getJsonNumber("version") + more + "}");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static String remarkOn(JsonObject agreement, Clause clause) {
        return agreement.getJsonArray("checklist").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("clause").equals(clause.name())).findFirst().orElseThrow()
                .getString("reviewRemark", null);
    }

    @Test
    void theSubmitterWithdrawsAndLegalSendsBackWithARemarkPerClauseThroughTheApi() {
        Api api = new Api(base);
        JsonObject draft = draftWithoutAudits(api, "procurement");
        assertEquals("[\"H_AUDITS\"]", draft.getJsonArray("missingClauses").toString(), "said before submitting");
        JsonObject submitted = post(api, draft, "submit", "procurement", "");
        assertEquals("IN_REVIEW", submitted.getString("status"));

        String path = "api/agreements/" + submitted.getJsonNumber("id");
        assertEquals(403, api.post(path + "/withdraw", "legal", "{\"version\":" + submitted.getJsonNumber("version")
                + "}").status(), "only the submitter withdraws");
        assertEquals(403, api.post(path + "/withdraw", "manager", "{\"version\":" + submitted.getJsonNumber("version")
                + "}").status(), "a manager drafts nothing");
        JsonObject withdrawn = post(api, submitted, "withdraw", "procurement", "");
        assertEquals("DRAFT", withdrawn.getString("status"));
        String history = api.get(path + "/history", "auditor").body();
        assertTrue(history.contains("\"WITHDRAWN\""), history);

        JsonObject again = post(api, withdrawn, "submit", "procurement", "");
        JsonObject rejected = post(api, again, "reject", "legal",
                ",\"reason\":\"See the remarks\",\"remarks\":{\"H_AUDITS\":\"Audits must be allowed\"}");
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("Audits must be allowed", remarkOn(rejected, Clause.H_AUDITS));
        assertEquals(null, remarkOn(rejected, Clause.A_INSTRUCTIONS));
        assertEquals("Audits must be allowed", remarkOn(api.get(path, "procurement").json(), Clause.H_AUDITS),
                "stored, for the submitter to read");
    }

    @Test
    void approvingASpecificSubprocessorNeedsTheWrittenConsentsReference() {
        Api api = new Api(base);
        long processor = CoverageFixtures.processor(api);
        long subprocessor = CoverageFixtures.processor(api);
        Api.Reply registered = api.post("api/processors/" + processor + "/subprocessors", "procurement", """
                {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Storage","startsOn":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"countries":["NL"]}"""
                .formatted(subprocessor, LocalDate.now().minusDays(1)));
        assertEquals(201, registered.status(), registered::toString);
        JsonObject link = registered.json();
        String approve = "api/processors/%d/subprocessors/%s/approve".formatted(processor, link.getJsonNumber("id"));

        Api.Reply without = api.post(approve, "legal", "{\"version\":" + link.getJsonNumber("version") + "}");
        assertEquals(400, without.status(), without::toString);
        assertEquals("reference", without.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        String name = api.get("api/processors/" + subprocessor, "legal").json().getString("name");
        try (Browser legal = new Browser(base, "en")) {
            legal.open("login.xhtml");
            legal.logIn("legal", Api.PASSWORD);
            legal.open("chain/view.xhtml?processor=" + processor);
            legal.click(By.xpath("//*[@id='links:table']//tr[contains(., '" + name + "')]//button[contains(@id,':approve')]"));
            legal.waitForText(By.id("decisionDialog"), name);
            legal.click(By.id("decisionForm:confirmDecision"));
            legal.waitForText(By.xpath("//*[@id='decisionForm:reason']/following-sibling::*[contains(@class,'ui-message')]"),
                    "Give the reference of the written consent");
            legal.type(By.id("decisionForm:reason"), "Consent letter 2026-12-01");
            legal.click(By.id("decisionForm:confirmDecision"));
            legal.waitForText(By.id("growl_container"), name + " approved.");
        }
        assertEquals("APPROVED", api.get("api/processors/%d/subprocessors/%s".formatted(processor,
                link.getJsonNumber("id")), "auditor").json().getString("status"));
    }

    @Test
    void theSubmitterSeesNoApproveAndWithdrawsAndLegalSendsBackWithARemarkTheSubmitterReads() {
        Api api = new Api(base);
        // legal drafts and submits: the one person who could approve sees no approve
        JsonObject own = post(api, draftWithoutAudits(api, "legal"), "submit", "legal", "");
        // procurement's draft, submitted in the browser
        JsonObject draft = draftWithoutAudits(api, "procurement");
        String reference = draft.getString("reference");

        try (Browser procurement = new Browser(base, "en")) {
            procurement.open("login.xhtml");
            procurement.logIn("procurement", Api.PASSWORD);
            procurement.open("agreements/view.xhtml?id=" + draft.getJsonNumber("id"));
            procurement.waitForText(By.id("unsettled"), "(h) Information, audits and inspections");
            procurement.click(By.id("actions:submit"));
            procurement.waitForText(By.cssSelector(".ui-confirm-dialog"), "Warning: these clauses are neither present"
                    + " nor waived: (h) Information, audits and inspections");
            procurement.click(By.id("actions:confirmYes"));
            procurement.waitForText(By.id("status"), "In review");

            try (Browser legal = new Browser(base, "en")) {
                legal.open("login.xhtml");
                legal.logIn("legal", Api.PASSWORD);
                legal.open("agreements/review.xhtml");
                By row = By.xpath("//tbody[@id='review:queue_data']/tr[contains(., '" + reference + "')]");
                legal.waitForText(row, "(h) Information, audits and inspections");

                legal.open("agreements/view.xhtml?id=" + own.getJsonNumber("id"));
                legal.waitForText(By.id("awaitingOther"), "You submitted this version");
                assertTrue(legal.all(By.id("actions:approve")).isEmpty(), "no approve for the submitter");
                assertTrue(legal.all(By.id("actions:reject")).isEmpty(), "no reject for the submitter");
                legal.click(By.id("actions:withdraw"));
                legal.click(By.id("actions:confirmYes"));
                legal.waitForText(By.id("status"), "Draft");
                // the record's one history, in words (the API's event log says WITHDRAWN: asserted above)
                legal.waitForText(By.cssSelector("[id$='auditHistory']"), "In review → Draft");

                legal.open("agreements/view.xhtml?id=" + draft.getJsonNumber("id"));
                legal.click(By.id("actions:reject"));
                legal.type(By.id("rejectDialogForm:reason"), "Audits are not negotiable");
                legal.type(By.id("rejectDialogForm:remark_H_AUDITS"), "Add the audit clause of our model");
                legal.click(By.id("rejectDialogForm:confirmReject"));
                legal.waitForText(By.id("status"), "Rejected");
            }

            procurement.open("agreements/view.xhtml?id=" + draft.getJsonNumber("id"));
            procurement.waitForText(By.xpath("//tbody[@id='checklist_data']/tr[contains(., '(h) Information')]"),
                    "Add the audit clause of our model");
        }
    }
}
