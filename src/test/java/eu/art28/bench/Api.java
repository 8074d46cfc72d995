package eu.art28.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The REST API of an Art28 on this machine, for the load and fault harnesses: one HTTP/1.1 client, HTTP Basic,
 * a time limit on every request. Any other host is refused: these harnesses send traffic to loopback only.
 */
final class Api {

    final URI base;
    private final String password;
    private final Duration timeout;
    private final HttpClient http;

    Api(String url, String password, Duration timeout, int connections) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.password = password;
        this.timeout = timeout;
        requireLoopback(base);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections / 4)))
                .build();
    }

    static void requireLoopback(URI uri) {
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(uri + " is not on this machine; only loopback is allowed");
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(uri + ": " + e.getMessage(), e);
        }
    }

    long timeoutSeconds() {
        return timeout.toSeconds();
    }

    HttpRequest.Builder request(String path, String user) {
        return request(base, path, user, password, timeout);
    }

    /** A request in English asking for JSON, with HTTP Basic when a user is given; the benchmark's too. */
    static HttpRequest.Builder request(URI base, String path, String user, String password, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json").header("Accept-Language", "en");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    HttpRequest get(String path, String user) {
        return request(path, user).GET().build();
    }

    HttpRequest post(String path, String user, String json) {
        return request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpRequest put(String path, String user, String json) {
        return request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** The answer, or the exception that stood for it (a timeout, a refused connection). */
    Outcome send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), response.body(), null, start,
                    System.nanoTime());
        } catch (IOException e) {
            return new Outcome(0, "", "", "", e.toString(), start, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "", "", "", "interrupted", start, System.nanoTime());
        }
    }

    /** A top-level number of a JSON object: nested objects (an engagement's findings) have ids too. */
    static Optional<Long> number(String json, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.containsKey(name) && !object.isNull(name)
                    ? Optional.of(object.getJsonNumber(name).longValue()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> id(String json) {
        return number(json, "id");
    }

    static Optional<Long> version(String json) {
        return number(json, "version");
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One request's fate: status 0 with a failure when no answer came. Times from System.nanoTime. */
    record Outcome(int status, String contentType, String retryAfter, String body, String failure, long sentNanos,
            long answeredNanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** What the outage must answer: 503 as problem+json with a hint when to try again. */
        boolean unavailableProblem() {
            return status == 503 && contentType.startsWith("application/problem+json") && !retryAfter.isBlank();
        }

        double millis() {
            return (answeredNanos - sentNanos) / 1e6;
        }

        String describe() {
            return failure != null ? failure
                    : status + " " + contentType + " " + body.substring(0, Math.min(160, body.length()));
        }
    }
}
