package eu.art28.platform.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.support.ui.FluentWait;

import eu.art28.agreements.control.DpaCorpus;
import eu.art28.testing.Api;
import eu.art28.testing.VendorForm;

/**
 * The real records the hostile-text walk of {@link SecurityIT} sends its bodies to, for what the document's examples
 * cannot know: which ids exist, which record is in the state an action needs (a draft to submit, a pending link to
 * decide), which names are still free. An action that succeeded uses its record up (an approved agreement cannot be
 * approved again), so such a target is made anew after every accepted attempt; the others are made once.
 */
final class HostileTargets {

    /** Where one operation is sent: the address, who sends it, what goes over the example, where it is read. */
    record Target(String address, Api api, String user, Map<String, JsonValue> over, String record) {
    }

    private static final String PASSWORD = "hostile-walk-4u!";

    private final Api api;
    private final long processor;
    /**
     * The processor of the walk's engagements, apart from the one of its agreements, links and evidence: a change to
     * those judges the processor's engagements again, and the walk would otherwise make each slower than the last.
     */
    private final long engaged;
    private final Map<String, Target> kept = new HashMap<>();
    private final java.util.Deque<String> countries;
    private final List<String> made = new ArrayList<>();
    private final List<String> proposals = new ArrayList<>();

    /** Targets made through the API given, taking transfer countries from the free ones, which lanes share. */
    HostileTargets(Api api, java.util.Deque<String> countries) {
        this.api = api;
        this.countries = countries;
        this.processor = processor("Hostile walk");
        this.engaged = processor("Hostile engagements");
    }

