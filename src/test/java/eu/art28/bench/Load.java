package eu.art28.bench;

import static eu.art28.bench.Workload.env;
import static eu.art28.bench.Workload.log;
import static eu.art28.bench.Workload.required;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The load check of issue 10: {@code load.clients} (32) concurrent clients on the bench workload ({@link Workload})
 * send a mix of reads and writes over the REST API for {@code load.seconds} (60) after {@code load.warmupSeconds}
 * (15): processor search and read, agreement read, alerts list, the what-if check, an engagement registered, a
 * processor updated with its version; and, in the same mix under the same load, the floors: {@code GET
 * /health/ready} (no login) and {@code GET /api/profile} (HTTP Basic, nothing else). Every answer must be a 2xx:
 * one error fails the run. Prints a markdown table (throughput, p50/p95/p99/max per operation and overall), the
 * node's largest resident memory sampled every 2 s ({@code load.rssCommand}, e.g. "docker/local-cluster rss 1")
 * and the load average, and writes it under {@code target/bench/}. Loopback only; bounded in time.
 */
public final class Load {

    /** The mix, in parts of 100. */
    private static final Map<String, Integer> MIX = new LinkedHashMap<>();

    static {
        MIX.put("processor search", 18);
        MIX.put("processor read", 18);
        MIX.put("agreement read", 14);
        MIX.put("alerts list", 10);
        MIX.put("what-if check", 10);
        MIX.put("engagement create", 10);
        MIX.put("processor update", 10);
        MIX.put("floor: GET /health/ready", 5);
        MIX.put("floor: GET /api/profile", 5);
    }

