package eu.art28.bench;

import static eu.art28.bench.Workload.env;
import static eu.art28.bench.Workload.log;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Times the CSV import of issue 8 against a running Art28: a file of {@code bench.importLines} (10,000) new
 * processors with a contact each, checked (dry run), then imported in one transaction. The lines are named after
 * the run, so the benchmark can run again on the same database; each run adds that many processors.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        URI base = URI.create(System.getProperty("bench.url", "http://localhost:8180/"));
        if (!Set.of("localhost", "127.0.0.1").contains(base.getHost())) {
            throw new IllegalArgumentException("bench.url must be on this machine, got " + base);
        }
        int lines = Integer.getInteger("bench.importLines", 10_000);
        String password = env("ART28_DEMO_PASSWORD", "demo-art28");
        byte[] csv = csv(lines);
        log("import: %,d lines, %,d bytes", lines, csv.length);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonObject dryRun = post(http, base, password, csv, true);
        JsonObject imported = post(http, base, password, csv, false);
        if (imported.getInt("imported") != lines) {
            throw new IllegalStateException("expected " + lines + " imported: " + imported.getString("outcome"));
        }
    }

    private static JsonObject post(HttpClient http, URI base, String password, byte[] csv, boolean dryRun)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/imports/processors?dryRun=" + dryRun
                        + "&allOrNothing=true"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("procurement:" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = Workload.seconds(start);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        JsonObject report = Json.createReader(new StringReader(response.body())).readObject();
        log("import %s: %.2f s (%d lines, %d valid, %d imported; Server-Timing %s)",
                dryRun ? "dry run" : "in one transaction", seconds, report.getInt("lines"), report.getInt("valid"),
                report.getInt("imported"), response.headers().firstValue("Server-Timing").orElse("-"));
        return report;
    }

    /** New processors only: a run-specific name prefix, and KvK numbers from a block no other line uses. */
    static byte[] csv(int lines) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        int kvkBlock = ThreadLocalRandom.current().nextInt(10, 80) * 1_000_000;
        StringBuilder csv = new StringBuilder(lines * 160);
        csv.append("name;kvkNumber;country;address;website;services;riskTier;contactName;contactEmail;contactPhone\n");
        for (int i = 0; i < lines; i++) {
            csv.append("Bench ").append(run).append(" Supplier ").append(i).append(" B.V.;")
                    .append(kvkBlock + i).append(";NL;Dorpsstraat ").append(i + 1).append(", 1234 AB Utrecht;")
                    .append("https://supplier").append(i).append(".example;hosting|backup;")
                    .append(i % 3 == 0 ? "HIGH" : "MEDIUM").append(";Contact ").append(i).append(";privacy")
                    .append(i).append("@supplier.example;+31 30 123 ").append(String.format("%04d", i % 10_000))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
