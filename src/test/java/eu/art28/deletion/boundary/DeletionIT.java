package eu.art28.deletion.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.control.ProcessingEnds;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/**
 * Deletion or return over the REST API (the deadline and its alert, recording and resolving, bad input, roles,
 * certificates, an agreement that ended) and, in the same deployment to spare a Payara start, legal recording a
 * confirmation with its certificate in the browser.
 */
@ExtendWith(SharedApp.class)
class DeletionIT {

    static final LocalDate TODAY = LocalDate.now();


    @SharedApp.Base
    URL base;

    static long processor(Api api) {
        String kvk = Api.freshKvk();
        Api.Reply reply = api.post("api/processors", "procurement",
                "{\"name\":\"Mailhouse %s\",\"kvkNumber\":\"%s\",\"country\":\"NL\"}".formatted(kvk, kvk));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static long engagement(Api api, long processor, LocalDate endsOn) {
        Api.Reply reply = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Mailing %s","businessOwner":"Marketing",
                 "purposes":["e.mailing","b.bookkeeping"],"dataCategories":["contact.address"],
                 "dataSubjects":["customers"],"countries":["NL"],"startsOn":"%s"%s}""".formatted(processor,
                Api.freshKvk(), TODAY.minusDays(200), endsOn == null ? "" : ",\"endsOn\":\"" + endsOn + "\""));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static List<JsonObject> alerts(Api api, String subject) {
        Api.Reply reply = api.get("api/alerts?type=DELETION_NOT_CONFIRMED&subject=" + subject, "manager");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static JsonObject item(Api api, long processor, String subject) {
        return api.get("api/deletions?processor=" + processor, "auditor").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("subject").equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " is not listed"));
    }

    static Set<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void anEngagementEnded31DaysAgoWithoutAConfirmationRaisesTheAlertOneEnded30DaysAgoDoesNot() {
        Api api = new Api(base);
        long processor = processor(api);
        long late = engagement(api, processor, TODAY.minusDays(31));
        long inTime = engagement(api, processor, TODAY.minusDays(30));
        engagement(api, processor, null);

        List<JsonObject> raised = alerts(api, "engagement:" + late);
        assertEquals(1, raised.size(), raised::toString);
        assertEquals("OPEN", raised.get(0).getString("status"));
        assertEquals("MEDIUM", raised.get(0).getString("severity"));
        assertEquals(late, raised.get(0).getJsonNumber("engagementId").longValue());
        assertTrue(raised.get(0).getString("explanation").contains(
                DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(TODAY.minusDays(1))),
                raised.get(0)::toString);
        assertEquals(List.of(), alerts(api, "engagement:" + inTime), "the last allowed day is today");

        JsonObject overdue = item(api, processor, "engagement:" + late);
        assertEquals("OVERDUE", overdue.getString("state"));
        assertEquals(TODAY.minusDays(31).toString(), overdue.getString("endedOn"));
        assertEquals(TODAY.minusDays(1).toString(), overdue.getString("lastAllowedDay"));
        assertEquals("b.bookkeeping", overdue.getJsonObject("longestRetention").getString("purpose"));
        assertEquals("P7Y", overdue.getJsonObject("longestRetention").getString("period"));
        assertEquals(2, overdue.getJsonArray("retention").size());
        assertEquals("AWAITING", item(api, processor, "engagement:" + inTime).getString("state"));
        assertEquals(2, api.get("api/deletions?processor=" + processor, "manager").json().getInt("total"),
                "an open-ended engagement has not ended");
        assertEquals(1, api.get("api/deletions?state=OVERDUE&processor=" + processor, "admin").json()
                .getInt("total"));

        Api.Reply recorded = api.put("api/deletions/engagements/" + late, "legal",
                "{\"choice\":\"DELETE\",\"confirmedOn\":\"%s\",\"note\":\"Certificate follows\"}".formatted(TODAY));
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals("CONFIRMED", recorded.json().getString("state"));
        assertEquals("legal", recorded.json().getString("chosenBy"));
        assertEquals("legal", recorded.json().getString("confirmedBy"));
        assertTrue(recorded.json().getBoolean("confirmedLate"));
        assertEquals("RESOLVED", alerts(api, "engagement:" + late).get(0).getString("status"), "resolved at once");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOnlyProcurementAndLegalRecord() {
        Api api = new Api(base);
        long processor = processor(api);
        long ended = engagement(api, processor, TODAY.minusDays(40));
        String path = "api/deletions/engagements/" + ended;

        assertEquals(Set.of("confirmedOn"), fields(api.put(path, "legal",
                "{\"choice\":\"RETURN\",\"confirmedOn\":\"%s\"}".formatted(TODAY.plusDays(1)))));
        assertEquals(Set.of("choice"), fields(api.put(path, "procurement",
                "{\"confirmedOn\":\"%s\"}".formatted(TODAY))));
        assertEquals(403, api.put(path, "manager", "{\"choice\":\"DELETE\"}").status());
        assertEquals(403, api.put(path, "auditor", "{\"choice\":\"DELETE\"}").status());
        assertEquals(403, api.put(path, "admin", "{\"choice\":\"DELETE\"}").status());
        assertEquals(401, api.put(path, null, "{\"choice\":\"DELETE\"}").status());
        assertEquals("OPEN", alerts(api, "engagement:" + ended).get(0).getString("status"), "nothing recorded");

        Api.Reply chosen = api.put(path, "procurement", "{\"choice\":\"RETURN\",\"note\":\"As CSV\"}");
        assertEquals(200, chosen.status(), chosen::toString);
        assertEquals("OVERDUE", chosen.json().getString("state"), "a choice is not a confirmation");
        assertEquals("Return", alerts(api, "engagement:" + ended).get(0).getJsonArray("agreementsLookedAt")
                .getString(0), "the alert names the choice, in words");
        assertEquals(Set.of("version"), fields(api.put(path, "legal", "{\"choice\":\"RETURN\"}")));
        assertEquals(409, api.put(path, "legal", "{\"choice\":\"RETURN\",\"version\":%d}".formatted(
                chosen.json().getJsonNumber("version").longValue() + 1)).status());

        assertEquals(409, api.put("api/deletions/engagements/" + engagement(api, processor, null), "legal",
                "{\"choice\":\"DELETE\"}").status(), "not ended");
        assertEquals(404, api.put("api/deletions/engagements/987654321", "legal", "{\"choice\":\"DELETE\"}")
                .status());
        assertEquals(404, api.get("api/deletions/contracts/" + ended, "legal").status());
        assertEquals(403, api.post("api/deletions/scan", "manager", "{}").status());
        assertEquals(200, api.post("api/deletions/scan", "admin", "{}").status());
    }

    @Test
    void theOpenApiDocumentDescribesDeletionOrReturn() throws MalformedURLException {
        // Payara serves the document at the server's root, beside the application
        Api.Reply document = new Api(new URL(base, "/")).get("openapi", null);
        assertEquals(200, document.status(), document::toString);
        assertTrue(document.body().contains("/deletions/{kind}/{id}/document"), "the certificate is documented");
    }

    @Test
    void aCertificateNeedsAChoiceAndEveryUploadIsKept() {
        Api api = new Api(base);
        long processor = processor(api);
        long ended = engagement(api, processor, TODAY.minusDays(10));
        String path = "api/deletions/engagements/" + ended;
        assertEquals(Set.of("choice"), fields(api.put(path + "/document?fileName=c.pdf", "legal", "application/pdf",
                pdf("early"))));
        assertEquals(404, api.get(path + "/document", "auditor").status());

        JsonObject chosen = api.put(path, "legal", "{\"choice\":\"DELETE\"}").json();
        assertEquals(403, api.put(path + "/document?fileName=c.pdf", "manager", "application/pdf", pdf("x"))
                .status());
        assertEquals(201, api.put(path + "/document?fileName=draft.pdf", "procurement", "application/pdf",
                pdf("draft")).status());
        assertEquals(201, api.put(path + "/document?fileName=certificate-of-deletion.pdf", "legal",
                "application/pdf", pdf("signed")).status());
        assertEquals(Set.of("document"), fields(api.put(path + "/document?fileName=x.pdf", "legal",
                "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8))));

        assertEquals(List.of("certificate-of-deletion.pdf", "draft.pdf"), api.get(path + "/documents", "auditor")
                .structure().asJsonArray().stream().map(d -> d.asJsonObject().getString("fileName")).toList());
        Api.Reply download = api.get(path + "/document", "manager");
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.contentDisposition().startsWith("attachment;"), download.contentDisposition());
        assertArrayEquals(pdf("signed"), download.bytes());
        JsonObject read = api.get(path, "auditor").json();
        assertEquals("certificate-of-deletion.pdf", read.getJsonObject("currentDocument").getString("fileName"));
        assertEquals(chosen.getJsonNumber("version"), read.getJsonNumber("version"), "uploads leave the record");
        assertEquals("AWAITING", read.getString("state"));
    }

    /** An agreement of the processor, approved, in force from {@code effectiveFrom}. */
    static JsonObject approvedAgreement(Api api, long processor, LocalDate effectiveFrom) {
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"subProcessing":"NOT_ALLOWED","breachNotificationHours":48,
                 "standard":"NLDIGITAL_DATA_PRO","checklist":[%s]}""".formatted(processor, Api.freshKvk(),
                effectiveFrom.minusDays(20), effectiveFrom, Clauses.allPresent("art. 4")));
        assertEquals(201, draft.status(), draft::toString);
        String agreement = "api/agreements/" + draft.json().getJsonNumber("id");
        JsonObject submitted = api.post(agreement + "/submit", "procurement", "{\"version\":"
                + draft.json().getJsonNumber("version") + "}").json();
        JsonObject approved = api.post(agreement + "/approve", "legal", "{\"version\":"
                + submitted.getJsonNumber("version") + "}").json();
        assertEquals("APPROVED", approved.getString("status"), approved::toString);
        return approved;
    }

    static void terminate(Api api, JsonObject approved, LocalDate on) {
        Api.Reply terminated = api.post("api/agreements/" + approved.getJsonNumber("id") + "/terminate", "legal",
                "{\"version\":%s,\"terminatedOn\":\"%s\",".formatted(approved.getJsonNumber("version"), on)
                        + "\"reason\":\"Mailings stopped\"}");
        assertEquals(200, terminated.status(), terminated::toString);
    }

    static List<String> subjects(Api api, String query) {
        Api.Reply reply = api.get("api/deletions?" + query, "auditor");
        assertEquals(200, reply.status(), reply::toString);
        List<String> subjects = reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("subject")).toList();
        assertEquals(subjects.size(), reply.json().getInt("total"), reply::toString);
        return subjects;
    }

    @Test
    void anAgreementTerminatedWithNothingElseInForceIsWhatEnded() {
        Api api = new Api(base);
        long processor = processor(api);
        JsonObject approved = approvedAgreement(api, processor, TODAY.minusDays(100));
        String subject = "agreement:" + approved.getJsonNumber("id");
        assertEquals(List.of(), alerts(api, subject));

        terminate(api, approved, TODAY.minusDays(40));
        assertEquals("OPEN", alerts(api, subject).get(0).getString("status"));
        JsonObject ended = item(api, processor, subject);
        assertEquals("AGREEMENT", ended.getString("kind"));
        assertEquals(TODAY.minusDays(40).toString(), ended.getString("endedOn"));
        assertEquals("e.mailing", ended.getJsonObject("longestRetention").getString("purpose"));

        Api.Reply returned = api.put("api/deletions/agreements/" + approved.getJsonNumber("id"), "legal",
                "{\"choice\":\"RETURN\",\"confirmedOn\":\"%s\"}".formatted(TODAY.minusDays(5)));
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("RESOLVED", alerts(api, subject).get(0).getString("status"));
    }

    /**
     * The list pages over a read model (V36): it follows an engagement that comes to an end, an agreement decided
     * (terminated: it ended; another approved and in force: the first no longer did) and a confirmation, at once.
     */
    @Test
    void theListFollowsAnEngagementEndingAnAgreementDecidedAndAConfirmation() {
        Api api = new Api(base);
        long processor = processor(api);
        long engagement = engagement(api, processor, null);
        String ofProcessor = "processor=" + processor;
        assertEquals(List.of(), subjects(api, ofProcessor));

        JsonObject open = api.get("api/engagements/" + engagement, "procurement").json();
        Api.Reply ended = api.put("api/engagements/" + engagement, "procurement", Json.createObjectBuilder(open)
                .add("endsOn", TODAY.minusDays(40).toString()).build().toString());
        assertEquals(200, ended.status(), ended::toString);
        String endedEngagement = "engagement:" + engagement;
        assertEquals(List.of(endedEngagement), subjects(api, ofProcessor + "&state=OVERDUE"));

        JsonObject first = approvedAgreement(api, processor, TODAY.minusDays(100));
        terminate(api, first, TODAY.minusDays(50));
        String endedAgreement = "agreement:" + first.getJsonNumber("id");
        assertEquals(List.of(endedEngagement, endedAgreement), subjects(api, ofProcessor), "latest end first");
        approvedAgreement(api, processor, TODAY.minusDays(10));
        assertEquals(List.of(endedEngagement), subjects(api, ofProcessor),
                "the processing goes on under the agreement in force");

        Api.Reply confirmed = api.put("api/deletions/engagements/" + engagement, "legal",
                "{\"choice\":\"DELETE\",\"confirmedOn\":\"%s\"}".formatted(TODAY));
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(List.of(), subjects(api, ofProcessor + "&state=OVERDUE"));
        assertEquals(List.of(endedEngagement), subjects(api, ofProcessor + "&state=CONFIRMED"));
        assertEquals(List.of(), subjects(api, ofProcessor + "&state=AWAITING"));
    }

    /**
     * Two saves of neighbouring processors at once, each keeping what ended of its processor in one transaction,
     * interleaved as two requests can be: what was kept of the first is replaced, then of the second, then each
     * writes its new rows (an end moved by a day). Deleting each processor's range, the first waited at its insert
     * for the gap the second had locked (MariaDB's next-key locks), and the second's insert would have waited for
     * the first: a deadlock, one save rolled back. Rows touched by their keys alone lock no gap: neither waits. On
     * MariaDB, where gap locks exist.
     */
    @Test
    void twoProcessorsSavedAtOnceKeepWhatEndedWithoutWaitingForEachOther() throws SQLException {
        String url = System.getenv().getOrDefault("ART28_DB_URL", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:mariadb:"), "the gap locks are MariaDB's");
        Api api = new Api(base);
        // neighbours: nothing kept of another processor lies between theirs in the read model's processor index
        long first = processor(api);
        long second = processor(api);
        List<EndedProcessing> firstEnded = List.of(ended(api, first, TODAY.minusDays(41)));
        List<EndedProcessing> secondEnded = List.of(ended(api, second, TODAY.minusDays(39)));
        try (Connection one = transaction(url); Connection two = transaction(url)) {
            ProcessingEnds.keep(one, first, List.of());
            ProcessingEnds.keep(two, second, List.of());
            ProcessingEnds.keep(one, first, firstEnded);
            ProcessingEnds.keep(two, second, secondEnded);
            one.commit();
            two.commit();
        }
        assertEquals(List.of(firstEnded.get(0).subject().toString()), subjects(api, "processor=" + first));
        assertEquals(List.of(secondEnded.get(0).subject().toString()), subjects(api, "processor=" + second));
    }

    /** An engagement of the processor that ended 40 days ago, as kept if it had ended on {@code endedOn}. */
    private static EndedProcessing ended(Api api, long processor, LocalDate endedOn) {
        long engagement = engagement(api, processor, TODAY.minusDays(40));
        JsonObject item = item(api, processor, "engagement:" + engagement);
        return new EndedProcessing(EndedProcessing.Kind.ENGAGEMENT, engagement, processor, null,
                item.getString("label"), endedOn, endedOn.plusDays(30), DeletionState.OVERDUE, null, List.of());
    }

    /** A connection of its own in a transaction, that waits a second at most for a lock another holds. */
    private static Connection transaction(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url, System.getenv("ART28_DB_USER"),
                System.getenv().getOrDefault("ART28_DB_PASSWORD", ""));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session innodb_lock_wait_timeout = 1");
        }
        return connection;
    }

    @Test
    void aManagerSeesTheGateTurnGreenAfterLegalRecordsTheCertificateInTheBrowser() throws IOException {
        Api api = new Api(base);
        long processor = processor(api);
        long ended = engagement(api, processor, TODAY.minusDays(45));
        Path certificate = Files.createTempFile("certificate-of-deletion-", ".pdf");
        Files.write(certificate, pdf("Certificate of deletion"));
        By row = By.cssSelector("tr.subject-ENGAGEMENT-" + ended);
        By gate = By.id("gate-DELETION_NOT_CONFIRMED");
        try (Browser manager = new Browser(base, "en"); Browser browser = new Browser(base, "en")) {
            manager.open("login.xhtml").logIn("manager", Api.PASSWORD);
            manager.open("processors/view.xhtml?id=" + processor);
            assertTrue(manager.visible(gate).getAttribute("class").contains("failed"), manager.visible(gate)::getText);
            assertTrue(manager.visible(gate).getText().contains("Mailing "), "the overdue engagement is named");

            browser.open("login.xhtml");
            browser.logIn("legal", Api.PASSWORD);
            browser.open("processors/view.xhtml?id=" + processor);
            browser.click(By.id("actionMenuToggle"));
            browser.click(By.id("deletions"));
            browser.waitForText(row, "Overdue");
            assertTrue(browser.visible(row).getText().contains("7 years (Statutory bookkeeping"),
                    "the retention in words, the purpose by its name: " + browser.visible(row).getText());

            browser.click(By.cssSelector("tr.subject-ENGAGEMENT-" + ended + " button.record"));
            browser.waitForText(By.id("recording"), "Mailing ");
            browser.type(By.id("recordForm:confirmedOn_input"), TODAY.toString());
            browser.click(By.id("recordForm:save"));
            browser.waitForText(By.id("recordForm"), "Choose delete or return first");

            browser.click(By.cssSelector("label[for='recordForm:choice:0']"));
            browser.type(By.id("recordForm:confirmedOn_input"), TODAY.toString());
            browser.all(By.cssSelector("#recordForm input[type=file]")).get(0).sendKeys(certificate.toString());
            browser.click(By.id("recordForm:save"));

            browser.waitForText(row, "Confirmed");
            String text = browser.visible(row).getText();
            assertTrue(text.contains("Delete"), text);
            assertTrue(text.contains(certificate.getFileName().toString()), text);
            assertFalse(text.contains("Overdue"), text);

            manager.open("processors/view.xhtml?id=" + processor);
            assertTrue(manager.visible(gate).getAttribute("class").contains("passed"), manager.visible(gate)::getText);
        } finally {
            Files.delete(certificate);
        }
        JsonObject stored = api.get("api/deletions/engagements/" + ended, "auditor").json();
        assertEquals("DELETE", stored.getString("choice"));
        assertEquals(TODAY.toString(), stored.getString("confirmedOn"));
        assertEquals(certificate.getFileName().toString(), stored.getJsonObject("currentDocument")
                .getString("fileName"));
        assertEquals("RESOLVED", alerts(api, "engagement:" + ended).get(0).getString("status"));
    }
}
