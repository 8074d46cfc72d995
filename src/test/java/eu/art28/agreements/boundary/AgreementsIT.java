package eu.art28.agreements.boundary;

import static eu.art28.agreements.boundary.AgreementFixtures.PDF;
import static eu.art28.agreements.boundary.AgreementFixtures.draft;
import static eu.art28.agreements.boundary.AgreementFixtures.path;
import static eu.art28.agreements.boundary.AgreementFixtures.processor;
import static eu.art28.agreements.boundary.AgreementFixtures.processor;
import static eu.art28.agreements.boundary.AgreementFixtures.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/** Legal's four-eyes review, documents and amendments over the REST API, on the configured database. */
@ExtendWith(SharedApp.class)
class AgreementsIT {

    @SharedApp.Base
    URL base;

    @Test
    void legalApprovesWhatProcurementSubmitted() {
        Api api = new Api(base);
        JsonObject draft = draft(api, "procurement", false);
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.getBoolean("inForceToday"));

        assertEquals(403, api.post(path(draft, "approve"), "procurement", version(draft)).status());
        Api.Reply notSubmitted = api.post(path(draft, "approve"), "legal", version(draft));
        assertEquals(409, notSubmitted.status(), notSubmitted::toString);

        JsonObject submitted = api.post(path(draft, "submit"), "procurement", version(draft)).json();
        assertEquals("IN_REVIEW", submitted.getString("status"));

        Api.Reply incomplete = api.post(path(submitted, "approve"), "legal", version(submitted));
        assertEquals(409, incomplete.status(), incomplete::toString);
        assertTrue(incomplete.json().getString("detail").contains("(b) Confidentiality of authorised persons"),
                "names the clause in words: " + incomplete);