    /** The ISO countries nobody listed, in random order, as the transfer countries hold one record per code. */
    static java.util.Deque<String> freeCountries(Api api) {
        Set<String> listed = new TreeSet<>();
        api.get("api/transfers/countries", "auditor").structure().asJsonArray().getValuesAs(JsonObject.class)
                .forEach(c -> listed.add(c.getString("code")));
        List<String> free = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            if (!listed.contains(code) && !code.equals("BV") && !code.equals("HM")) {
                free.add(code);
            }
        }
        java.util.Collections.shuffle(free);
        return new java.util.concurrent.ConcurrentLinkedDeque<>(free);
    }

    /** Records that outlive the walk and would change what other tests see: the transfer countries it added. */
    void close() {
        made.forEach(path -> api.delete(path, "admin"));
    }

    /** The target of the operation, {@code "POST /api/agreements/{id}/approve"}; the same until {@link #usedUp}. */
    Target of(String endpoint) {
        Target target = kept.get(endpoint);
        if (target == null) {
            target = make(endpoint);
            kept.put(endpoint, target);
        }
        return target;
    }

    /** Whether the operation's target exists already: making one changes its user's audit trail. */
    boolean holds(String endpoint) {
        return kept.containsKey(endpoint);
    }

    /** After an accepted attempt: an action's record is used up, a unique name is taken. */
    void usedUp(String endpoint, Api.Reply accepted) {
        if (endpoint.startsWith("POST /api/transfers/countries")) {
            made.add(accepted.location().substring(accepted.location().indexOf("/api/") + 1));
        }
        kept.remove(endpoint);
    }

    private Target make(String endpoint) {
        String fresh = Api.freshKvk();
        return switch (endpoint) {
            case "POST /api/processors" -> target("api/processors", "procurement", null,
                    "name", "Hostile " + fresh, "kvkNumber", fresh);
            case "PUT /api/processors/{id}" -> current("api/processors/" + processor("Hostile edit"), "procurement");
            case "POST /api/processors/{id}/offboard" -> versioned("api/processors/" + processor("Hostile offboard"),
                    "offboard", "procurement");
            case "POST /api/processors/{id}/reviews" -> target("api/processors/" + processor + "/reviews", "legal",
                    null);
            case "POST /api/processors/{processorId}/subprocessors" -> target("api/processors/" + processor
                    + "/subprocessors", "procurement", null, "processorId", processor, "subprocessorId",
                    processor("Hostile sub"));
            case "PUT /api/processors/{processorId}/subprocessors/{linkId}" -> current(link("GENERAL"), "procurement");
            case "POST /api/processors/{processorId}/subprocessors/{linkId}/approve" -> versioned(link("SPECIFIC"),
                    "approve", "legal");
            case "POST /api/processors/{processorId}/subprocessors/{linkId}/object" -> versioned(link("GENERAL"),
                    "object", "legal", "reason", "Hostile walk");
            case "POST /api/processors/{processorId}/subprocessors/{linkId}/refuse" -> versioned(link("SPECIFIC"),
                    "refuse", "legal", "reason", "Hostile walk");
            case "POST /api/chain/notices" -> target("api/chain/notices", "procurement", null,
                    "processorId", processor, "subprocessorId", processor("Hostile notice"));
            case "POST /api/agreements" -> target("api/agreements", "procurement", null,
                    "processorId", processor, "reference", "DPA-H-" + fresh);
            case "PUT /api/agreements/{id}" -> current(draft(), "procurement");
            case "POST /api/agreements/{id}/submit" -> versioned(draft(), "submit", "procurement");
            case "POST /api/agreements/{id}/approve" -> versioned(submitted(), "approve", "legal");
            case "POST /api/agreements/{id}/reject" -> versioned(submitted(), "reject", "legal");
            case "POST /api/agreements/{id}/terminate" -> versioned(approved(), "terminate", "legal");
            case "POST /api/agreements/{id}/analysis/proposals/{proposalId}/accept" -> proposal();
            case "POST /api/agreements/{id}/withdraw" -> versioned(submitted(), "withdraw", "procurement");
            case "POST /api/incidents" -> {
                // told yesterday, not on the example's day: the dashboard lists the longest waiting first
                Instant reported = Instant.now().minus(Duration.ofDays(1));
                yield target("api/incidents", "procurement", null, "processorId", processor, "occurredAt",
                        reported.minus(Duration.ofHours(6)), "processorAwareAt", reported.minus(Duration.ofHours(5)),
                        "reportedAt", reported, "awareAt", reported);
            }
            case "PUT /api/incidents/{id}" -> current(incident(), "procurement");
            case "PUT /api/incidents/{id}/engagements" -> versioned(incident(), "engagements", "legal",
                    "engagementIds", JsonValue.NULL);
            case "PUT /api/incidents/{id}/decision" -> versioned(incident(), "decision", "legal", "notifiedOn",
                    LocalDate.now());
            case "PUT /api/incidents/{id}/follow-ups" -> versioned(incident(), "follow-ups", "legal");
            case "PUT /api/risk/policy" -> {
                // the settings in force, so that an accepted attempt (a reason) saves the same scoring as a new version
                JsonObject policy = api.get("api/risk/policy", "admin").json();
                yield target("api/risk/policy", "admin", "api/risk/policy", "version", policy.get("version"),
                        "settings", policy.get("settings"));
            }
            case "POST /api/processors/{processorId}/risk/override" -> risk("override", false);
            case "POST /api/processors/{processorId}/risk/follow-computed" -> risk("follow-computed", true);
            case "POST /api/processors/{processorId}/requests" -> target("api/processors/" + contacted() + "/requests",
                    "procurement", null, "alertId", JsonValue.NULL, "dueOn", LocalDate.now().plusDays(14));
            case "POST /api/processors/{processorId}/requests/{requestId}/revoke" -> versioned(created(
                    "api/processors/" + contacted() + "/requests", "procurement", """
                    {"kind":"EVIDENCE","contactEmail":"security@hosting.example","dueOn":"%s"}"""
                    .formatted(LocalDate.now().plusDays(14))), "revoke", "procurement");
            case "POST /api/processors/{processorId}/requests/{requestId}/accept" -> versioned(answered(), "accept",
                    "procurement");
            case "POST /api/processors/{processorId}/requests/{requestId}/return" -> versioned(answered(), "return",
                    "legal");
            case "POST /api/alerts/{id}/acknowledge" -> versioned(alert(), "acknowledge", "manager");
            case "POST /api/alerts/acknowledge" -> {
                String alert = alert();
                yield target("api/alerts/acknowledge", "manager", alert, "ids", Json.createArrayBuilder()
                        .add(id(alert)).build());
            }
            case "POST /api/alerts/{id}/assign" -> versioned(alert(), "assign", "manager", "assignee", "legal",
                    "dueOn", LocalDate.now().plusDays(7));
            case "POST /api/catalogue/{kind}" -> target("api/catalogue/purposes", "admin", null,
                    "code", "e.h" + fresh);
            case "PUT /api/catalogue/{kind}/{code}" -> current(created("api/catalogue/purposes", "admin", """
                    {"code":"e.h%s","nameNl":"Vijandig","nameEn":"Hostile","legalBasis":"A","retention":"P1Y"}""".formatted(fresh)),
                    "admin");
            case "POST /api/coverage/check" -> target("api/coverage/check", "procurement", null,
                    "processorId", processor);
            case "PUT /api/deletions/{kind}/{id}" -> current("api/deletions/engagements/" + endedEngagement(),
                    "procurement");
            case "POST /api/engagements" -> target("api/engagements", "procurement", null, "processorId", engaged);
            case "PUT /api/engagements/{id}" -> current(created("api/engagements", "procurement",
                    engagement(engaged, null)), "procurement");
            case "POST /api/evidence" -> target("api/evidence", "procurement", null, "processorId", processor);
            case "PUT /api/evidence/{id}" -> current(created("api/evidence", "procurement", """
                    {"processorId":%d,"type":"PENTEST_REPORT","issuer":"Tester","scope":"All","issuedOn":"%s"}"""
                    .formatted(processor, LocalDate.now())), "procurement");
            case "PUT /api/profile" -> person("api/profile", null);
            case "POST /api/profile/password" -> person("api/profile/password", null, "current", PASSWORD);
            case "POST /api/profile/tokens" -> person("api/profile/tokens", null, "name", "Hostile " + fresh);
            case "POST /api/questionnaires" -> target("api/questionnaires", "admin", null);
            case "POST /api/transfers/countries" -> target("api/transfers/countries", "admin", null,
                    "code", countries.remove());
            case "PUT /api/transfers/countries/{code}" -> current(country(), "admin");
            case "POST /api/users" -> target("api/users", "admin", null, "username", "h" + fresh);
            case "PUT /api/users/{username}" -> current(created("api/users", "admin",
                    "{\"username\":\"h%s\",\"roles\":[\"AUDITOR\"]}".formatted(fresh)), "admin");
            default -> throw new IllegalStateException(endpoint + " has a body, but the walk has no target for it");
        };
    }

    private Target target(String address, String user, String record, Object... over) {
        return new Target(address, api, api.actual(user), values(over), record);
    }

    /** A PUT: the record's own version and its unique names, so that the example's names take nobody else's. */
    private Target current(String record, String user) {
        JsonObject now = api.get(record, user).json();
        Map<String, JsonValue> over = new LinkedHashMap<>();
        // and an incident's own moments: the example's, months ago, would put the walk's incidents first on every
        // dashboard's list of breaches waiting for a decision
        for (String unique : List.of("version", "name", "kvkNumber", "code", "username", "reference", "processorId",
                "subprocessorId", "occurredAt", "processorAwareAt", "reportedAt", "awareAt")) {
            if (now.containsKey(unique)) {
                over.put(unique, now.get(unique));
            }
        }
        if (record.startsWith("api/deletions")) {
            // the first answer creates the record of the choice, which has no version before
            over.put("version", now.getOrDefault("version", JsonValue.NULL));
        }
        return new Target(record, api, api.actual(user), over, record);
    }

    /** An action on a record: its version, read now, and what the example leaves out that the action needs. */
    private Target versioned(String record, String action, String user, Object... needs) {
        JsonObject now = api.get(record, user).json();
        Map<String, JsonValue> over = values(needs);
        over.put("version", now.get("version"));
        return new Target(record + "/" + action, api, api.actual(user), over, record);
    }

    /** The caller's own profile: a person of their own, as a password or token changes nobody else's. */
    private Target person(String address, String record, Object... over) {
        String user = api.activeUser("PROCUREMENT", PASSWORD);
        return new Target(address, api.withPassword(PASSWORD), user, values(over), record == null ? address.equals("api/profile")
                ? address : null : record);
    }

    private static Map<String, JsonValue> values(Object... pairs) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            values.put((String) pairs[i], value instanceof JsonValue v ? v : value instanceof Long l
                    ? Json.createValue(l) : Json.createValue(String.valueOf(value)));
        }
        return values;
    }

    private long processor(String name) {
        String kvk = Api.freshKvk();
        return id(created("api/processors", "procurement",
                "{\"name\":\"%s %s\",\"kvkNumber\":\"%s\",\"country\":\"NL\"}".formatted(name, kvk, kvk)));
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Where the new record is read: its Location, as the API's own address. */
    private String created(String collection, String user, String body) {
        Api.Reply reply = api.post(collection, user, body);
        if (reply.status() != 201) {
            throw new IllegalStateException(collection + " " + body + ": " + reply);
        }
        return reply.location().substring(reply.location().indexOf("/api/") + 1);
    }

    private static String engagement(long processor, LocalDate endsOn) {
        return """
                {"processorId":%d,"description":"Hostile %s","businessOwner":"Marketing","purposes":["e.mailing"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],"startsOn":"%s"%s}"""
                .formatted(processor, Api.freshKvk(), LocalDate.now().minusDays(200),
                        endsOn == null ? "" : ",\"endsOn\":\"" + endsOn + "\"");
    }

    private long endedEngagement() {
        return id(created("api/engagements", "procurement", engagement(engaged, LocalDate.now().minusDays(40))));
    }

    /** A breach the walk's processor reported yesterday. */
    private String incident() {
        Instant reported = Instant.now().minus(Duration.ofDays(1));
        return created("api/incidents", "procurement", """
                {"processorId":%d,"occurredAt":"%s","processorAwareAt":"%s","reportedAt":"%s","reportedVia":"EMAIL",
                 "awareAt":"%s","description":"Hostile %s"}""".formatted(processor, reported.minus(Duration.ofHours(6)),
                reported.minus(Duration.ofHours(5)), reported, reported, Api.freshKvk()));
    }

    /** A processor with the contact the request's example asks. */
    private long contacted() {
        String kvk = Api.freshKvk();
        return id(created("api/processors", "procurement", """
                {"name":"Hostile request %s","kvkNumber":"%s","country":"NL",
                 "contacts":[{"name":"Security desk","email":"security@hosting.example"}]}""".formatted(kvk, kvk)));
    }

    /**
     * A request for evidence whose contact submitted a certificate through the link, as the vendor's page does: the
     * only state in which it can be accepted or returned. The contact's address is the request's own, so that its
     * link is the one mail to it.
     */
    private String answered() {
        String kvk = Api.freshKvk();
        String email = "hostile-" + kvk + "@vendor.example";
        long contacted = id(created("api/processors", "procurement", """
                {"name":"Hostile answer %s","kvkNumber":"%s","country":"NL",
                 "contacts":[{"name":"Security desk","email":"%s"}]}""".formatted(kvk, kvk, email)));
        String request = created("api/processors/" + contacted + "/requests", "procurement", """
                {"kind":"EVIDENCE","contactEmail":"%s","dueOn":"%s"}""".formatted(email, LocalDate.now().plusDays(14)));
        VendorForm.submitCertificate(api, VendorForm.linksMailedTo(email, 1).get(0));
        return request;
    }

    /** A processor's risk, to override or (once overridden) to let follow the computed tier again. */
    private Target risk(String action, boolean overridden) {
        String processor = "api/processors/" + processor("Hostile risk");
        if (overridden) {
            api.post(processor + "/risk/override", "legal", "{\"version\":%s,\"tier\":\"HIGH\",\"reason\":\"Walk\"}"
                    .formatted(api.get(processor, "legal").json().getJsonNumber("version")));
        }
        return new Target(processor + "/risk/" + action, api, api.actual("legal"),
                values("version", api.get(processor, "legal").json().getJsonNumber("version")), processor + "/risk");
    }

    /** An open alert: an engagement of a processor without an agreement raises NO_AGREEMENT. */
    private String alert() {
        JsonObject engagement = api.post("api/engagements", "manager", engagement(processor("Hostile alert"), null))
                .json();
        return "api/alerts/" + engagement.getJsonArray("findings").getJsonObject(0).getJsonNumber("id");
    }

    /** A pending link of the walk's processor to a new sub-processor: a request, or a notice of one. */
    private String link(String authorisation) {
        return created("api/processors/" + processor + "/subprocessors", "procurement", """
                {"processorId":%d,"subprocessorId":%d,"service":"Hosting","authorisation":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"countries":["NL"],"startsOn":"%s"%s}"""
                .formatted(processor, processor("Hostile link"), authorisation, LocalDate.now(),
                        authorisation.equals("GENERAL") ? ",\"noticeReceivedOn\":\"" + LocalDate.now() + "\"" : ""));
    }

    /** A complete draft agreement of the walk's processor: every clause present, so that it can be approved. */
    private String draft() {
        String clauses = String.join(",", List.of("A_INSTRUCTIONS", "B_CONFIDENTIALITY", "C_SECURITY",
                "D_SUBPROCESSORS", "E_DATA_SUBJECT_RIGHTS", "F_ASSISTANCE", "G_DELETION_OR_RETURN", "H_AUDITS",
                "INFRINGING_INSTRUCTIONS").stream().map(c -> "{\"clause\":\"" + c + "\",\"present\":true,"
                + "\"reference\":\"art. 4\"}").toList());
        return created("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-H-%s","signedOn":"%s","effectiveFrom":"%s",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"subProcessing":"GENERAL","objectionPeriodDays":30,"breachNotificationHours":48,
                 "checklist":[%s]}""".formatted(processor, Api.freshKvk(), LocalDate.now().minusDays(20),
                LocalDate.now().minusDays(10), clauses));
    }

    private String submitted() {
        String draft = draft();
        JsonObject now = api.get(draft, "procurement").json();
        api.post(draft + "/submit", "procurement", "{\"version\":" + now.getJsonNumber("version") + "}");
        return draft;
    }

    private String approved() {
        String submitted = submitted();
        JsonObject now = api.get(submitted, "legal").json();
        Api.Reply approved = api.post(submitted + "/approve", "legal", "{\"version\":" + now.getJsonNumber("version")
                + "}");
        if (approved.status() != 200) {
            throw new IllegalStateException("not approved: " + approved);
        }
        return submitted;
    }

    /**
     * An open proposal for a clause, of a DPA read for the walk; the agreement is read back where it applies. One
     * reading proposes nine clauses, each of which can be accepted once.
     */
    private Target proposal() {
        if (proposals.isEmpty()) {
            String draft = created("api/agreements", "procurement",
                    "{\"processorId\":%d,\"reference\":\"DPA-R-%s\"}".formatted(processor, Api.freshKvk()));
            Api.Reply upload = api.put(draft + "/document?fileName=dpa.pdf", "procurement", "application/pdf",
                    DpaCorpus.EU_CLAUSES.pdf());
            if (upload.status() != 201) {
                throw new IllegalStateException("no upload: " + upload);
            }
            // the reading runs in the background: asked until it has ended, as ClauseDetectionIT does
            JsonObject analysis = new FluentWait<>(api).withTimeout(Duration.ofSeconds(60))
                    .pollingEvery(Duration.ofMillis(200)).withMessage("the reading should end").until(a -> {
                        JsonObject now = a.get(draft + "/analysis", "legal").json();
                        return Set.of("QUEUED", "ANALYSING").contains(now.getString("status")) ? null : now;
                    });
            analysis.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                    .filter(p -> "CLAUSE".equals(p.getString("kind")) && "PROPOSED".equals(p.getString("state")))
                    .forEach(p -> proposals.add(draft + "/analysis/proposals/" + p.getJsonNumber("id") + "/accept"));
        }
        String accept = proposals.remove(0);
        return new Target(accept, api, api.actual("legal"), Map.of(), accept.substring(0, accept.indexOf("/analysis")));
    }

    private String country() {
        String path = created("api/transfers/countries", "admin", "{\"code\":\"%s\",\"eea\":false}"
                .formatted(countries.remove()));
        made.add(path);
        return path;
    }
}
