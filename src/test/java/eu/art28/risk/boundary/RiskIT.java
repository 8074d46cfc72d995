package eu.art28.risk.boundary;

import static eu.art28.coverage.boundary.CoverageFixtures.approvedAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import eu.art28.testing.VendorForm;

/**
 * A processor's risk as it follows what is registered, over the REST API: health data of patients raises the
 * inherent risk, the tier and so the evidence required; a valid ISO 27001 lowers the residual risk; a person's
 * override needs a reason, is audited and ends when the computed tier takes over again; an engagement's scale counts
 * in bands, the what-if shows an engagement's effect, and admin's new policy version scores every processor again.
 */
@ExtendWith(SharedApp.class)
class RiskIT {

    @SharedApp.Base
    URL base;

    @Test
    void healthDataOfPatientsRaisesTheRiskAndTheEvidenceRequiredAndAnIsoCertificateLowersTheResidual() {
        Api api = new Api(base);
        long clinic = processor(api, "Clinic records", "Appointment reminders");
        evidence(api, clinic, "SOC2_TYPE_1");
        JsonObject before = risk(api, clinic, "auditor");
        assertEquals(0, before.getInt("inherent"), before::toString);
        assertEquals("LOW", before.getString("tierInForce"), "nothing sensitive yet: the tier follows: " + before);
        assertTrue(gates(api, clinic).get("SECURITY_NOT_DEMONSTRATED"), "a SOC 2 type I report is enough for low risk");

        long engagement = patients(api, clinic, "Patient reminders");

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
        long processor = processor(api, "Payroll bureau", "Payroll");
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

    /**
     * Scale, the what-if and the policy in one processor: an engagement of two million people scores in the top band;
     * the what-if shows what health data of patients would add; admin's new version with a heavier top band scores
     * it again at once, recording the version; others may not save one, and a wrong setting is named.
     */
    @Test
    void scaleCountsTheWhatIfShowsTheEffectAndANewPolicyVersionScoresEveryProcessorAgain() {
        Api api = new Api(base);
        long mailer = processor(api, "National mailer", "Letters");
        String engagement = """
                {"processorId":%d,"description":"Tax letters","businessOwner":"Finance","purposes":["e.mailing"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],"dataSubjectCount":%d,
                 "startsOn":"%s"}""";
        Api.Reply negative = api.post("api/engagements", "procurement", engagement.formatted(mailer, -1,
                LocalDate.now().minusDays(1)));
        assertEquals(400, negative.status(), negative::toString);
        assertTrue(negative.body().contains("\"field\":\"dataSubjectCount\""), negative::toString);
        Api.Reply engaged = api.post("api/engagements", "procurement", engagement.formatted(mailer, 2_000_000,
                LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        assertEquals(2_000_000, engaged.json().getJsonNumber("dataSubjectCount").longValue());
        JsonObject scaled = risk(api, mailer, "auditor");
        JsonObject scale = scaled.getJsonArray("factors").getJsonObject(0);
        assertEquals("SCALE", scale.getString("factor"), scaled::toString);
        assertEquals(20, scale.getInt("points"), "the top band by default");
        assertEquals(25, scaled.getInt("inherent"), "and customers: " + scaled);
        assertTrue(scale.getString("reason").contains("About 2,000,000 data subjects in Tax letters"), scale::toString);

        Api.Reply whatIf = api.post("api/coverage/check", "procurement", """
                {"processorId":%d,"purposes":["e.mailing"],"dataCategories":["health"],"dataSubjects":["patients"],
                 "countries":["NL"]}""".formatted(mailer));
        assertEquals(200, whatIf.status(), whatIf::toString);
        JsonObject effect = whatIf.json().getJsonObject("risk");
        assertEquals(25, effect.getInt("inherentNow"), effect::toString);
        assertEquals("MEDIUM", effect.getString("tierNow"));
        assertEquals(80, effect.getInt("inherentWith"), "35 for health data, 20 for patients: " + effect);
        assertEquals("HIGH", effect.getString("tierWith"));
        assertEquals(List.of("SPECIAL_CATEGORY", "PATIENTS"), effect.getJsonArray("added").stream()
                .map(f -> f.asJsonObject().getString("factor")).toList(),
                "what it adds, largest first; not what the processor already has");
        assertEquals(25, risk(api, mailer, "auditor").getInt("inherent"), "nothing stored");

        JsonObject policy = api.get("api/risk/policy", "auditor").json();
        long version = policy.getJsonNumber("version").longValue();
        String settings = policy.getString("settings");
        assertTrue(settings.contains("points.SCALE=0,5,10,20"), settings);
        String heavier = settings.replace("points.SCALE=0,5,10,20", "points.SCALE=0,5,10,30");
        Api.Reply byLegal = api.put("api/risk/policy", "legal", save(version, heavier, "Heavier"));
        assertEquals(403, byLegal.status(), byLegal::toString);
        Api.Reply wrong = api.put("api/risk/policy", "admin", save(version,
                settings.replace("points.SCALE=0,5,10,20", "points.SCALE=0,5,-10,20"), "Wrong"));
        assertEquals(400, wrong.status(), wrong::toString);
        assertTrue(wrong.body().contains("\"field\":\"settings.points.SCALE\""), wrong::toString);
        try {
            Api.Reply saved = api.put("api/risk/policy", "admin", save(version, heavier, "Scale weighs more"));
            assertEquals(200, saved.status(), saved::toString);
            assertEquals(version + 1, saved.json().getJsonNumber("version").longValue());
            assertTrue(saved.json().getInt("processorsScored") > 0, saved::toString);
            JsonObject rescored = risk(api, mailer, "auditor");
            assertEquals(35, rescored.getInt("inherent"), rescored::toString);
            assertEquals(version + 1, rescored.getInt("policyVersion"));
            JsonArray history = rescored.getJsonArray("history");
            JsonObject last = history.getJsonObject(history.size() - 1);
            assertEquals(35, last.getInt("inherent"), "stored by the save, not only computed when asked: " + history);
            assertEquals(version + 1, last.getInt("policyVersion"));
            Api.Reply stale = api.put("api/risk/policy", "admin", save(version, heavier, "Again"));
            assertEquals(409, stale.status(), stale::toString);
            JsonObject audited = ((JsonArray) api.get("api/audit/history/RiskPolicyVersion/" + (version + 1),
                    "auditor").structure()).getJsonObject(0);
            assertEquals("admin", audited.getString("actor"), audited::toString);
            assertEquals("Scale weighs more", audited.getString("reason"), audited::toString);
        } finally {
            long now = api.get("api/risk/policy", "admin").json().getJsonNumber("version").longValue();
            assertEquals(200, api.put("api/risk/policy", "admin", save(now, settings, "Back to the defaults"))
                    .status(), "the next classes score by the defaults");
        }
    }

    private static String save(long version, String settings, String reason) {
        return jakarta.json.Json.createObjectBuilder().add("version", version).add("settings", settings)
                .add("reason", reason).build().toString();
    }

    /**
     * The score of a security questionnaire the vendor answered by link moves its residual risk as soon as
     * procurement accepts it: the factor names the request and its score in words, and the score stored by the
     * acceptance (the trend's last figures) already counts it.
     */
    @Test
    void anAcceptedQuestionnaireScoreMovesTheResidualRiskAtOnce() {
        Api api = new Api(base);
        String kvk = Api.freshKvk();
        String email = "security-" + kvk + "@clinic.example";
        long clinic = api.post("api/processors", "procurement", """
                {"name":"Questioned clinic %s","country":"NL","contacts":[{"name":"Anna %s","email":"%s"}]}"""
                .formatted(kvk, kvk, email)).json().getJsonNumber("id").longValue();
        patients(api, clinic, "Patient files");
        assertFalse(factors(risk(api, clinic, "manager")).contains("QUESTIONNAIRE"));

        VendorForm.annexIIIIsCurrent(api);
        Api.Reply created = api.post("api/processors/" + clinic + "/requests", "legal", """
                {"kind":"SECURITY_QUESTIONNAIRE","contactEmail":"%s","language":"en","dueOn":"%s"}"""
                .formatted(email, LocalDate.now().plusDays(14)));
        assertEquals(201, created.status(), created::toString);
        long request = created.json().getJsonNumber("id").longValue();
        HttpClient browser = VendorForm.browser();
        assertEquals(302, VendorForm.get(api, browser, "vendor/link/" + VendorForm.linksMailedTo(email, 1).get(0))
                .statusCode());
        HttpResponse<String> sent = VendorForm.postAnswers(api, browser, "submit", VendorForm.allAnswers(api),
                Map.of("q-certificate", VendorForm.PDF));
        assertEquals(302, sent.statusCode(), sent::body);
        String path = "api/processors/" + clinic + "/requests/" + request;
        JsonObject before = risk(api, clinic, "manager");
        assertFalse(factors(before).contains("QUESTIONNAIRE"), "not before it is accepted: " + before);

        Api.Reply accepted = api.post(path + "/accept", "procurement",
                "{\"version\":" + api.get(path, "auditor").json().getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        int score = accepted.json().getInt("questionnaireScore");
        JsonObject after = risk(api, clinic, "manager");
        JsonObject factor = after.getJsonArray("factors").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("factor").equals("QUESTIONNAIRE")).findFirst().orElseThrow(() -> new AssertionError(after));
        assertEquals("REQUEST", factor.getString("recordKind"));
        assertEquals(request, factor.getJsonNumber("recordId").longValue(), "links to the request it comes from");
        assertTrue(factor.getString("reason").contains("scored " + score + " %"), factor::toString);
        assertTrue(score >= 50 ? factor.getInt("points") < 0 : factor.getInt("points") > 0,
                () -> score + " % by the default policy: " + factor);
        JsonArray history = after.getJsonArray("history");
        JsonObject stored = history.getJsonObject(history.size() - 1);
        assertEquals(after.getInt("residual"), stored.getInt("residual"),
                () -> "scored again at the acceptance, the questionnaire counted: " + after);
        assertEquals(after.getInt("inherent") + after.getJsonArray("factors").getValuesAs(JsonObject.class).stream()
                .filter(f -> !f.getBoolean("inherent")).mapToInt(f -> f.getInt("points")).sum(), after.getInt("residual"),
                after::toString);
        String dutch = api.get("api/processors/" + clinic + "/risk", "manager", "nl").json().getJsonArray("factors")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("factor").equals("QUESTIONNAIRE"))
                .findFirst().orElseThrow().getString("reason");
        assertTrue(dutch.startsWith("Beveiligingsvragenlijst beantwoord op"), dutch);
    }

    /**
     * Registered over REST, a processor is scored at once, stored (its trend has its first point) and written with the
     * computed tier; a tier given at registration is a person's: kept, as an override without a reason.
     */
    @Test
    void aProcessorIsScoredWhenRegisteredAndATierGivenThenIsAnOverride() {
        Api api = new Api(base);
        Api.Reply created = api.post("api/processors", "procurement", """
                {"name":"Cloud host %s","country":"NL","services":["Cloud hosting"]}""".formatted(Api.freshKvk()));
        assertEquals(201, created.status(), created::toString);
        assertEquals("LOW", created.json().getString("riskTier"), "the computed tier, from registration on");
        long host = created.json().getJsonNumber("id").longValue();
        JsonObject risk = risk(api, host, "auditor");
        assertFalse(risk.getBoolean("overridden"), risk::toString);
        JsonArray history = risk.getJsonArray("history");
        assertEquals(1, history.size(), () -> "stored when registered, not at the next scan: " + risk);
        assertEquals(15, history.getJsonObject(0).getInt("inherent"), "a critical service: " + history);
        assertEquals(1L, ((JsonArray) api.get("api/audit/history/Processor/" + host, "manager").structure()).stream()
                .filter(e -> e.asJsonObject().getJsonObject("changes").containsKey("riskTier")).count(),
                "the creation records the computed tier; no change by the system follows it");

        Api.Reply given = api.post("api/processors", "procurement", """
                {"name":"Printer %s","country":"NL","services":["Printing"],"riskTier":"HIGH"}"""
                .formatted(Api.freshKvk()));
        assertEquals(201, given.status(), given::toString);
        assertEquals("HIGH", given.json().getString("riskTier"), "what the client sent is what it gets");
        JsonObject overridden = risk(api, given.json().getJsonNumber("id").longValue(), "auditor");
        assertTrue(overridden.getBoolean("overridden"), overridden::toString);
        assertEquals("LOW", overridden.getString("computedTier"));
        assertEquals("HIGH", overridden.getString("tierInForce"));
        assertTrue(!overridden.containsKey("overrideReason") || overridden.isNull("overrideReason"),
                () -> "an override without a reason: " + overridden);
        assertEquals(1, overridden.getJsonArray("history").size(), overridden::toString);
    }

    /**
     * A breach registered for a processor raises its stored residual risk at once, as a factor of its own that names
     * and links to the incident; decided, with the data subjects told of a high risk, it is scored again.
     */
    @Test
    void aBreachRaisesTheResidualRiskAtOnceAndItsFactorNamesTheIncident() {
        Api api = new Api(base);
        long processor = processor(api, "Helpdesk", "Support desk");
        JsonObject before = risk(api, processor, "manager");
        assertFalse(factors(before).contains("INCIDENTS"), before::toString);

        Instant told = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply registered = api.post("api/incidents", "manager", """
                {"processorId":%d,"processorAwareAt":"%s","reportedAt":"%s","reportedVia":"EMAIL","awareAt":"%s",
                 "description":"Phished mailbox","subjectsEstimate":300}""".formatted(processor, told, told, told));
        assertEquals(201, registered.status(), registered::toString);
        long incident = registered.json().getJsonNumber("id").longValue();

        JsonObject open = risk(api, processor, "manager");
        JsonObject factor = incidentFactor(open);
        assertEquals("INCIDENT", factor.getString("recordKind"));
        assertEquals(incident, factor.getJsonNumber("recordId").longValue(), "links to the incident");
        assertEquals(10, factor.getInt("points"), "5 for the breach, 5 while it is open: " + factor);
        assertTrue(factor.getString("reason").startsWith("Breach " + incident + ", known since ")
                && factor.getString("reason").endsWith("not closed yet"), factor::toString);
        assertTrue(open.getInt("residual") >= before.getInt("residual") + 10, () -> before + " then " + open);
        assertEquals(open.getInt("residual"), lastStored(open).getInt("residual"),
                "stored when the breach was registered: " + open);
        assertTrue(incidentFactor(api.get("api/processors/" + processor + "/risk", "manager", "nl").json())
                .getString("reason").startsWith("Datalek " + incident + ", bekend sinds "));

        Api.Reply decided = api.put("api/incidents/" + incident + "/decision", "manager", """
                {"notifyAuthority":true,"notifiedOn":"%s","notificationReference":"AP-%s","subjectsInformed":true,
                 "subjectsReason":"Passwords in the mailbox","version":%s}""".formatted(LocalDate.now(),
                Api.freshKvk(), registered.json().getJsonNumber("version")));
        assertEquals(200, decided.status(), decided::toString);
        JsonObject closed = risk(api, processor, "manager");
        assertEquals(15, incidentFactor(closed).getInt("points"), "closed, of high risk: " + closed);
        assertEquals(closed.getInt("residual"), lastStored(closed).getInt("residual"),
                "stored when the decision was recorded: " + closed);
    }

    private static JsonObject incidentFactor(JsonObject risk) {
        return risk.getJsonArray("factors").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("factor").equals("INCIDENTS")).findFirst()
                .orElseThrow(() -> new AssertionError("no breach among the factors: " + risk));
    }

    private static JsonObject lastStored(JsonObject risk) {
        JsonArray history = risk.getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    @Test
    void anUnknownProcessorHasNoRisk() {
        assertEquals(404, new Api(base).get("api/processors/987654321/risk", "auditor").status());
    }

    /** An approved agreement and, under it, an engagement with health data of patients since yesterday; its id. */
    private static long patients(Api api, long processor, String description) {
        approvedAgreement(api, processor, "\"e\"");
        Api.Reply engaged = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"%s","businessOwner":"Care","purposes":["e.mailing"],
                 "dataCategories":["health"],"dataSubjects":["patients"],"countries":["NL"],"startsOn":"%s"}"""
                .formatted(processor, description, LocalDate.now().minusDays(1)));
        assertEquals(201, engaged.status(), engaged::toString);
        return engaged.json().getJsonNumber("id").longValue();
    }

    /** A processor registered by procurement, named after this run, giving the one service; its id. */
    private static long processor(Api api, String name, String service) {
        Api.Reply created = api.post("api/processors", "procurement", """
                {"name":"%s %s","country":"NL","services":["%s"]}""".formatted(name, Api.freshKvk(), service));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
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
