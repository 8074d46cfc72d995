package eu.art28.processors.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.art28.testing.Api;
import eu.art28.testing.SharedApp;

/**
 * The registry's REST contract from outside, on the configured database; its facades' persistence and roles
 * inside the server are in {@link eu.art28.InsideTheServerIT}.
 */
@ExtendWith(SharedApp.class)
class ProcessorsIT {

    @SharedApp.Base
    URL base;

    @Test
    void registersReadsAndUpdatesAProcessor() {
        Api api = new Api(base);
        String kvk = Api.freshKvk();
        Api.Reply created = api.post("api/processors", "procurement", """
                {"name":"Server Park %s","kvkNumber":"%s","country":"NL","website":"https://example.org",
                 "services":["Maintenance of the server park"],"riskTier":"HIGH",
                 "contacts":[{"name":"Piet","email":"piet@example.org","role":"Account manager"}]}
                """.formatted(kvk, kvk));

        assertEquals(201, created.status(), created::toString);
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertTrue(created.location().endsWith("/api/processors/" + id), created.location());
        assertEquals("HIGH", body.getString("riskTier"));
        assertEquals("ACTIVE", body.getString("status"));

        Api.Reply read = api.get("api/processors/" + id, "auditor");
        assertEquals(200, read.status());
        assertEquals(kvk, read.json().getString("kvkNumber"));
        assertEquals("piet@example.org", read.json().getJsonArray("contacts").getJsonObject(0).getString("email"));

        long version = read.json().getJsonNumber("version").longValue();
        Api.Reply updated = api.put("api/processors/" + id, "procurement", """
                {"version":%d,"name":"Server Park %s","kvkNumber":"%s","country":"NL","riskTier":"MEDIUM"}
                """.formatted(version, kvk, kvk));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("MEDIUM", updated.json().getString("riskTier"));
        assertTrue(updated.json().getJsonNumber("version").longValue() > version);

        Api.Reply stale = api.put("api/processors/" + id, "procurement", """
                {"version":%d,"name":"Stale","country":"NL"}
                """.formatted(version));
        assertEquals(409, stale.status(), stale::toString);
        assertProblem(stale);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Api api = new Api(base);
        Api.Reply reply = api.post("api/processors", "procurement", """
                {"name":"","kvkNumber":"1234","country":"XX","website":"ftp://x",
                 "contacts":[{"name":"Jan","email":"jan-at-example"}]}
                """);

        assertEquals(400, reply.status(), reply::toString);
        assertProblem(reply);
        Set<String> fields = reply.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("name", "kvkNumber", "country", "website", "contacts[0].email"), fields);
        String kvkMessage = reply.json().getJsonArray("violations").stream().map(JsonObject.class::cast)
                .filter(v -> v.getString("field").equals("kvkNumber")).findFirst().orElseThrow()
                .getString("message");
        assertTrue(kvkMessage.contains("8"), kvkMessage);

        Api.Reply malformed = api.post("api/processors", "procurement", "{\"name\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertProblem(malformed);
    }

    @Test
    void duplicateKvkNumberNamesTheField() {
        Api api = new Api(base);
        String kvk = Api.freshKvk();
        String json = "{\"name\":\"Twin %s\",\"kvkNumber\":\"%s\",\"country\":\"NL\"}";
        assertEquals(201, api.post("api/processors", "procurement", json.formatted(1, kvk)).status());

        Api.Reply duplicate = api.post("api/processors", "procurement", json.formatted(2, kvk));

        assertEquals(400, duplicate.status(), duplicate::toString);
        JsonObject violation = duplicate.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("kvkNumber", violation.getString("field"));
        assertTrue(violation.getString("message").contains("Twin 1"), violation.toString());
    }

