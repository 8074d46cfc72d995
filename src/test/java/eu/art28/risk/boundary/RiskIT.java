package eu.art28.risk.boundary;

import static eu.art28.coverage.boundary.CoverageFixtures.approvedAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;

/**
 * A processor's risk as it follows what is registered, over the REST API: health data of patients raises the
 * inherent risk, the tier and so the evidence required; a valid ISO 27001 lowers the residual risk; a person's
 * override needs a reason, is audited and ends when the computed tier takes over again.
 */
@ExtendWith(SharedApp.class)
class RiskIT {

    @SharedApp.Base
    URL base;

    @Test
    void healthDataOfPatientsRaisesTheRiskAndTheEvidenceRequiredAndAnIsoCertificateLowersTheResidual() {
        Api api = new Api(base);
        long clinic = api.post("api/processors", "procurement", """
                {"name":"Clinic records %s","country":"NL","services":["Appointment reminders"]}"""
                .formatted(Api.freshKvk())).json().getJsonNumber("id").longValue();
        evidence(api, clinic, "SOC2_TYPE_1");
        JsonObject before = risk(api, clinic, "auditor");
        assertEquals(0, before.getInt("inherent"), before::toString);
        assertEquals("LOW", before.getString("tierInForce"), "nothing sensitive yet: the tier follows: " + before);
        assertTrue(gates(api, clinic).get("SECURITY_NOT_DEMONSTRATED"), "a SOC 2 type I report is enough for low risk");

        approvedAgreement(api, clinic, "\"e\"");
        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Patient reminders","businessOwner":"Care","purposes":["e.mailing"],
                 "dataCategories":["health"],"dataSubjects":["patients"],"countries":["NL"],"startsOn":"%s"}"""
                .formatted(clinic, LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        long engagement = engaged.json().getJsonNumber("id").longValue();

        JsonObject high = risk(api, clinic, "manager");
        assertTrue(high.getInt("inherent") >= 55, high::toString);
        assertEquals("HIGH", high.getString("computedTier"));
        assertEquals("HIGH", high.getString("tierInForce"));
        assertFalse(high.getBoolean("overridden"));
        JsonObject largest = high.getJsonArray("factors").getJsonObject(0);
        assertEquals("SPECIAL_CATEGORY", largest.getString("factor"), high::toString);
        assertEquals("ENGAGEMENT", largest.getString("recordKind"));
        assertEquals(engagement, largest.getJsonNumber("recordId").longValue(), "links to the engagement behind it");
        assertTrue(largest.getString("reason").contains("Patient reminders") && largest.getString("reason")
                .contains("Health data"), () -> "names the engagement and the category by name: " + largest);
        assertTrue(factors(high).contains("PATIENTS"), high::toString);
        assertFalse(gates(api, clinic).get("SECURITY_NOT_DEMONSTRATED"),
                "at high risk a SOC 2 type I report no longer demonstrates security");
        assertTrue(api.get("api/engagements/" + engagement, "manager").json().getJsonArray("findings").stream()
                .anyMatch(f -> f.asJsonObject().getString("type").equals("SECURITY_NOT_DEMONSTRATED")),
                "the engagement is judged again against the evidence the new tier requires");
        JsonArray history = high.getJsonArray("history");
        assertEquals(55, history.getJsonObject(history.size() - 1).getInt("inherent"), history::toString);

        String dutch = api.get("api/processors/" + clinic + "/risk", "manager", "nl").json().getJsonArray("factors")
                .getJsonObject(0).getString("reason");
        assertTrue(dutch.contains("Gezondheidsgegevens"), dutch);

        evidence(api, clinic, "ISO_27001");
        JsonObject certified = risk(api, clinic, "manager");
        assertTrue(certified.getInt("residual") < high.getInt("residual"), () -> high + " then " + certified);
        assertTrue(factors(certified).contains("EVIDENCE"), certified::toString);
        assertEquals("HIGH", certified.getString("computedTier"), "evidence does not lower the tier that asks for it");
        assertTrue(gates(api, clinic).get("SECURITY_NOT_DEMONSTRATED"));
    }

    @Test
    void anOverrideNeedsAReasonIsAuditedAndEndsWhenTheComputedTierTakesOver() {
        Api api = new Api(base);
        long processor = api.post("api/processors", "procurement", """
                {"name":"Payroll bureau %s","country":"NL","services":["Payroll"]}""".formatted(Api.freshKvk()))
                .json().getJsonNumber("id").longValue();
        evidence(api, processor, "ISO_27001");
        JsonObject computed = risk(api, processor, "legal");
        assertEquals("LOW", computed.getString("tierInForce"), computed::toString);
        assertTrue(factors(computed).contains("CRITICAL_SERVICE"), computed::toString);
        long version = version(api, processor);

        Api.Reply withoutReason = api.post("api/processors/" + processor + "/risk/override", "legal",
                "{\"version\":%d,\"tier\":\"HIGH\",\"reason\":\"  \"}".formatted(version));
        assertEquals(400, withoutReason.status(), withoutReason::toString);
        assertTrue(withoutReason.body().contains("\"field\":\"reason\""), withoutReason::toString);
        Api.Reply procurement = api.post("api/processors/" + processor + "/risk/override", "procurement",
                "{\"version\":%d,\"tier\":\"HIGH\",\"reason\":\"Payroll of all staff\"}".formatted(version));
        assertEquals(403, procurement.status(), procurement::toString);
        assertEquals("LOW", risk(api, processor, "legal").getString("tierInForce"), "nothing was saved");

        Api.Reply overridden = api.post("api/processors/" + processor + "/risk/override", "legal",
                "{\"version\":%d,\"tier\":\"HIGH\",\"reason\":\"Payroll of all staff\"}".formatted(version));
        assertEquals(200, overridden.status(), overridden::toString);
        assertEquals("HIGH", overridden.json().getString("tierInForce"));
        assertEquals("LOW", overridden.json().getString("computedTier"));
        assertTrue(overridden.json().getBoolean("overridden"));
        assertEquals("Payroll of all staff", overridden.json().getString("overrideReason"));

        JsonObject audited = ((JsonArray) api.get("api/audit/history/Processor/" + processor, "manager").structure())
                .stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonObject("changes").containsKey("riskTier") && "legal".equals(e.getString("actor")))
                .findFirst().orElseThrow(() -> new AssertionError("no audited override"));
        assertEquals("Payroll of all staff", audited.getString("reason"), audited::toString);

        Api.Reply stale = api.post("api/processors/" + processor + "/risk/follow-computed", "manager",
                "{\"version\":%d}".formatted(version));
        assertEquals(409, stale.status(), stale::toString);
        Api.Reply follows = api.post("api/processors/" + processor + "/risk/follow-computed", "manager",
                "{\"version\":%d}".formatted(version(api, processor)));
        assertEquals(200, follows.status(), follows::toString);
        assertEquals("LOW", follows.json().getString("tierInForce"));
        assertFalse(follows.json().getBoolean("overridden"));
    }

    @Test
    void anUnknownProcessorHasNoRisk() {
        assertEquals(404, new Api(base).get("api/processors/987654321/risk", "auditor").status());
    }

    private static JsonObject risk(Api api, long processor, String user) {
        Api.Reply reply = api.get("api/processors/" + processor + "/risk", user);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static long version(Api api, long processor) {
        return api.get("api/processors/" + processor, "legal").json().getJsonNumber("version").longValue();
    }

    private static List<String> factors(JsonObject risk) {
        return risk.getJsonArray("factors").stream().map(f -> f.asJsonObject().getString("factor")).toList();
    }

    private static void evidence(Api api, long processor, String type) {
        Api.Reply reply = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"%s","issuer":"BSI","scope":"All services","issuedOn":"%s",
                 "validUntil":"%s"}""".formatted(processor, type, LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1)));
        assertEquals(201, reply.status(), reply::toString);
    }

    private static Map<String, Boolean> gates(Api api, long processor) {
        Api.Reply reply = api.get("api/coverage/gates?processorId=" + processor, "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(g -> g.getString("rule"), g -> g.getBoolean("passed")));
    }
}
