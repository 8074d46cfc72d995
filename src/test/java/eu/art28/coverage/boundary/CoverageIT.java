package eu.art28.coverage.boundary;

import static eu.art28.coverage.boundary.CoverageFixtures.approvedAgreement;
import static eu.art28.coverage.boundary.CoverageFixtures.engage;
import static eu.art28.coverage.boundary.CoverageFixtures.processor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;

/** Engagements judged against agreements as they change, and the alerts that follow, over the REST API. */
@ExtendWith(SharedApp.class)
class CoverageIT {

    @SharedApp.Base
    URL base;

    private static List<String> rules(JsonObject engagement) {
        return engagement.getJsonArray("findings").stream().map(f -> f.asJsonObject().getString("type")).toList();
    }

    @Test
    void anEngagementAnswersWithItsFindings() {
        Api api = new Api(base);
        JsonObject engagement = engage(api, processor(api), "\"e.mailing\"");

        assertFalse(engagement.getBoolean("covered"));
        assertEquals(List.of("NO_AGREEMENT"), rules(engagement));
        JsonObject finding = engagement.getJsonArray("findings").getJsonObject(0);
        assertTrue(finding.getString("explanation").contains("Customer mailing spring 2027"), finding::toString);
        assertTrue(finding.getString("fix").contains("approve"), finding::toString);
        assertEquals("HIGH", finding.getString("severity"));
    }

