package eu.art28.incidents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/**
 * Breaches over the REST API: the processor's late notice against its agreement's window, our 72 hours at their
 * alert points and the decision that resolves them, and a sub-processor's breach reaching the top engagements
 * through the chain.
 */
@ExtendWith(SharedApp.class)
class IncidentsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @SharedApp.Base
    URL base;

    static long processor(Api api, String name) {
        Api.Reply reply = api.post("api/processors", "procurement", "{\"name\":\"%s %s\",\"country\":\"NL\"}"
                .formatted(name, Api.freshKvk()));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static void agreement(Api api, long processor, int breachHours) {
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s","purposes":["e"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],
                 "subProcessing":"SPECIFIC","breachNotificationHours":%d,"checklist":[%s]}
                """.formatted(processor, Api.freshKvk(), TODAY.minusMonths(2), TODAY.minusMonths(1), breachHours,
                Clauses.allPresent()));
        assertEquals(201, draft.status(), draft::toString);
        api.approve(draft.json());
    }

    static long engagement(Api api, long processor) {
        Api.Reply reply = api.post("api/engagements", "manager", """
                {"processorId":%d,"description":"Newsletter %s","businessOwner":"Marketing","purposes":["e.mailing"],
                 "dataCategories":["contact.address"],"dataSubjects":["customers"],"countries":["NL"],
                 "startsOn":"%s"}""".formatted(processor, Api.freshKvk(), TODAY.minusMonths(1)));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Registered by the manager: the processor became aware {@code processorAware} ago, told us {@code told} ago. */
    static JsonObject incident(Api api, long processor, Long source, Duration processorAware, Duration told) {
        Instant reported = NOW.minus(told);
        Api.Reply reply = api.post("api/incidents", "manager", """
                {"processorId":%d,"sourceProcessorId":%s,"occurredAt":"%s","processorAwareAt":"%s",
                 "reportedAt":"%s","reportedVia":"EMAIL","awareAt":"%s","description":"Phished mailbox",
                 "systems":"Support desk","subjectsEstimate":300,"recordsEstimate":900,
                 "measures":"Password reset"}""".formatted(processor, source, NOW.minus(processorAware).minusSeconds(
                3600), NOW.minus(processorAware), reported, reported));
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.location().endsWith("/api/incidents/" + reply.json().getJsonNumber("id")), reply.location());
        return reply.json();
    }

    static List<JsonObject> alerts(Api api, String rule, JsonObject incident) {
        Api.Reply reply = api.get("api/alerts?type=" + rule + "&subject=incident:" + incident.getJsonNumber("id"),
                "manager");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static JsonObject decide(Api api, JsonObject incident) {
        Api.Reply decided = api.put("api/incidents/" + incident.getJsonNumber("id") + "/decision", "manager", """
                {"notifyAuthority":true,"notifiedOn":"%s","notificationReference":"AP-%s","subjectsInformed":false,
                 "subjectsReason":"Only e-mail addresses, low risk","version":%s}""".formatted(TODAY,
                Api.freshKvk(), incident.getJsonNumber("version")));
        assertEquals(200, decided.status(), decided::toString);
        return decided.json();
    }

    @Test
    void aProcessorAllowedTwentyFourHoursThatTellsUsAfterThirtyIsLate() {
        Api api = new Api(base);
        long processor = processor(api, "Helpdesk");
        agreement(api, processor, 24);
        JsonObject late = incident(api, processor, null, Duration.ofHours(40), Duration.ofHours(10));
        JsonObject notice = late.getJsonObject("notice");
        assertEquals(24, notice.getInt("windowHours"));
        assertEquals(30, notice.getJsonNumber("takenHours").longValue());
        assertTrue(notice.getBoolean("late"));

        List<JsonObject> raised = alerts(api, "INCIDENT_NOTICE_LATE", late);
        assertEquals(1, raised.size(), raised::toString);
        assertEquals(processor, raised.get(0).getJsonNumber("processorId").longValue(), "against the processor");
        assertTrue(raised.get(0).getString("explanation").contains("30 hours"), raised.get(0)::toString);

        JsonObject inTime = incident(api, processor, null, Duration.ofHours(30), Duration.ofHours(10));
        assertFalse(inTime.getJsonObject("notice").getBoolean("late"));
        assertEquals(List.of(), alerts(api, "INCIDENT_NOTICE_LATE", inTime));
        assertEquals(List.of(), decide(api, late).getJsonArray("affected"), "nothing engaged, nothing affected");
        assertEquals(1, alerts(api, "INCIDENT_NOTICE_LATE", late).stream()
                .filter(a -> !a.getString("status").equals("RESOLVED")).count(), "a decision leaves the late notice");
    }

    @Test
    void ourClockAlertsAtItsPointsAndADecisionResolvesIt() {
        Api api = new Api(base);
        long processor = processor(api, "Payroll");
        JsonObject early = incident(api, processor, null, Duration.ofHours(21), Duration.ofHours(20));
        JsonObject first = incident(api, processor, null, Duration.ofHours(31), Duration.ofHours(30));
        JsonObject last = incident(api, processor, null, Duration.ofHours(71), Duration.ofHours(70));
        JsonObject passed = incident(api, processor, null, Duration.ofHours(81), Duration.ofHours(80));

        assertEquals(List.of(), alerts(api, "INCIDENT_DECISION_DUE", early), "52 hours left: before the first point");
        assertEquals("LOW", alerts(api, "INCIDENT_DECISION_DUE", first).get(0).getString("severity"));
        assertEquals("HIGH", alerts(api, "INCIDENT_DECISION_DUE", last).get(0).getString("severity"));
        assertEquals(List.of(), alerts(api, "INCIDENT_DECISION_DUE", passed));
        List<JsonObject> overdue = alerts(api, "INCIDENT_DECISION_OVERDUE", passed);
        assertEquals("HIGH", overdue.get(0).getString("severity"));
        assertTrue(passed.getBoolean("deadlinePassed"));
        assertEquals(NOW.minus(Duration.ofHours(8)), Instant.parse(passed.getString("deadline")));

        Api.Reply withoutReason = api.put("api/incidents/" + passed.getJsonNumber("id") + "/decision", "legal",
                "{\"notifyAuthority\":false,\"subjectsInformed\":false,\"version\":%s}".formatted(
                        passed.getJsonNumber("version")));
        assertEquals(400, withoutReason.status(), withoutReason::toString);
        assertEquals(Set.of("authorityReason", "subjectsReason"), withoutReason.json().getJsonArray("violations")
                .stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet()));

        JsonObject decided = decide(api, passed);
        assertEquals("manager", decided.getJsonObject("decision").getString("decidedBy"));
        assertTrue(!decided.containsKey("urgency") || decided.isNull("urgency"), "a decided clock is quiet");
        assertEquals("RESOLVED", alerts(api, "INCIDENT_DECISION_OVERDUE", passed).get(0).getString("status"));
        decide(api, last);
        assertEquals("RESOLVED", alerts(api, "INCIDENT_DECISION_DUE", last).get(0).getString("status"));
        assertEquals("OPEN", alerts(api, "INCIDENT_DECISION_DUE", first).get(0).getString("status"));
        assertEquals(403, api.put("api/incidents/" + first.getJsonNumber("id") + "/decision", "auditor", "{}")
                .status());
    }

    @Test
    void aSubprocessorsIncidentListsTheTopEngagementsThroughTheChain() {
        Api api = new Api(base);
        long top = processor(api, "Shop");
        long middle = processor(api, "MailCloud");
        long source = processor(api, "Backup");
        long outside = processor(api, "Elsewhere");
        for (long[] link : new long[][] {{top, middle}, {middle, source}}) {
            Api.Reply linked = api.post("api/processors/" + link[0] + "/subprocessors", "procurement", """
                    {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Storage","startsOn":"%s",
                     "purposes":["e"],"dataCategories":["contact"],"countries":["NL"],"flowDown":true,
                     "flowDownReference":"MSA art. 7"}""".formatted(link[1], TODAY.minusMonths(1)));
            assertEquals(201, linked.status(), linked::toString);
        }
        long engagement = engagement(api, top);
        long second = engagement(api, top);
        engagement(api, outside);

        JsonObject incident = incident(api, top, source, Duration.ofHours(5), Duration.ofHours(2));
        assertEquals(source, incident.getJsonNumber("sourceProcessorId").longValue());
        List<JsonObject> affected = incident.getJsonArray("affected").getValuesAs(JsonObject.class);
        assertEquals(Set.of(engagement, second), affected.stream().map(a -> a.getJsonNumber("engagementId")
                .longValue()).collect(Collectors.toSet()), "the top engagements, not those elsewhere");
        String path = affected.get(0).getJsonArray("paths").getString(0);
        assertTrue(path.startsWith("Shop ") && path.contains("MailCloud") && path.contains("Backup"), path);
        assertTrue(affected.stream().allMatch(a -> a.getBoolean("involved")));

        Api.Reply narrowed = api.put("api/incidents/" + incident.getJsonNumber("id") + "/engagements", "legal",
                "{\"engagementIds\":[%d],\"version\":%s}".formatted(engagement, incident.getJsonNumber("version")));
        assertEquals(200, narrowed.status(), narrowed::toString);
        assertTrue(narrowed.json().getBoolean("narrowed"));
        assertEquals(List.of(engagement), narrowed.json().getJsonArray("affected").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getBoolean("involved")).map(a -> a.getJsonNumber("engagementId")
                        .longValue()).toList());

        Api.Reply notBeneath = api.post("api/incidents", "procurement", """
                {"processorId":%d,"sourceProcessorId":%d,"processorAwareAt":"%s","reportedAt":"%s",
                 "reportedVia":"PHONE","awareAt":"%s","description":"x"}""".formatted(top, outside, NOW, NOW, NOW));
        assertEquals(400, notBeneath.status(), notBeneath::toString);
        assertTrue(notBeneath.body().contains("sourceProcessorId"), notBeneath::toString);
        assertEquals(1, api.get("api/incidents?processor=" + source, "auditor").json().getInt("total"));
    }

    @Test
    void aManagerRegistersABreachFromTheProcessorPageSeesTheCountdownAndRecordsTheDecision() {
        Api api = new Api(base);
        long processor = processor(api, "Webshop host");
        long engagement = engagement(api, processor);
        // older than any other test's, so among the dashboard's first lines however many are open
        JsonObject overdue = incident(api, processor, null, Duration.ofHours(401), Duration.ofHours(400));
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).withSecond(0).withNano(0);
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("manager", Api.PASSWORD);
            String line = browser.visible(By.xpath("//ul[@id='breaches']/li[a[contains(@href,'id="
                    + overdue.getJsonNumber("id") + "')]]")).getText();
            assertTrue(line.contains("Webshop host") && line.contains("Phished mailbox"), line);
            assertTrue(line.contains("The 72 hours passed 328 hours"), line);
            browser.click(By.cssSelector("#breaches a[href*='id=" + overdue.getJsonNumber("id") + "']"));
            browser.waitForPath("incidents/view.xhtml");

            browser.open("processors/view.xhtml?id=" + processor);
            browser.click(By.id("registerIncident"));
            browser.waitForPath("incidents/edit.xhtml");
            browser.type(By.id("incident:processorAwareAt_input"), typed.format(now.minusHours(3)));
            browser.type(By.id("incident:reportedAt_input"), typed.format(now.minusHours(1)));
            browser.choose("incident:reportedVia", "E-mail");
            browser.type(By.id("incident:description"), "Database backup left public");
            browser.click(By.id("incident:register"));
            browser.waitForPath("incidents/view.xhtml");

            String countdown = browser.visible(By.id("countdown")).getText();
            assertTrue(countdown.contains("70 hours") || countdown.contains("71 hours"), countdown);
            assertTrue(countdown.contains("left"), countdown);
            assertTrue(browser.visible(By.id("affectedForm:affected")).getText().contains("Newsletter"),
                    browser.visible(By.id("affectedForm:affected")).getText());
            assertEquals(1, browser.all(By.cssSelector("a.affected-engagement[href*='id=" + engagement + "']"))
                    .size());

            browser.click(By.cssSelector("#decision\\:notifyAuthority .ui-radiobutton-box"));
            browser.type(By.id("decision:notifiedOn_input"), TODAY.format(DateTimeFormatter.ofPattern(
                    "dd-MM-yyyy")));
            browser.type(By.id("decision:notificationReference"), "AP-UI-1");
            browser.click(By.xpath("(//*[@id='decision:subjectsInformed']//div[contains(@class,"
                    + "'ui-radiobutton-box')])[2]"));
            browser.type(By.id("decision:subjectsReason"), "Only order numbers, no risk to people");
            browser.follow(By.id("decision:decide"));
            browser.waitForText(By.id("timeLeft"), "Decided at");

            // a follow-up action: refused without an owner, named next to the input; then saved, and later done
            browser.type(By.id("followUps:actions:0:description"), "Move the backups to a private bucket");
            browser.follow(By.id("followUps:saveFollowUps"));
            browser.waitForText(By.id("followUps:actions:0:ownerMessage"), "Name who does it");
            browser.type(By.id("followUps:actions:0:owner"), "it-ops");
            browser.type(By.id("followUps:actions:0:dueOn_input"), TODAY.plusDays(7).format(
                    DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            browser.follow(By.id("followUps:saveFollowUps"));
            browser.waitForText(By.id("followUps"), "A new action");
            browser.type(By.id("followUps:actions:0:doneOn_input"), TODAY.format(DateTimeFormatter.ofPattern(
                    "dd-MM-yyyy")));
            browser.follow(By.id("followUps:saveFollowUps"));
            browser.waitForCount(By.cssSelector("fieldset.follow-up.done"), 1);

            browser.open("processors/view.xhtml?id=" + processor + "&tab=REVIEWS");
            assertTrue(browser.visible(By.cssSelector(".breach-tally")).getText().startsWith(
                    "Breaches registered: 2, of which 0 reported late"), "what its review weighs");
        }
        JsonObject stored = api.get("api/incidents?processor=" + processor, "auditor").json().getJsonArray("items")
                .getJsonObject(0);
        assertTrue(stored.getJsonObject("decision").getBoolean("notifyAuthority"));
        assertEquals("AP-UI-1", stored.getJsonObject("decision").getString("notificationReference"));
        JsonObject action = stored.getJsonArray("followUps").getJsonObject(0);
        assertEquals("it-ops", action.getString("owner"));
        assertEquals(TODAY.plusDays(7).toString(), action.getString("dueOn"));
        assertEquals(TODAY.toString(), action.getString("doneOn"));
        List<JsonObject> trail = api.get("api/audit?entityType=Incident&entityId=" + stored.getJsonNumber("id"),
                "auditor").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(trail.stream().filter(e -> e.getString("actor").equals("manager"))
                .filter(e -> e.getJsonObject("changes").containsKey("followUps")).count() >= 2, trail::toString);
        decide(api, overdue);
    }
}