    private final Api api;
    private final int clients = Integer.getInteger("load.clients", 32);
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("load.warmupSeconds", 15));
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
    private final String rssCommand = System.getProperty("load.rssCommand", "");
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorExamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong measuring = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
    private long minProcessor;
    private long maxProcessor;
    private long minAgreement;
    private long maxAgreement;

    private Load() {
        api = new Api(System.getProperty("load.url", "http://127.0.0.1:8301/"), env("ART28_DEMO_PASSWORD",
                "demo-art28"), Duration.ofSeconds(Integer.getInteger("load.timeoutSeconds", 30)), 64);
        MIX.keySet().forEach(name -> {
            latencies.put(name, new Latencies(name));
            errors.put(name, new AtomicInteger());
        });
    }

    public static void main(String[] args) throws Exception {
        System.exit(new Load().measure() ? 0 : 1);
    }

    private boolean measure() throws Exception {
        readIdRanges();
        Api.Outcome ready = api.send(api.get("health/ready", null));
        if (ready.status() != 200) {
            log("FAIL %s is not ready: %s", api.base, ready.describe());
            return false;
        }
        log("load: %d clients against %s, %s warm-up, %s measured; processors %d..%d, agreements %d..%d", clients,
                api.base, warmup, measured, minProcessor, maxProcessor, minAgreement, maxAgreement);
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        measuring.set(start + warmup.toNanos());
        stopAt.set(measuring.get() + measured.toNanos());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> client(client));
        }
        long maxRss = 0;
        List<Long> rssSamples = new ArrayList<>();
        while (System.nanoTime() < stopAt.get()) {
            TimeUnit.SECONDS.sleep(2);
            long rss = rss();
            if (rss > 0 && System.nanoTime() >= measuring.get()) {
                rssSamples.add(rss);
                maxRss = Math.max(maxRss, rss);
            }
        }
        String loadDuring = loadAverage();
        pool.shutdown();
        pool.awaitTermination(api.timeoutSeconds() + 5, TimeUnit.SECONDS);
        return report(loadBefore, loadDuring, maxRss, rssSamples);
    }

    private void client(int client) {
        SplittableRandom random = new SplittableRandom(Workload.SEED + client);
        String today = LocalDate.now().toString();
        for (int n = 0; System.nanoTime() < stopAt.get(); n++) {
            int pick = random.nextInt(100);
            String operation = null;
            for (Map.Entry<String, Integer> entry : MIX.entrySet()) {
                pick -= entry.getValue();
                if (pick < 0) {
                    operation = entry.getKey();
                    break;
                }
            }
            long processor = minProcessor + random.nextLong(maxProcessor - minProcessor + 1);
            Api.Outcome outcome = switch (operation) {
                case "processor search" -> api.send(api.get("api/processors?size=20&q="
                        + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)), "auditor"));
                case "processor read" -> api.send(api.get("api/processors/" + processor, "auditor"));
                case "agreement read" -> api.send(api.get("api/agreements/"
                        + (minAgreement + random.nextLong(maxAgreement - minAgreement + 1)), "legal"));
                case "alerts list" -> api.send(api.get("api/alerts?size=20&page=" + random.nextInt(5), "manager"));
                case "what-if check" -> api.send(api.post("api/coverage/check", "manager", "{\"processorId\":"
                        + processor + ",\"purposes\":[\"a\"],\"dataCategories\":[\"contact\"],"
                        + "\"dataSubjects\":[\"customers\"],\"countries\":[\"NL\"]}"));
                case "engagement create" -> api.send(api.post("api/engagements", "procurement", "{\"processorId\":"
                        + processor + ",\"description\":" + Api.quote("Load " + run + " c" + client + " n" + n)
                        + ",\"businessOwner\":\"Load\",\"purposes\":[\"a\"],\"dataCategories\":[\"contact\"],"
                        + "\"dataSubjects\":[\"customers\"],\"countries\":[\"NL\"],\"startsOn\":\"" + today + "\"}"));
                case "processor update" -> update(ownProcessor(client, random), "Load " + run + " " + n);
                case "floor: GET /health/ready" -> api.send(api.get("health/ready", null));
                default -> api.send(api.get("api/profile", "auditor"));
            };
            if (outcome.answeredNanos() < measuring.get()) {
                continue;
            }
            latencies.get(operation).addNanos(outcome.answeredNanos() - outcome.sentNanos());
            if (!outcome.ok()) {
                errors.get(operation).incrementAndGet();
                if (errorExamples.size() < 10) {
                    errorExamples.add(operation + ": " + outcome.describe());
                }
            }
        }
    }

    /** Each client updates only processors of its own (id modulo clients), so no two clients collide (409). */
    private long ownProcessor(int client, SplittableRandom random) {
        return minProcessor + clients * random.nextLong((maxProcessor - minProcessor + 1) / clients) + client;
    }

    /** Read, then PUT the same record with another address and the version read: timed as the PUT alone. */
    private Api.Outcome update(long id, String address) {
        Api.Outcome read = api.send(api.get("api/processors/" + id, "procurement"));
        if (!read.ok()) {
            return read;
        }
        JsonObject current = Json.createReader(new java.io.StringReader(read.body())).readObject();
        String changed = Json.createObjectBuilder(current).add("address", address).build().toString();
        return api.send(api.put("api/processors/" + id, "procurement", changed));
    }

    private boolean report(String loadBefore, String loadDuring, long maxRss, List<Long> rssSamples)
            throws IOException {
        double seconds = measured.toNanos() / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Load, %s UTC: %d clients, %.0f s measured after %d s warm-up, against %s; %d CPUs;"
                + " load average before %s, at the end %s", Instant.now(), clients, seconds, warmup.toSeconds(),
                api.base, Runtime.getRuntime().availableProcessors(), loadBefore, loadDuring));
        lines.add("");
        lines.add("| operation | requests | per second | p50 ms | p95 ms | p99 ms | max ms | errors |");
        lines.add("|---|---|---|---|---|---|---|---|");
        Latencies all = new Latencies("all operations");
        int totalErrors = 0;
        for (String operation : MIX.keySet()) {
            Latencies l = latencies.get(operation);
            l.values().forEach(all::addMillis);
            int e = errors.get(operation).get();
            totalErrors += e;
            lines.add(row(l, seconds, e));
        }
        lines.add(row(all, seconds, totalErrors).replace("| all operations |", "| **all operations** |"));
        lines.add("");
        lines.add(String.format("Resident memory of the node during the measured part: max %s MiB (%d samples,"
                + " every 2 s)", maxRss == 0 ? "not sampled" : String.valueOf(maxRss), rssSamples.size()));
        lines.forEach(System.out::println);
        errorExamples.forEach(example -> log("error: %s", example));
        Path out = Path.of("target", "bench", "load-" + run + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        log("written to %s", out);
        log("%s %d errors in %d requests", totalErrors == 0 ? "PASS" : "FAIL", totalErrors, all.count());
        return totalErrors == 0 && all.count() > 0;
    }

    private static String row(Latencies l, double seconds, int errors) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |", l.name(), l.count(),
                l.count() / seconds, l.percentile(50), l.percentile(95), l.percentile(99), l.max(), errors);
    }

    private long rss() {
        if (rssCommand.isBlank()) {
            return 0;
        }
        try {
            Process process = new ProcessBuilder(rssCommand.split(" ")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(output.lines().reduce((a, b) -> b).orElse("0").trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The ids to pick from, read from the workload's database (ART28_DB_URL, as for the generator). */
    private void readIdRanges() throws SQLException {
        try (Connection db = DriverManager.getConnection(required("ART28_DB_URL"), env("ART28_DB_USER", "root"),
                env("ART28_DB_PASSWORD", "")); Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT MIN(id), MAX(id) FROM processor")) {
                rows.next();
                minProcessor = rows.getLong(1);
                maxProcessor = rows.getLong(2);
            }
            try (ResultSet rows = statement.executeQuery("SELECT MIN(id), MAX(id) FROM agreement")) {
                rows.next();
                minAgreement = rows.getLong(1);
                maxAgreement = rows.getLong(2);
            }
        }
        if (maxProcessor - minProcessor < clients * 2L || maxAgreement <= minAgreement) {
            throw new IllegalStateException("load the bench workload first (docs/benchmarks.md): too few processors");
        }
    }
}