    @Test
    void approvingACoveringAgreementResolvesTheAlertAndTerminatingItReopensIt() {
        Api api = new Api(base);
        long processor = processor(api);
        approvedAgreement(api, processor, "\"e\"");
        JsonObject engagement = engage(api, processor, "\"e.mailing\",\"c.fraud\"");
        assertEquals(List.of("PURPOSE_NOT_COVERED"), rules(engagement));
        JsonObject alert = engagement.getJsonArray("findings").getJsonObject(0);
        assertEquals(List.of("c.fraud"), alert.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject fraudAgreement = approvedAgreement(api, processor, "\"c\"");
        String engagementPath = "api/engagements/" + engagement.getJsonNumber("id");
        assertTrue(api.get(engagementPath, "manager").json().getBoolean("covered"));
        JsonObject resolved = api.get("api/alerts/" + alert.getJsonNumber("id"), "manager").json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertTrue(resolved.getString("resolution").contains("approved"), resolved::toString);

        Api.Reply terminated = api.post("api/agreements/" + fraudAgreement.getJsonNumber("id") + "/terminate", "legal",
                "{\"version\":%s,\"terminatedOn\":\"%s\",\"reason\":\"Fraud checks moved in-house\"}"
                        .formatted(fraudAgreement.getJsonNumber("version"), LocalDate.now().minusDays(1)));
        assertEquals(200, terminated.status(), terminated::toString);

        JsonObject reopened = api.get("api/alerts/" + alert.getJsonNumber("id"), "manager").json();
        assertEquals("OPEN", reopened.getString("status"));
        assertEquals(2, reopened.getInt("timesOpened"));
        assertEquals(List.of("PURPOSE_NOT_COVERED"), rules(api.get(engagementPath, "manager").json()));
    }

    @Test
    void flaggingADataCategorySpecialJudgesTheEngagementsThatUseItAgain() {
        flaggingJudgesAgain("special", "Art. 9");
    }

    @Test
    void flaggingADataCategoryCriminalJudgesTheEngagementsThatUseItAgain() {
        flaggingJudgesAgain("criminal", "Art. 10");
    }

    /** A category the agreement lists, flagged afterwards: the agreement does not allow special categories. */
    private void flaggingJudgesAgain(String flag, String article) {
        Api api = new Api(base);
        String code = "contact.x" + Api.freshKvk();
        Api.Reply created = api.post("api/catalogue/data-categories", "admin", """
                {"code":"%s","nameNl":"Test","nameEn":"Test","special":false,"criminal":false}""".formatted(code));
        assertEquals(201, created.status(), created::toString);
        long processor = processor(api);
        approvedAgreement(api, processor, "\"e\"");
        JsonObject engagement = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Mailing","businessOwner":"Marketing","purposes":["e.mailing"],
                 "dataCategories":["%s"],"dataSubjects":["customers"],"countries":["NL"],"startsOn":"%s"}"""
                .formatted(processor, code, LocalDate.now())).json();
        assertTrue(engagement.getBoolean("covered"), engagement::toString);

        Api.Reply flagged = api.put("api/catalogue/data-categories/" + code, "admin", """
                {"version":%s,"nameNl":"Test","nameEn":"Test","special":%s,"criminal":%s}"""
                .formatted(created.json().getJsonNumber("version"), flag.equals("special"), flag.equals("criminal")));
        assertEquals(200, flagged.status(), flagged::toString);

        JsonObject judged = api.get("api/engagements/" + engagement.getJsonNumber("id"), "manager").json();
        assertEquals(List.of("SPECIAL_CATEGORY_NOT_ALLOWED"), rules(judged));
        JsonObject finding = judged.getJsonArray("findings").getJsonObject(0);
        assertEquals("HIGH", finding.getString("severity"), finding::toString);
        // the category by its name, as a person reads it (the code stays in "missing")
        assertTrue(finding.getString("explanation").contains("Test (" + article + ")"), finding::toString);
    }

    @Test
    void whatIfAnswersWithoutStoringAnything() {
        Api api = new Api(base);
        long processor = processor(api);
        approvedAgreement(api, processor, "\"e\"");
        String question = """
                {"processorId":%d,"purposes":[%s],"dataCategories":["contact.address"],"dataSubjects":["customers"],
                 "countries":[%s]}""";

        Api.Reply answer = api.post("api/coverage/check", "procurement", question.formatted(processor,
                "\"e.mailing\"", "\"NL\""));
        JsonObject yes = answer.json();
        assertTrue(yes.getBoolean("covered"), yes::toString);
        assertTrue(answer.serverTiming().matches("app;dur=\\d+\\.\\d"), "the application's own time is told: "
                + answer.serverTiming());

        JsonObject no = api.post("api/coverage/check", "procurement", question.formatted(processor,
                "\"e.mailing\",\"c.fraud\"", "\"NL\",\"US\"")).json();
        assertFalse(no.getBoolean("covered"));
        assertEquals(List.of("PURPOSE_NOT_COVERED", "COUNTRY_NOT_COVERED"), no.getJsonArray("findings").stream()
                .map(f -> f.asJsonObject().getString("type")).toList());
        assertEquals(0, api.get("api/alerts?processorId=" + processor, "manager").json().getInt("total"),
                "a what-if question raises no alert");
        assertEquals(400, api.post("api/coverage/check", "procurement", "{\"processorId\":987654321}").status());
        Api.Reply unknown = api.post("api/coverage/check", "procurement", question.formatted(processor,
                "\"e.mailing\",\"no-such-purpose\"", "\"NL\""));
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("\"field\":\"purposes\"") && unknown.body().contains("no-such-purpose"),
                unknown::toString);
    }

    @Test
    void managersAcknowledgeAlerts() {
        Api api = new Api(base);
        JsonObject engagement = engage(api, processor(api), "\"e.mailing\"");
        JsonObject alert = engagement.getJsonArray("findings").getJsonObject(0);
        String path = "api/alerts/" + alert.getJsonNumber("id") + "/acknowledge";
        String body = "{\"version\":" + alert.getJsonNumber("version") + ",\"note\":\"Asked the vendor for the DPA\"}";

        assertEquals(403, api.post(path, "procurement", body).status());
        Api.Reply acknowledged = api.post(path, "manager", body);
        assertEquals(200, acknowledged.status(), acknowledged::toString);
        assertEquals("ACKNOWLEDGED", acknowledged.json().getString("status"));
        assertEquals("manager", acknowledged.json().getString("acknowledgedBy"));
        assertEquals(409, api.post(path, "manager", "{\"version\":" + acknowledged.json().getJsonNumber("version")
                + "}").status());

        Api.Reply filtered = api.get("api/alerts?status=ACKNOWLEDGED&type=NO_AGREEMENT&processorId="
                + engagement.getJsonNumber("processorId"), "auditor");
        assertEquals(1, filtered.json().getInt("total"), filtered::toString);
    }

    @Test
    void badEngagementsNameTheirFieldsAndOnlyAdministratorsScanEverything() {
        Api api = new Api(base);
        Api.Reply bad = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"x","businessOwner":"y","startsOn":"2026-05-01","endsOn":"2026-04-01"}
                """.formatted(processor(api)));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("countries", "dataCategories", "dataSubjects", "endsOn", "purposes", "startsOn"),
                bad.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).sorted()
                        .toList());
        assertEquals(403, api.post("api/engagements", "auditor", "{}").status());

        assertEquals(403, api.post("api/coverage/scan", "manager", "").status());
        Api.Reply scan = api.post("api/coverage/scan", "admin", "");
        assertEquals(200, scan.status(), scan::toString);
        assertTrue(scan.json().getInt("engagements") >= 1, scan::toString);
    }

    @Test
    void withoutTheConfidentialityClauseAValidUndertakingOnFileGuaranteesConfidentiality() {
        Api api = new Api(base);
        long processor = processor(api);
        String withoutB = CoverageFixtures.ALL_CLAUSES.replace(
                "{\"clause\":\"B_CONFIDENTIALITY\",\"present\":true}",
                "{\"clause\":\"B_CONFIDENTIALITY\",\"present\":false,\"waiverReason\":\"separate undertaking\"}");
        CoverageFixtures.approvedAgreement(api, processor, "\"e\"", null, withoutB);
        JsonObject engagement = engage(api, processor, "\"e.mailing\"");
        assertEquals(List.of("CONFIDENTIALITY_NOT_GUARANTEED"), rules(engagement));

        Api.Reply undertaking = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"CONFIDENTIALITY_UNDERTAKING","issuer":"Mailing house","scope":"All staff",
                 "issuedOn":"%s","validUntil":"%s"}""".formatted(processor, LocalDate.now().minusMonths(1),
                LocalDate.now().plusYears(1)));
        assertEquals(201, undertaking.status(), undertaking::toString);
        JsonObject judged = api.get("api/engagements/" + engagement.getJsonNumber("id"), "manager").json();
        assertTrue(judged.getBoolean("covered"), () -> "filing the undertaking re-judges the processor's engagements: "
                + judged + " " + undertaking.body());
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Map<String, Boolean> gates(Api api, long processor) {
        Api.Reply reply = api.get("api/coverage/gates?processorId=" + processor, "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(g -> g.getString("rule"), g -> g.getBoolean("passed")));
    }

    @Test
    void theCertificateOfThePrintingHouseLapsedUntilAValidOneIsFiled() {
        Api api = new Api(base);
        long printer = api.post("api/processors", "procurement", """
                {"name":"Printing house %s","country":"NL","riskTier":"HIGH"}""".formatted(Api.freshKvk())).json()
                .getJsonNumber("id").longValue();
        CoverageFixtures.certified(api, printer, LocalDate.now().minusDays(1));
        approvedAgreement(api, printer, "\"e\"");

        JsonObject engagement = engage(api, printer, "\"e.mailing\"");
        assertEquals(List.of("SECURITY_NOT_DEMONSTRATED"), rules(engagement));
        JsonObject alert = engagement.getJsonArray("findings").getJsonObject(0);
        assertTrue(strings(alert, "missing").contains("ISO_27001"), alert::toString);
        LocalDate lapsed = LocalDate.now().minusDays(1);
        assertTrue(alert.getString("explanation").contains("ISO/IEC 27001 certificate (BSI)")
                && alert.getString("explanation").contains(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
                        .format(lapsed)), () -> "names what lapsed on which day, in words: " + alert);

        // the same finding for a Dutch client: the stored items are put in words when read, in the client's language
        JsonObject dutch = api.post("api/coverage/check", "procurement", """
                {"processorId":%d,"purposes":["e.mailing"],"dataCategories":["contact.address"],
                 "dataSubjects":["customers"],"countries":["NL"]}""".formatted(printer), "nl").json()
                .getJsonArray("findings").getJsonObject(0);
        String nl = dutch.getString("explanation");
        assertTrue(nl.contains("ISO/IEC 27001-certificaat (BSI)") && nl.contains(DateTimeFormatter.ofPattern(
                "d MMM uuuu", Locale.forLanguageTag("nl")).format(lapsed)), dutch::toString);
        assertFalse(nl.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*") || nl.contains("ISO_27001"), dutch::toString);
        assertTrue(strings(dutch, "missing").contains("ISO_27001"), "the data stays data: " + dutch);
        assertEquals(Boolean.FALSE, gates(api, printer).get("SECURITY_NOT_DEMONSTRATED"));

        JsonObject whatIf = api.post("api/coverage/check", "procurement", """
                {"processorId":%d,"purposes":["e.mailing"],"dataCategories":["contact.address"],
                 "dataSubjects":["customers"],"countries":["NL"]}""".formatted(printer)).json();
        assertEquals(List.of("SECURITY_NOT_DEMONSTRATED"), whatIf.getJsonArray("findings").stream()
                .map(f -> f.asJsonObject().getString("type")).toList(), "the what-if answers it too");

        CoverageFixtures.certified(api, printer, LocalDate.now().plusYears(2));
        assertTrue(api.get("api/engagements/" + engagement.getJsonNumber("id"), "manager").json()
                .getBoolean("covered"), "filing a valid certificate re-judges the engagement");
        JsonObject resolved = api.get("api/alerts/" + alert.getJsonNumber("id"), "manager").json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals(Boolean.TRUE, gates(api, printer).get("SECURITY_NOT_DEMONSTRATED"));
        assertEquals(Boolean.TRUE, gates(api, printer).get("CONFIDENTIALITY_NOT_GUARANTEED"));
    }

    @Test
    void dataCollectedForOnePurposeIsUsedForAnotherOnlyWhenTheCatalogueRecordsThemCompatible() {
        Api api = new Api(base);
        String original = "x" + Api.freshKvk();
        String further = "y" + Api.freshKvk();
        String purpose = """
                {"code":"%s","nameNl":"Doel","nameEn":"Purpose","legalBasis":"B","retention":"P2Y"}""";
        assertEquals(201, api.post("api/catalogue/purposes", "admin", purpose.formatted(further)).status());
        Api.Reply created = api.post("api/catalogue/purposes", "admin", purpose.formatted(original));
        assertEquals(201, created.status(), created::toString);
        long processor = processor(api);
        approvedAgreement(api, processor, "\"%s\",\"%s\"".formatted(original, further));

        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Reuse","businessOwner":"Sales","purposes":["%s"],
                 "originalPurpose":" %s ","dataCategories":["contact.address"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s"}""".formatted(processor, further, original.toUpperCase(),
                LocalDate.now()));
        assertEquals(201, engaged.status(), engaged::toString);
        JsonObject engagement = engaged.json();
        assertEquals(original, engagement.getString("originalPurpose"), "stored as a code");
        assertEquals(List.of("PURPOSE_INCOMPATIBLE"), rules(engagement));
        assertEquals(List.of(further), strings(engagement.getJsonArray("findings").getJsonObject(0), "missing"));
        assertEquals(Boolean.FALSE, gates(api, processor).get("PURPOSE_INCOMPATIBLE"));

        String compatible = """
                {"version":%s,"nameNl":"Doel","nameEn":"Purpose","legalBasis":"B","retention":"P2Y",
                 "compatiblePurposes":[%s]}""";
        Api.Reply unknown = api.put("api/catalogue/purposes/" + original, "admin", compatible.formatted(
                created.json().getJsonNumber("version"), "\"nope\""));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("compatiblePurposes", unknown.json().getJsonArray("violations").getJsonObject(0)
                .getString("field"));
        Api.Reply recorded = api.put("api/catalogue/purposes/" + original, "admin", compatible.formatted(
                created.json().getJsonNumber("version"), "\"" + further + "\""));
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(List.of(further), strings(recorded.json(), "compatiblePurposes"));

        assertTrue(api.get("api/engagements/" + engagement.getJsonNumber("id"), "manager").json()
                .getBoolean("covered"), "recording the compatibility re-judges the engagements of that data");
        assertEquals(Boolean.TRUE, gates(api, processor).get("PURPOSE_INCOMPATIBLE"));
        assertEquals(409, api.delete("api/catalogue/purposes/" + further, "admin").status(),
                "a purpose recorded as compatible stays while the record does");

        Api.Reply badOriginal = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Reuse","businessOwner":"Sales","purposes":["e"],
                 "originalPurpose":"no-such-purpose","dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s"}""".formatted(processor, LocalDate.now()));
        assertEquals(400, badOriginal.status(), badOriginal::toString);
        assertEquals("originalPurpose", badOriginal.json().getJsonArray("violations").getJsonObject(0)
                .getString("field"));
        assertEquals(400, api.get("api/coverage/gates?processorId=987654321", "auditor").status());
    }
}
