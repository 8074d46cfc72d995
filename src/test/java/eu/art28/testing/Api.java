package eu.art28.testing;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A client for the REST API as an integration would use it: HTTP Basic (or a bearer token), JSON, no cookies. */
public final class Api {

    public static final String PASSWORD = System.getenv().getOrDefault("ART28_DEMO_PASSWORD", "demo-art28");

    private final URI base;
    private final String password;
    private final String bearer;
    /** Demo users whose calls go as another user of the same role, and that user's password. */
    private final Map<String, String> standIns;
    private final String standInPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL deployment) {
        this(Urls.onLocalhost(deployment), PASSWORD);
    }

    private Api(URI base, String password, String bearer) {
        this(base, password, bearer, Map.of(), null);
    }

    private Api(URI base, String password, String bearer, Map<String, String> standIns, String standInPassword) {
        this.base = base;
        this.password = password;
        this.bearer = bearer;
        this.standIns = standIns;
        this.standInPassword = standInPassword;
    }

    private Api(URI base, String password) {
        this(base, password, null);
    }

    public Api withPassword(String other) {
        return new Api(base, other);
    }

    /**
     * The same API, except that a call as one of the demo users named goes as a new user of the same role, made now
     * with the password given: for work that runs beside the demo users' own and must leave their audit trails alone.
     */
    public Api standingIn(List<String> users, String standInPassword) {
        Map<String, String> standIns = new HashMap<>();
        users.forEach(user -> standIns.put(user, activeUser(user.toUpperCase(Locale.ROOT), standInPassword)));
        return new Api(base, password, bearer, Map.copyOf(standIns), standInPassword);
    }

    /** The user a call as this one goes as: its stand-in, if it has one. */
    public String actual(String user) {
        return standIns.getOrDefault(user, user);
    }

    /** Sends {@code Authorization: Bearer <token>} instead of Basic; the user given to each call is ignored. */
    public Api withBearer(String token) {
        return new Api(base, password, token);
    }

    public URI base() {
        return base;
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    public Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    /** Any method with a body of any type (null: none), for the suites that walk every endpoint. */
    public Reply send(String method, String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, user);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** The headers of a GET, for the checks that every response carries them. */
    public java.net.http.HttpHeaders headers(String path, String user) {
        try {
            return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same request with an Accept-Language header, for the messages in the client's language. */
    public Reply get(String path, String user, String language) {
        return send(request(path, user).header("Accept-Language", language).GET().build());
    }

    public Reply post(String path, String user, String json, String language) {
        return send(request(path, user).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        } else if (user != null) {
            boolean standIn = standIns.containsKey(user) || standIns.containsValue(user);
            String token = Base64.getEncoder().encodeToString((standIns.getOrDefault(user, user) + ":"
                    + (standIn ? standInPassword : password)).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    new String(response.body(), StandardCharsets.UTF_8), response.body(),
                    response.headers().firstValue("Content-Disposition").orElse(null),
                    response.headers().firstValue("Server-Timing").orElse(null),
                    response.headers().firstValue("X-SQL-Statements").map(Integer::parseInt).orElse(-1));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new user of the role (made by the administrator, under a fresh name) who has replaced the password the
     * administrator gave with {@code password}, and so may work.
     */
    public String activeUser(String role, String password) {
        String user = "it-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String initial = "handed-over-123";
        Reply created = post("api/users", "admin", """
                {"username":"%s","roles":["%s"],"password":"%s"}""".formatted(user, role, initial));
        if (created.status() != 201 || withPassword(initial).post("api/profile/password", user,
                "{\"current\":\"%s\",\"new\":\"%s\"}".formatted(initial, password)).status() != 204) {
            throw new IllegalStateException("no user " + user + ": " + created);
        }
        return user;
    }

    /** A KvK number no other test run has used, because tests on MariaDB share the database. */
    /**
     * Procurement submits the draft agreement, legal approves it (the four eyes); the approved agreement. For tests
     * that need an agreement in force, not for the ones about the review itself.
     */
    public JsonObject approve(JsonObject draft) {
        String path = "api/agreements/" + draft.getJsonNumber("id");
        JsonObject submitted = post(path + "/submit", "procurement",
                "{\"version\":" + draft.getJsonNumber("version") + "}").json();
        Reply approved = post(path + "/approve", "legal", "{\"version\":" + submitted.getJsonNumber("version") + "}");
        org.junit.jupiter.api.Assertions.assertEquals(200, approved.status(), approved::toString);
        return approved.json();
    }

    /**
     * Fails unless each of the first {@code pages} pages of {@code size} of a list ({@code path} with its filters and
     * {@code &}) holds the same records, in the same order, as that stretch of one page of them all: lists that
     * choose a page in steps (docs/decisions.md, "A page within its processors") cut no record twice and skip none,
     * whatever the records of other tests around them.
     */
    public void assertPagesSliceTheList(String path, String user, int size, int pages) {
        List<Long> whole = ids(get(path + "page=0&size=" + size * pages, user));
        org.junit.jupiter.api.Assertions.assertTrue(whole.size() > size, () -> path + " has too few records: " + whole);
        for (int page = 0; page < pages; page++) {
            List<Long> expected = whole.subList(Math.min(page * size, whole.size()),
                    Math.min((page + 1) * size, whole.size()));
            org.junit.jupiter.api.Assertions.assertEquals(expected,
                    ids(get(path + "page=" + page + "&size=" + size, user)), path + " page " + page + " of " + size);
        }
    }

    private static List<Long> ids(Reply page) {
        org.junit.jupiter.api.Assertions.assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    public static String freshKvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    /** {@code statements}: the SQL statements the request sent, as the test servers count them (-1: not told). */
    public record Reply(int status, String contentType, String location, String body, byte[] bytes,
            String contentDisposition, String serverTiming, int statements) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