    @Test
    void searchesAndPages() {
        Api api = new Api(base);
        String marker = "Pager" + Api.freshKvk();
        for (int i = 0; i < 3; i++) {
            api.post("api/processors", "procurement", "{\"name\":\"%s %d\",\"country\":\"NL\"}".formatted(marker, i));
        }

        Api.Reply page = api.get("api/processors?q=" + marker.toLowerCase() + "&page=1&size=2", "manager");

        assertEquals(200, page.status(), page::toString);
        assertEquals(3, page.json().getJsonNumber("total").longValue());
        assertEquals(List.of(marker + " 2"), page.json().getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getString("name")).toList());
        assertEquals(400, api.get("api/processors?size=100000", "manager").status());
        Api.Reply badStatus = api.get("api/processors?status=GONE", "manager");
        assertEquals(400, badStatus.status(), badStatus::toString);
        assertEquals("status", badStatus.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void offboardsOnceWithAReason() {
        Api api = new Api(base);
        JsonObject created = api.post("api/processors", "procurement",
                "{\"name\":\"Offboard %s\",\"country\":\"NL\"}".formatted(Api.freshKvk())).json();
        String path = "api/processors/" + created.getJsonNumber("id") + "/offboard";
        long version = created.getJsonNumber("version").longValue();

        Api.Reply future = api.post(path, "procurement", """
                {"version":%d,"offboardedOn":"%s","reason":"Later"}""".formatted(version, LocalDate.now().plusDays(3)));
        assertEquals(400, future.status(), future::toString);
        assertEquals("offboardedOn", future.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Reply done = api.post(path, "procurement", """
                {"version":%d,"offboardedOn":"%s","reason":"Contract ended"}""".formatted(version, LocalDate.now()));
        assertEquals(200, done.status(), done::toString);
        assertEquals("OFFBOARDED", done.json().getString("status"));
        assertEquals("Contract ended", done.json().getString("offboardingReason"));

        Api.Reply again = api.post(path, "procurement", """
                {"version":%d,"offboardedOn":"%s","reason":"Again"}""".formatted(
                done.json().getJsonNumber("version").longValue(), LocalDate.now()));
        assertEquals(409, again.status(), again::toString);
    }

    @Test
    void nobodyGetsInWithoutTheRightLoginAndRole() {
        Api api = new Api(base);
        Api.Reply anonymous = api.get("api/processors", null);
        assertEquals(401, anonymous.status());
        assertProblem(anonymous);

        Api.Reply wrongPassword = api.withPassword("not-the-password").get("api/processors", "procurement");
        assertEquals(401, wrongPassword.status());

        Api.Reply auditor = api.post("api/processors", "auditor", "{\"name\":\"Not allowed\",\"country\":\"NL\"}");
        assertEquals(403, auditor.status(), auditor::toString);
        assertProblem(auditor);
        assertEquals(403, api.post("api/processors", "manager", "{\"name\":\"No\",\"country\":\"NL\"}").status());

        Api.Reply unknown = api.get("api/processors/987654321", "legal");
        assertEquals(404, unknown.status());
        assertProblem(unknown);
    }

    @Test
    void theSampleCatalogueComesFromThePrivacyStatement() {
        Api.Reply reply = new Api(base).get("api/catalogue/purposes", "legal");

        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> purposes = reply.structure().asJsonArray().getValuesAs(JsonObject.class);
        // other tests add purposes of their own to the shared database: the statement's six must be among the roots
        List<String> roots = purposes.stream().filter(p -> !p.containsKey("parentCode"))
                .map(p -> p.getString("code")).toList();
        assertTrue(roots.containsAll(List.of("a", "b", "c", "d", "e", "f")), roots::toString);
        JsonObject mailing = purposes.stream().filter(p -> p.getString("code").equals("e.mailing")).findFirst()
                .orElseThrow();
        assertEquals("e", ((JsonString) mailing.get("parentCode")).getString());
        assertEquals("A", mailing.getString("legalBasis"));
        JsonObject bookkeeping = purposes.stream().filter(p -> p.getString("code").equals("b.bookkeeping"))
                .findFirst().orElseThrow();
        assertEquals("P7Y", bookkeeping.getString("retention"));
        assertEquals("C", bookkeeping.getString("legalBasis"));
    }

    @Test
    void readinessChecksTheDatabase() {
        Api api = new Api(base);
        Api.Reply ready = api.get(api.base().resolve("/health/ready").toString(), null);

        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        assertEquals("database", ready.json().getJsonArray("checks").getJsonObject(0).getString("name"));
    }

    private static void assertProblem(Api.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }

    private static String spaced(String kvk) {
        return kvk.substring(0, 4) + " " + kvk.substring(4);
    }
}