        Api.Reply rejected = api.post(path(submitted, "reject"), "legal",
                "{\"version\":%s,\"reason\":\"Confidentiality clause missing\"}"
                        .formatted(submitted.getJsonNumber("version")));
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("status"));

        String unsettled = "{\"clause\":\"B_CONFIDENTIALITY\",\"present\":false}";
        assertTrue(rejected.body().contains(unsettled), rejected::toString);
        String fixed = rejected.body().replace(unsettled,
                "{\"clause\":\"B_CONFIDENTIALITY\",\"present\":false,\"waiverReason\":\"Separate NDA on file\"}");
        JsonObject revised = api.put(path(rejected.json(), ""), "procurement", fixed).json();
        JsonObject resubmitted = api.post(path(revised, "submit"), "procurement", version(revised)).json();
        Api.Reply approved = api.post(path(resubmitted, "approve"), "legal", version(resubmitted));

        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("legal", approved.json().getString("decidedBy"));
        assertTrue(approved.json().getBoolean("inForceToday"));
        assertEquals(List.of("CREATED", "SUBMITTED", "REJECTED", "CHANGED", "SUBMITTED", "APPROVED"),
                api.get(path(approved.json(), "history"), "auditor").structure().asJsonArray().stream()
                        .map(e -> e.asJsonObject().getString("action")).toList());
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        Api api = new Api(base);
        JsonObject draft = draft(api, "legal", true);
        JsonObject submitted = api.post(path(draft, "submit"), "legal", version(draft)).json();

        Api.Reply own = api.post(path(submitted, "approve"), "legal", version(submitted));

        assertEquals(403, own.status(), own::toString);
        assertTrue(own.json().getString("detail").contains("four eyes"), own::toString);
        assertEquals("IN_REVIEW", api.get(path(submitted, ""), "legal").json().getString("status"));
    }

    @Test
    void badDraftsNameTheirFields() {
        Api api = new Api(base);
        Api.Reply unknown = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-X","purposes":["no-such-purpose"],"countries":["XX"]}
                """.formatted(processor(api)));
        assertEquals(400, unknown.status(), unknown::toString);
        List<String> fields = unknown.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("countries"), fields);

        Api.Reply noProcessor = api.post("api/agreements", "procurement", "{\"processorId\":987654321,\"reference\":\"X\"}");
        assertEquals(400, noProcessor.status());
        assertEquals("processorId", noProcessor.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Reply purposes = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","purposes":["e.mailing","zz"]}
                """.formatted(processor(api), Api.freshKvk()));
        assertEquals(400, purposes.status(), purposes::toString);
        assertEquals("purposes", purposes.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(purposes.json().getJsonArray("violations").getJsonObject(0).getString("message").contains("zz"));

        JsonObject draft = draft(api, "procurement", true);
        Api.Reply incomplete = api.put(path(draft, ""), "procurement", """
                {"version":%s,"reference":"%s","effectiveFrom":"2026-05-01","expiresOn":"2026-04-01"}
                """.formatted(draft.getJsonNumber("version"), draft.getString("reference")));
        assertEquals(400, incomplete.status(), incomplete::toString);
        JsonArray order = incomplete.json().getJsonArray("violations");
        assertEquals(List.of("effectiveFrom", "expiresOn"),
                order.stream().map(v -> v.asJsonObject().getString("field")).toList(), incomplete::toString);
        order.forEach(v -> assertEquals("The date it takes effect must lie on or before the expiry date.",
                v.asJsonObject().getString("message")));
    }

    @Test
    void onlyRealPdfsWithinTheLimitAreStoredAndEveryUploadIsKept() {
        Api api = new Api(base);
        JsonObject draft = draft(api, "procurement", true);

        Api.Reply fake = api.put(path(draft, "document") + "?fileName=dpa.pdf", "procurement", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, fake.status(), fake::toString);
        assertEquals("document", fake.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        byte[] huge = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        Api.Reply tooLarge = api.put(path(draft, "document") + "?fileName=big.pdf", "procurement", "application/pdf", huge);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertEquals("document", tooLarge.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        // on MariaDB with its default max_allowed_packet the database's limit binds (DocumentSizeIT)
        assertTrue(tooLarge.json().getString("detail").matches(".*(20 MB|max_allowed_packet).*"), tooLarge::toString);

        Api.Reply first = api.put(path(draft, "document") + "?fileName=..%2F..%2Fsigned%20DPA.pdf", "procurement",
                "application/pdf", PDF);
        assertEquals(201, first.status(), first::toString);
        assertEquals("signed DPA.pdf", first.json().getString("fileName"));
        assertEquals(64, first.json().getString("sha256").length());
        assertEquals(403, api.put(path(draft, "document"), "auditor", "application/pdf", PDF).status());

        byte[] second = (new String(PDF, StandardCharsets.US_ASCII) + "% second scan\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(201, api.put(path(draft, "document") + "?fileName=v2.pdf", "legal", "application/pdf", second).status());

        Api.Reply download = api.get(path(draft, "document"), "auditor");
        assertEquals(200, download.status());
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        assertTrue(download.contentDisposition().startsWith("attachment; filename=\"v2.pdf\""),
                download.contentDisposition());
        assertArrayEquals(second, download.bytes());
        assertEquals(2, api.get(path(draft, "documents"), "auditor").structure().asJsonArray().size());
    }

    @Test
    void theApprovedVersionStaysInForceUntilItsAmendmentIsApproved() {
        Api api = new Api(base);
        JsonObject draft = draft(api, "procurement", true);
        JsonObject submitted = api.post(path(draft, "submit"), "procurement", version(draft)).json();
        JsonObject original = api.post(path(submitted, "approve"), "legal", version(submitted)).json();

        Api.Reply amended = api.post(path(original, "amend"), "procurement", "");
        assertEquals(201, amended.status(), amended::toString);
        JsonObject amendment = amended.json();
        assertEquals(2, amendment.getInt("revision"));
        assertEquals("DRAFT", amendment.getString("status"));
        assertEquals(original.getJsonNumber("id"), amendment.getJsonNumber("supersedesId"));
        assertEquals(409, api.post(path(original, "amend"), "procurement", "").status(), "one amendment at a time");

        String withFraud = amendment.toString().replace("\"purposes\":[\"e.mailing\"]", "\"purposes\":[\"e.mailing\",\"c\"]");
        JsonObject changed = api.put(path(amendment, ""), "procurement", withFraud).json();
        JsonObject inReview = api.post(path(changed, "submit"), "procurement", version(changed)).json();
        JsonObject stillOriginal = api.get(path(original, ""), "manager").json();
        assertEquals("APPROVED", stillOriginal.getString("status"));
        assertTrue(stillOriginal.getBoolean("inForceToday"));

        JsonObject approved = api.post(path(inReview, "approve"), "legal", version(inReview)).json();

        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getBoolean("inForceToday"));
        assertEquals(2, approved.getJsonArray("purposes").size());
        JsonObject superseded = api.get(path(original, ""), "manager").json();
        assertEquals("SUPERSEDED", superseded.getString("status"));
        assertFalse(superseded.getBoolean("inForceToday"));
        assertEquals(409, api.put(path(superseded, ""), "procurement", superseded.toString()).status());
    }

    /** Pages are chosen processor by processor (docs/decisions.md); one whose agreements a page boundary cuts. */
    @Test
    void pagesRunByProcessorNameAndReferenceAndCutNothingTwice() {
        Api api = new Api(base);
        long processor = processor(api);
        String kvk = Api.freshKvk();
        for (String reference : List.of("DPA-" + kvk + "-B", "DPA-" + kvk + "-C", "DPA-" + kvk + "-A")) {
            approved(api, processor, reference, LocalDate.now().plusYears(1), false, 30);
        }
        assertEquals(List.of("DPA-" + kvk + "-A", "DPA-" + kvk + "-B", "DPA-" + kvk + "-C"), api.get(
                "api/agreements?processorId=" + processor, "auditor").json().getJsonArray("items").stream()
                .map(a -> a.asJsonObject().getString("reference")).toList());
        api.assertPagesSliceTheList("api/agreements?", "auditor", 2, 4);
        api.assertPagesSliceTheList("api/agreements?status=APPROVED&", "auditor", 2, 3);
    }

    /** Approved, in force since last month, ending (or first ending) on {@code expiresOn}. */
    static JsonObject approved(Api api, long processor, String reference, LocalDate expiresOn, boolean tacit,
            int noticeDays) {
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"%s","signedOn":"%s","effectiveFrom":"%s","expiresOn":"%s",
                 "tacitRenewal":%s,"renewalTermMonths":12,"noticePeriodDays":%d,"purposes":["e"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],"checklist":[%s]}
                """.formatted(processor, reference, LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1),
                expiresOn, tacit, noticeDays, Clauses.allPresent()));
        assertEquals(201, draft.status(), draft::toString);
        JsonObject submitted = api.post(path(draft.json(), "submit"), "procurement", version(draft.json())).json();
        Api.Reply approved = api.post(path(submitted, "approve"), "legal", version(submitted));
        assertEquals(200, approved.status(), approved::toString);
        return approved.json();
    }

    /**
     * "Expiring within 30 days" is the day an agreement next needs someone: the last day of one that does not renew,
     * the notice deadline of one that does; a renewing agreement whose notice deadline for this term has passed
     * renews and is not expiring at its expiresOn.
     */
    @Test
    void theListsExpiringFilterCountsTheNoticeDeadlineOfATacitRenewal() {
        Api api = new Api(base);
        long processor = processor(api);
        String prefix = "EXP-" + Api.freshKvk() + "-";
        LocalDate today = LocalDate.now();
        approved(api, processor, prefix + "ends", today.plusDays(20), false, 0);
        approved(api, processor, prefix + "renews", today.plusDays(20), true, 60);
        approved(api, processor, prefix + "notice", today.plusDays(60), true, 45);
        approved(api, processor, prefix + "later", today.plusDays(60), false, 0);

        Api.Reply expiring = api.get("api/agreements?processorId=%d&expiringWithinDays=30".formatted(processor),
                "manager");
        assertEquals(200, expiring.status(), expiring::toString);
        assertEquals(List.of(prefix + "ends", prefix + "notice"), expiring.json().getJsonArray("items").stream()
                .map(a -> a.asJsonObject().getString("reference")).sorted().toList(), expiring::toString);
        assertEquals(2, expiring.json().getInt("total"));
    }

    @Test
    void terminationNeedsLegalAReasonAndADate() {
        Api api = new Api(base);
        JsonObject draft = draft(api, "procurement", true);
        JsonObject submitted = api.post(path(draft, "submit"), "procurement", version(draft)).json();
        JsonObject approved = api.post(path(submitted, "approve"), "legal", version(submitted)).json();
        String body = "{\"version\":%s,\"terminatedOn\":\"%s\",\"reason\":\"%s\"}";

        assertEquals(403, api.post(path(approved, "terminate"), "procurement",
                body.formatted(approved.getJsonNumber("version"), LocalDate.now(), "x")).status());
        assertEquals(400, api.post(path(approved, "terminate"), "legal",
                body.formatted(approved.getJsonNumber("version"), LocalDate.now(), " ")).status());
        Api.Reply beforeItTookEffect = api.post(path(approved, "terminate"), "legal",
                body.formatted(approved.getJsonNumber("version"), "1990-01-01", "Typo"));
        assertEquals(400, beforeItTookEffect.status(), beforeItTookEffect::toString);
        JsonObject violation = beforeItTookEffect.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("terminatedOn", violation.getString("field"));
        assertTrue(violation.getString("message").contains(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
                .format(LocalDate.parse(approved.getString("effectiveFrom")))), "the day in words: " + violation);
        Api.Reply terminated = api.post(path(approved, "terminate"), "legal",
                body.formatted(approved.getJsonNumber("version"), LocalDate.now().minusDays(1), "Mailings stopped"));

        assertEquals(200, terminated.status(), terminated::toString);
        assertEquals("TERMINATED", terminated.json().getString("status"));
        assertFalse(terminated.json().getBoolean("inForceToday"));
        JsonArray history = (JsonArray) api.get(path(approved, "history"), "auditor").structure();
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("TERMINATED_RETROACTIVELY", last.getString("action"), history::toString);
        assertEquals("Mailings stopped", last.getString("reason"));
    }

    /**
     * Two clients (two connections, two users) edit one draft from the same version at once: the database's
     * version check lets exactly one in; the other is told so (409 problem+json), re-reads and re-applies its
     * change, and both changes are stored. Two nodes behave the same (docker/check-two-nodes): the check is a
     * row in the shared database, not memory.
     */
    @Test
    void ofTwoConcurrentEditsOneWinsTheOtherIsToldAndNothingIsLost() {
        JsonObject draft = draft(new Api(base), "procurement", true);
        Api first = new Api(base);
        Api second = new Api(base);
        JsonObject read = first.get(path(draft, ""), "procurement").json();
        assertEquals(read.getJsonNumber("version"), second.get(path(draft, ""), "legal").json().getJsonNumber("version"));
        String shorterWindow = read.toString().replace("\"breachNotificationHours\":48", "\"breachNotificationHours\":24");
        String shorterObjection = read.toString().replace("\"objectionPeriodDays\":30", "\"objectionPeriodDays\":14");
        assertFalse(shorterWindow.equals(read.toString()) || shorterObjection.equals(read.toString()), read::toString);

        CompletableFuture<Api.Reply> byProcurement =
                CompletableFuture.supplyAsync(() -> first.put(path(draft, ""), "procurement", shorterWindow));
        CompletableFuture<Api.Reply> byLegal =
                CompletableFuture.supplyAsync(() -> second.put(path(draft, ""), "legal", shorterObjection));
        Api.Reply one = byProcurement.join();
        Api.Reply other = byLegal.join();

        assertEquals(List.of(200, 409), List.of(one.status(), other.status()).stream().sorted().toList(),
                () -> one + "\n" + other);
        boolean procurementWon = one.status() == 200;
        Api.Reply loser = procurementWon ? other : one;
        assertTrue(loser.contentType().startsWith("application/problem+json"), loser::toString);
        JsonObject stored = first.get(path(draft, ""), "auditor").json();
        assertEquals(procurementWon ? 24 : 48, stored.getInt("breachNotificationHours"), stored::toString);
        assertEquals(procurementWon ? 30 : 14, stored.getInt("objectionPeriodDays"), stored::toString);

        Api loserClient = procurementWon ? second : first;
        String loserUser = procurementWon ? "legal" : "procurement";
        JsonObject reread = loserClient.get(path(draft, ""), loserUser).json();
        String reapplied = procurementWon
                ? reread.toString().replace("\"objectionPeriodDays\":30", "\"objectionPeriodDays\":14")
                : reread.toString().replace("\"breachNotificationHours\":48", "\"breachNotificationHours\":24");
        Api.Reply retried = loserClient.put(path(draft, ""), loserUser, reapplied);

        assertEquals(200, retried.status(), retried::toString);
        JsonObject last = first.get(path(draft, ""), "auditor").json();
        assertEquals(24, last.getInt("breachNotificationHours"), last::toString);
        assertEquals(14, last.getInt("objectionPeriodDays"), last::toString);
        assertEquals(read.getInt("version") + 2, last.getInt("version"), last::toString);
    }
}
