package eu.art28.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;

import eu.art28.agreements.control.DpaCorpus;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/** Issue 9: upload a signed DPA, the reader proposes, legal accepts; the checklist holds what legal accepted. */
@ExtendWith(SharedApp.class)
class ClauseDetectionIT {

    @SharedApp.Base
    URL base;

    private JsonObject draft(Api api) {
        Api.Reply reply = api.post("api/agreements", "procurement", "{\"processorId\":%d,\"reference\":\"DPA-READ-%s\"}"
                .formatted(AgreementFixtures.processor(api), Api.freshKvk()));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static String path(JsonObject agreement) {
        return "api/agreements/" + agreement.getJsonNumber("id");
    }

    private JsonObject uploadAndWait(Api api, JsonObject agreement, byte[] pdf, String status) {
        Api.Reply upload = api.put(path(agreement) + "/document?fileName=dpa.pdf", "procurement", "application/pdf", pdf);
        assertEquals(201, upload.status(), upload::toString);
        // the reading runs in the background: ask until it has ended
        JsonObject analysis = new FluentWait<>(api).withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .withMessage("the reading should end")
                .until(a -> {
                    Api.Reply reply = a.get(path(agreement) + "/analysis", "auditor");
                    assertEquals(200, reply.status(), reply::toString);
                    JsonObject now = reply.json();
                    return List.of("QUEUED", "ANALYSING").contains(now.getString("status")) ? null : now;
                });
        assertEquals(status, analysis.getString("status"), analysis::toString);
        return analysis;
    }

    private static JsonObject proposal(JsonObject analysis, String clause) {
        return analysis.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> clause.equals(p.getString("clause", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for " + clause + " in " + analysis));
    }

    private static JsonObject check(JsonObject agreement, String clause) {
        return agreement.getJsonArray("checklist").getValuesAs(JsonObject.class).stream()
                .filter(c -> clause.equals(c.getString("clause"))).findFirst().orElseThrow();
    }

    @Test
    void uploadProposalsAcceptOneThenAllAndTheChecklistHoldsThem() {
        Api api = new Api(base);
        JsonObject agreement = draft(api);
        JsonObject analysis = uploadAndWait(api, agreement, DpaCorpus.EU_CLAUSES.pdf(), "DONE");
        assertEquals(List.of(), analysis.getJsonArray("missing").getValuesAs(v -> v.toString()));
        JsonObject b = proposal(analysis, "B_CONFIDENTIALITY");
        assertEquals("Clause 7.4(b)", b.getString("reference"));
        assertTrue(b.getString("passage").contains("confidentiality"), b::toString);
        assertTrue(!b.getJsonArray("marks").isEmpty());
        String acceptB = path(agreement) + "/analysis/proposals/" + b.getJsonNumber("id") + "/accept";

        assertEquals(403, api.post(acceptB, "auditor", "{}").status(), "the auditor only reads");
        assertEquals(403, api.post(path(agreement) + "/analysis/accept-all", "manager", "{}").status());

        Api.Reply accepted = api.post(acceptB, "legal", "{}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertEquals("legal", accepted.json().getString("decidedBy"));
        JsonObject afterB = api.get(path(agreement), "auditor").json();
        assertTrue(check(afterB, "B_CONFIDENTIALITY").getBoolean("present"));
        assertEquals("Clause 7.4(b)", check(afterB, "B_CONFIDENTIALITY").getString("reference"));
        assertTrue(check(afterB, "B_CONFIDENTIALITY").getString("note").contains("confidentiality"));
        assertEquals(409, api.post(acceptB, "legal", "{}").status(), "a decided proposal stays decided");

        Api.Reply all = api.post(path(agreement) + "/analysis/accept-all", "legal", "{}");
        assertEquals(200, all.status(), all::toString);
        assertTrue(all.json().getInt("accepted") >= 10, all::toString);
        JsonObject filled = api.get(path(agreement), "auditor").json();
        assertEquals("2026-03-12", filled.getString("signedOn"));
        assertEquals("2026-04-01", filled.getString("effectiveFrom"));
        assertEquals(48, filled.getInt("breachNotificationHours"));
        assertEquals("GENERAL", filled.getString("subProcessing"));
        assertEquals(30, filled.getInt("subProcessingNoticeDays"));
        assertEquals(14, filled.getInt("objectionPeriodDays"));
        assertEquals("EU_2021_915", filled.getString("standard"));
        filled.getJsonArray("checklist").getValuesAs(JsonObject.class)
                .forEach(c -> assertTrue(c.getBoolean("present"), c::toString));
        assertEquals("DRAFT", filled.getString("status"), "the reader never approves");

        // a listed sub-processor becomes a pending link in the chain (a notice under the general authorisation)
        Api.Reply scoped = api.put(path(agreement), "legal", """
                {"version":%d,"processorId":%d,"reference":"%s","purposes":["e.mailing"],"dataCategories":["contact"],
                 "subProcessing":"GENERAL","signedOn":"2026-03-12","effectiveFrom":"2026-04-01","objectionPeriodDays":14,
                 "checklist":[{"clause":"B_CONFIDENTIALITY","present":true,"reference":"Clause 7.4"}]}
                """.formatted(filled.getInt("version"), filled.getJsonNumber("processorId").longValue(),
                filled.getString("reference")));
        assertEquals(200, scoped.status(), scoped::toString);
        JsonObject after = api.get(path(agreement) + "/analysis", "legal").json();
        List<JsonObject> listed = after.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> "SUBPROCESSOR".equals(p.getString("kind")))
                .sorted(java.util.Comparator.comparing(p -> p.getString("value"))).toList();
        assertTrue(listed.get(0).getString("value").startsWith("Amazon Web Services EMEA SARL|LU|"), listed::toString);
        assertTrue(listed.get(1).getString("value").startsWith("Mailgun Technologies Inc.|US|"), listed::toString);
        Api.Reply linked = api.post(path(agreement) + "/analysis/proposals/" + listed.get(0).getJsonNumber("id")
                + "/accept", "legal", "{}");
        assertEquals(200, linked.status(), linked::toString);
        long processorId = filled.getJsonNumber("processorId").longValue();
        JsonArray links = (JsonArray) api.get("api/processors/" + processorId + "/subprocessors", "auditor").structure();
        JsonObject amazon = links.getValuesAs(JsonObject.class).stream()
                .filter(l -> "Amazon Web Services EMEA SARL".equals(l.getString("subprocessorName"))).findFirst()
                .orElseThrow(() -> new AssertionError(links.toString()));
        assertEquals("GENERAL", amazon.getString("authorisation"));
        assertEquals("hosting of the platform in Frankfurt", amazon.getString("service"));
        assertTrue(amazon.containsKey("objectionDeadline") && !amazon.isNull("objectionDeadline"), amazon::toString);
        Api.Reply dismissed = api.post(path(agreement) + "/analysis/proposals/" + listed.get(1).getJsonNumber("id")
                + "/dismiss", "legal", "{}");
        assertEquals("DISMISSED", dismissed.json().getString("state"), dismissed::toString);

        Api.Reply history = api.get("api/audit/history/DpaProposal/" + b.getJsonNumber("id"), "auditor");
        assertEquals(200, history.status(), history::toString);
        JsonArray entries = (JsonArray) history.structure();
        assertTrue(entries.getValuesAs(JsonObject.class).stream().anyMatch(e -> "legal".equals(e.getString("actor"))
                && e.getJsonObject("changes").containsKey("state")), entries::toString);
    }

    @Test
    void aFormValueLegalSetIsReplacedOnlyByACorrection() {
        Api api = new Api(base);
        JsonObject agreement = draft(api);
        JsonObject analysis = uploadAndWait(api, agreement, DpaCorpus.LACKING.pdf(), "DONE");
        assertTrue(analysis.getJsonArray("missing").toString().contains("B_CONFIDENTIALITY"), analysis::toString);
        assertTrue(analysis.getJsonArray("missing").toString().contains("G_DELETION_OR_RETURN"), analysis::toString);
        // the document excludes deletion and return: kept with its passage beside "not found", never accepted
        JsonObject otherwise = analysis.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("saysOtherwise") && "G_DELETION_OR_RETURN".equals(p.getString("clause", "")))
                .findFirst().orElseThrow(() -> new AssertionError(analysis.toString()));
        assertTrue(otherwise.getString("passage").contains("not obliged to delete or return"), otherwise::toString);
        Api.Reply refused = api.post(path(agreement) + "/analysis/proposals/" + otherwise.getJsonNumber("id") + "/accept",
                "legal", "{}");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(api.get(path(agreement), "legal").json().getJsonArray("checklist").getValuesAs(JsonObject.class)
                .stream().noneMatch(c -> "G_DELETION_OR_RETURN".equals(c.getString("clause"))
                        && c.getBoolean("present", false)), "the checklist item is not ticked");
        JsonObject breach = analysis.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> "BREACH_NOTIFICATION_HOURS".equals(p.getString("kind"))).findFirst().orElseThrow();
        assertEquals("72", breach.getString("value"));
        JsonObject current = api.get(path(agreement), "legal").json();
        Api.Reply set = api.put(path(agreement), "legal", """
                {"version":%d,"processorId":%d,"reference":"%s","breachNotificationHours":24}
                """.formatted(current.getInt("version"), current.getJsonNumber("processorId").longValue(),
                current.getString("reference")));
        assertEquals(200, set.status(), set::toString);

        String accept = path(agreement) + "/analysis/proposals/" + breach.getJsonNumber("id") + "/accept";
        assertEquals(409, api.post(accept, "legal", "{}").status(), "legal's 24 hours are not overwritten");
        Api.Reply corrected = api.post(accept, "legal", "{\"value\":\"36\"}");
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("CORRECTED", corrected.json().getString("state"));
        assertEquals(36, api.get(path(agreement), "legal").json().getInt("breachNotificationHours"));
    }

    @Test
    void aScanIsReportedAsHavingNoTextLayer() {
        Api api = new Api(base);
        JsonObject analysis = uploadAndWait(api, draft(api), DpaCorpus.SCAN.pdf(), "NO_TEXT_LAYER");
        assertTrue(analysis.getJsonArray("proposals").isEmpty());
        assertEquals(1, analysis.getInt("pagesTotal"));
    }

    @Test
    void legalSeesTheHighlightedPassageForConfidentialityAndAcceptsIt() {
        Api api = new Api(base);
        JsonObject agreement = draft(api);
        uploadAndWait(api, agreement, DpaCorpus.DATA_PRO.pdf(), "DONE");
        JsonObject scan = draft(api);
        uploadAndWait(api, scan, DpaCorpus.SCAN.pdf(), "NO_TEXT_LAYER");
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml");
            browser.logIn("legal", Api.PASSWORD);
            browser.open("agreements/view.xhtml?id=" + agreement.getJsonNumber("id"));
            By row = By.xpath("//tr[.//*[contains(@class,'item-B_CONFIDENTIALITY')]]");
            String marked = browser.visible(By.xpath("//tr[.//*[contains(@class,'item-B_CONFIDENTIALITY')]]//mark"))
                    .getText();
            assertTrue(marked.toLowerCase(Locale.ROOT).contains("geheimhouding"), marked);
            List<Integer> confidences = browser.all(By.cssSelector(".proposal-confidence")).stream()
                    .map(e -> Integer.valueOf(e.getText().replace("%", "").strip())).toList();
            assertTrue(confidences.size() > 5 && confidences.equals(confidences.stream().sorted().toList()),
                    "most doubtful first: " + confidences);
            browser.click(By.xpath("//tr[.//*[contains(@class,'item-B_CONFIDENTIALITY')]]//button[contains(@id,':accept')]"));
            browser.waitForText(row, "Accepted");
            browser.waitForText(By.id("checklist"), "Artikel 3.1");

            browser.open("agreements/view.xhtml?id=" + scan.getJsonNumber("id"));
            browser.waitForText(By.id("analysisForm:analysisStatus"), "no text layer (a scan)");
        }
    }
}
