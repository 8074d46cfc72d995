package eu.art28.chain.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/** Sub-processor links, notices and objections over the REST API, and what coverage makes of them. */
@ExtendWith(SharedApp.class)
class ChainIT {

    static final String ALL_CLAUSES = Clauses.allPresent();
    static final LocalDate TODAY = LocalDate.now();


    @SharedApp.Base
    URL base;

    static long processor(Api api, String name, String country) {
        Api.Reply reply = api.post("api/processors", "procurement", "{\"name\":\"%s %s\",\"country\":\"%s\"}"
                .formatted(name, Api.freshKvk(), country));
        assertEquals(201, reply.status(), reply::toString);
        long processor = reply.json().getJsonNumber("id").longValue();
        CoverageFixtures.certified(api, processor, TODAY.plusYears(1));
        return processor;
    }

    /** Approved, in force since last month, allowing sub-processors under a general authorisation (14 days). */
    static void generalAgreement(Api api, long processor) {
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s","purposes":["e"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL","IE"],
                 "subProcessing":"GENERAL","subProcessingNoticeDays":30,"objectionPeriodDays":14,"checklist":[%s]}
                """.formatted(processor, Api.freshKvk(), TODAY.minusMonths(2), TODAY.minusMonths(1), ALL_CLAUSES));
        assertEquals(201, draft.status(), draft::toString);
        api.approve(draft.json());
    }

    static JsonObject engage(Api api, long processor, LocalDate from) {
        Api.Reply reply = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Customer mailing %s","businessOwner":"Marketing",
                 "purposes":["e.mailing"],"dataCategories":["contact.address"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s"}""".formatted(processor, Api.freshKvk(), from));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static Api.Reply notice(Api api, long processor, long subprocessor, LocalDate received, LocalDate starts,
            String country) {
        return api.post("api/chain/notices", "procurement", """
                {"processorId":%d,"subprocessorId":%d,"service":"Address validation","noticeReceivedOn":"%s",
                 "startsOn":"%s","purposes":["e"],"dataCategories":["contact"],"countries":["%s"],
                 "flowDown":true,"flowDownReference":"Terms art. 12"}""".formatted(processor, subprocessor, received,
                starts, country));
    }

    static Api.Reply specific(Api api, long processor, long subprocessor, String country) {
        return api.post("api/processors/" + processor + "/subprocessors", "procurement", """
                {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Storage","startsOn":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"countries":["%s"],"flowDown":true,
                 "flowDownReference":"MSA art. 7"}""".formatted(subprocessor, TODAY.minusDays(10), country));
    }

    static JsonObject approve(Api api, JsonObject link) {
        Api.Reply approved = api.post("api/processors/%s/subprocessors/%s/approve".formatted(
                link.getJsonNumber("processorId"), link.getJsonNumber("id")), "legal",
                "{\"version\":%s,\"reference\":\"Consent letter\"}".formatted(link.getJsonNumber("version")));
        assertEquals(200, approved.status(), approved::toString);
        return approved.json();
    }

    static List<String> rules(JsonObject engagement) {
        return engagement.getJsonArray("findings").stream().map(f -> f.asJsonObject().getString("type")).toList();
    }

    static List<String> missing(JsonObject engagement, String rule) {
        return engagement.getJsonArray("findings").stream().map(f -> f.asJsonObject())
                .filter(f -> f.getString("type").equals(rule)).findFirst().orElseThrow()
                .getJsonArray("missing").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    JsonObject engagement(Api api, JsonObject engagement) {
        return api.get("api/engagements/" + engagement.getJsonNumber("id"), "manager").json();
    }

    @Test
    void aGeneralNoticeIsAcceptedAfterItsDeadlineUnlessLegalObjects() {
        Api api = new Api(base);
        long printer = processor(api, "Drukkerij", "NL");
        long platform = processor(api, "MailStream", "IE");
        generalAgreement(api, printer);
        // the platform starts in 20 days; the objection window (14 days) closes before
        JsonObject engagement = engage(api, printer, TODAY.plusDays(20));
        Api.Reply received = notice(api, printer, platform, TODAY.minusDays(1), TODAY.plusDays(20), "IE");
        assertEquals(201, received.status(), received::toString);
        JsonObject link = received.json();
        assertEquals("PENDING", link.getString("status"));
        assertEquals(TODAY.plusDays(13).toString(), link.getString("objectionDeadline"));
        assertEquals(13, link.getInt("daysToObject"));
        assertTrue(link.getString("deadlineBasis").contains("14 days"), link::toString);
        assertTrue(api.get("api/chain/notices", "legal").structure().asJsonArray().stream()
                .anyMatch(n -> n.asJsonObject().getInt("id") == link.getInt("id")), "legal sees the notice");
        // judged on its first day, after the deadline: the platform is accepted by then
        assertEquals(List.of(), rules(engagement(api, engagement)));
        JsonObject deadline = api.get("api/alerts?type=OBJECTION_DEADLINE_NEAR&processorId=" + printer, "manager")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("OPEN", deadline.getString("status"));

        assertEquals(403, api.post(path(link) + "/object", "manager", "{\"version\":0,\"reason\":\"no\"}").status());
        assertEquals(400, api.post(path(link) + "/object", "legal", "{\"version\":%s,\"reason\":\" \"}"
                .formatted(link.getJsonNumber("version"))).status(), "an objection needs a reason");
        Api.Reply objected = api.post(path(link) + "/object", "legal",
                "{\"version\":%s,\"reason\":\"Platform stores addresses outside our retention terms\"}"
                        .formatted(link.getJsonNumber("version")));
        assertEquals(200, objected.status(), objected::toString);
        assertEquals("OBJECTED", objected.json().getString("status"));

        JsonObject judged = engagement(api, engagement);
        assertEquals(List.of("SUBPROCESSOR_NOT_AUTHORISED"), rules(judged));
        assertTrue(missing(judged, "SUBPROCESSOR_NOT_AUTHORISED").get(0).matches("Drukkerij .* \u2192 MailStream .*"
                + " \\[OBJECTED\\]"), judged::toString);
        assertEquals("RESOLVED", api.get("api/alerts/" + deadline.getJsonNumber("id"), "manager").json()
                .getString("status"), "nothing left to decide");
    }

    @Test
    void aNoticeWhoseDeadlinePassedIsAcceptedAndCanNoLongerBeObjectedTo() {
        Api api = new Api(base);
        long printer = processor(api, "Drukkerij", "NL");
        long platform = processor(api, "MailStream", "IE");
        generalAgreement(api, printer);
        JsonObject engagement = engage(api, printer, TODAY.minusDays(1));
        JsonObject link = notice(api, printer, platform, TODAY.minusDays(30), TODAY.minusDays(10), "IE").json();
        assertEquals("ACCEPTED", link.getString("status"));
        assertEquals(List.of(), rules(engagement(api, engagement)));
        Api.Reply late = api.post(path(link) + "/object", "legal", "{\"version\":%s,\"reason\":\"Too late\"}"
                .formatted(link.getJsonNumber("version")));
        assertEquals(409, late.status(), late::toString);
        assertTrue(late.body().contains(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
                .format(TODAY.minusDays(16))), "the day as people write it: " + late);
    }

    /** A PUT of the link as notified, with the notice date, start and end given. */
    static Api.Reply edit(Api api, JsonObject link, LocalDate received, LocalDate starts, LocalDate ends) {
        return api.put(path(link), "procurement", """
                {"version":%s,"authorisation":"GENERAL","service":"Address validation","noticeReceivedOn":"%s",
                 "startsOn":"%s","endsOn":%s,"purposes":["e"],"dataCategories":["contact"],"countries":["IE"],
                 "flowDown":true,"flowDownReference":"Terms art. 12"}""".formatted(link.getJsonNumber("version"),
                received, starts, ends == null ? "null" : "\"" + ends + "\""));
    }

    @Test
    void aDecidedLinksNoticeDateIsFrozenAndAChangeIsRefusedNamingIt() {
        Api api = new Api(base);
        long printer = processor(api, "Drukkerij", "NL");
        long platform = processor(api, "MailStream", "IE");
        generalAgreement(api, printer);
        LocalDate starts = TODAY.plusDays(20);
        JsonObject link = notice(api, printer, platform, TODAY.minusDays(2), starts, "IE").json();

        Api.Reply moved = edit(api, link, TODAY.minusDays(1), starts, null);
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(TODAY.plusDays(13).toString(), moved.json().getString("objectionDeadline"),
                "an open notice's new date is received again");
        Api.Reply objected = api.post(path(link) + "/object", "legal", "{\"version\":%s,\"reason\":\"No\"}"
                .formatted(moved.json().getJsonNumber("version")));
        assertEquals(200, objected.status(), objected::toString);
        JsonObject decided = objected.json();

        Api.Reply refused = edit(api, decided, TODAY.minusDays(3), starts, null);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        JsonObject violation = refused.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("noticeReceivedOn", violation.getString("field"));
        assertTrue(violation.getString("message").contains("fixed once the link is decided"), violation::toString);
        assertEquals(TODAY.minusDays(1).toString(), api.get(path(link), "procurement").json()
                .getString("noticeReceivedOn"));

        assertEquals("startsOn", edit(api, decided, TODAY.minusDays(1), starts.plusDays(1), null).json()
                .getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Reply ended = edit(api, decided, TODAY.minusDays(1), starts, starts.plusYears(1));
        assertEquals(200, ended.status(), "the end date stays editable: " + ended);
    }

    @Test
    void aUsArchiveThreeLevelsDownWithoutSafeguardIsATransferWithoutSafeguardOfTheTopEngagement() {
        Api api = new Api(base);
        long printer = processor(api, "Drukkerij", "NL");
        long platform = processor(api, "MailStream", "IE");
        long datacentre = processor(api, "DataCentre", "IE");
        long archive = processor(api, "Archive", "US");
        generalAgreement(api, printer);
        JsonObject engagement = engage(api, printer, TODAY.minusDays(1));
        approve(api, specific(api, printer, platform, "IE").json());
        approve(api, specific(api, platform, datacentre, "IE").json());
        assertEquals(List.of(), rules(engagement(api, engagement)), "two levels down, all in the EEA");

        JsonObject usLink = specific(api, datacentre, archive, "US").json();
        assertEquals(List.of("SUBPROCESSOR_NOT_AUTHORISED", "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT",
                "TRANSFER_WITHOUT_SAFEGUARD"), rules(engagement(api, engagement)), "a new link re-judges those above");
        approve(api, usLink);
        JsonObject judged = engagement(api, engagement);
        assertEquals(List.of("SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT", "TRANSFER_WITHOUT_SAFEGUARD"), rules(judged));
        String path = missing(judged, "TRANSFER_WITHOUT_SAFEGUARD").get(0);
        assertTrue(path.matches("Drukkerij .* \u2192 MailStream .* \u2192 DataCentre .* \u2192 Archive .*: US"), path);

        JsonObject tree = api.get("api/processors/" + printer + "/chain", "auditor").json();
        JsonObject level3 = tree.getJsonArray("subprocessors").getJsonObject(0).getJsonArray("subprocessors")
                .getJsonObject(0).getJsonArray("subprocessors").getJsonObject(0);
        assertEquals(archive, level3.getJsonNumber("subprocessorId").longValue());
        assertEquals("APPROVED", level3.getString("status"));
    }

    @Test
    void aLinkThatWouldCloseACircleIsRefusedNamingTheField() {
        Api api = new Api(base);
        long a = processor(api, "Alpha", "NL");
        long b = processor(api, "Beta", "NL");
        long c = processor(api, "Gamma", "NL");
        assertEquals(201, specific(api, a, b, "NL").status());
        assertEquals(201, specific(api, b, c, "NL").status());
        Api.Reply circle = specific(api, c, a, "NL");
        assertEquals(400, circle.status(), circle::toString);
        JsonObject violation = circle.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("subprocessorId", violation.getString("field"));
        assertTrue(violation.getString("message").contains("circle"), violation::toString);
        assertEquals(400, specific(api, a, a, "NL").status(), "nobody is their own sub-processor");
    }

    @Test
    void legalDecidesSpecificRequestsButNeverTheirOwn() {
        Api api = new Api(base);
        long host = processor(api, "Host", "NL");
        long backup = processor(api, "Backup", "NL");
        Api.Reply own = api.post("api/processors/" + host + "/subprocessors", "legal", """
                {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Backups","startsOn":"%s",
                 "purposes":["b"],"dataCategories":["account"],"countries":["NL"]}""".formatted(backup, TODAY));
        assertEquals(201, own.status(), own::toString);
        JsonObject link = own.json();
        assertEquals("REQUESTED", link.getString("status"));
        assertEquals(403, api.post(path(link) + "/approve", "legal", "{\"version\":%s}"
                .formatted(link.getJsonNumber("version"))).status(), "four eyes");
        Api.Reply refused = api.post(path(link) + "/refuse", "legal", "{\"version\":%s,\"reason\":\"x\"}"
                .formatted(link.getJsonNumber("version")));
        assertEquals(403, refused.status());

        Api.Reply incomplete = api.post("api/processors/" + host + "/subprocessors", "procurement",
                "{\"authorisation\":\"SPECIFIC\",\"subprocessorId\":%d,\"service\":\"Backups\",\"startsOn\":\"%s\"}"
                        .formatted(backup, TODAY));
        assertEquals(400, incomplete.status());
        assertEquals(List.of("purposes", "dataCategories", "countries"), incomplete.json().getJsonArray("violations")
                .stream().map(v -> v.asJsonObject().getString("field")).toList(), incomplete::toString);
        assertEquals(403, api.post("api/chain/notices", "auditor", "{}").status());
    }

    private static String path(JsonObject link) {
        return "api/processors/%s/subprocessors/%s".formatted(link.getJsonNumber("processorId"),
                link.getJsonNumber("id"));
    }

    @Test
    void theOpenApiDocumentDescribesTheChain() throws MalformedURLException {
        // Payara serves the document at the server's root, beside the application
        Api.Reply document = new Api(new URL(base, "/")).get("openapi", null);
        assertEquals(200, document.status(), document::toString);
        assertTrue(document.body().contains("/subprocessors/{linkId}/object"), "the objection is documented");
        assertTrue(document.body().contains("/chain/notices"), "the notices are documented");
    }
}
