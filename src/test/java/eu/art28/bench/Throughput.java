package eu.art28.bench;

import static eu.art28.bench.Workload.env;
import static eu.art28.bench.Workload.log;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everyday speed (issue 21): each list endpoint, one after the other, at a fixed number of connections for a fixed
 * time, against the trivial floor {@code GET /api/profile} (authenticated, one account read) in the same run; the
 * floor runs first and again last, so that a machine that got busier during the run shows. Every connection sends
 * its next request when the last one is answered (closed loop, like {@code wrk}). Per endpoint: requests per second,
 * its share of the floor's, p50 and p99 of the round trip, and the median of the application's own time
 * ({@code Server-Timing: app}). Any answer other than 2xx counts as an error and fails the run.
 *
 * <p>{@code ./mvnw -Pbench test-compile exec:java@throughput} against an Art28 on this machine with the demo users
 * (docs/benchmarks.md, "Everyday speed"). Options: {@code bench.url} (http://localhost:8180/),
 * {@code throughput.connections} (8), {@code throughput.seconds} per endpoint (10), {@code throughput.warmupSeconds}
 * per endpoint, not counted (2), {@code throughput.dossier} (the processor whose dossier is timed; none when absent).
 */
public final class Throughput {

    private static final Pattern APP_TIME = Pattern.compile("(?:^|, )app;dur=([0-9.]+)");
    private static final String FLOOR = "GET /api/profile (the floor)";

    private final URI base;
    private final String password = env("ART28_DEMO_PASSWORD", "demo-art28");
    private final int connections = Integer.getInteger("throughput.connections", 8);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("throughput.seconds", 10));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("throughput.warmupSeconds", 2));
    private final Duration timeout = Duration.ofSeconds(30);
    private final HttpClient http;

    private Throughput() {
        base = URI.create(System.getProperty("bench.url", "http://localhost:8180/"));
        Api.requireLoopback(base);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, connections / 4))).build();
    }

    public static void main(String[] args) throws Exception {
        System.exit(new Throughput().measure() ? 0 : 1);
    }

    /** One endpoint: its path, the user who asks, at how many connections, for how long. */
    private record Call(String path, String user, int connections, Duration measured) {
    }

    /**
     * What is asked, by name (each role sees these lists; the users of the load test). The reports (the Art. 30
     * register, and the vendor dossier of {@code throughput.dossier}, the id of the largest processor, when given)
     * take seconds each, so they are asked one at a time, as a person asks them, three times as long as a list.
     */
    private Map<String, Call> endpoints() {
        Map<String, Call> endpoints = new LinkedHashMap<>();
        endpoints.put(FLOOR, new Call("api/profile", "auditor", connections, measured));
        for (int size : new int[] {20, 200}) {
            endpoints.put("GET /api/alerts?size=" + size, new Call("api/alerts?size=" + size, "manager", connections,
                    measured));
            for (String list : List.of("processors", "agreements", "engagements", "evidence", "audit", "deletions")) {
                endpoints.put("GET /api/" + list + "?size=" + size,
                        new Call("api/" + list + "?size=" + size, "auditor", connections, measured));
            }
        }
        Duration reports = measured.multipliedBy(3);
        endpoints.put("GET /api/reports/register, one at a time",
                new Call("api/reports/register", "auditor", 1, reports));
        String dossier = System.getProperty("throughput.dossier");
        if (dossier != null) {
            endpoints.put("GET /api/reports/dossiers/" + dossier + ", one at a time",
                    new Call("api/reports/dossiers/" + dossier, "auditor", 1, reports));
        }
        return endpoints;
    }

    private boolean measure() throws Exception {
        Result ready = once("health/ready", null);
        if (ready.status != 200) {
            log("FAIL %s is not ready: %d", base, ready.status);
            return false;
        }
        log("throughput: %d connections, %s warm-up and %s measured per endpoint, against %s", connections,
                warmup, measured, base);
        // the first request of each user checks the password (PBKDF2, about a second); later ones hit the cache
        for (String user : List.of("auditor", "manager")) {
            once("api/profile", user);
        }
        // the floor first runs as long as a list, not counted: measured cold, the JIT had not seen the server's code
        run(FLOOR + ", warming up (not counted)", new Call("api/profile", "auditor", connections, measured));
        String loadBefore = Load.loadAverage();
        Map<String, Run> runs = new LinkedHashMap<>();
        endpoints().forEach((name, call) -> runs.put(name, run(name, call)));
        Run floorAgain = run(FLOOR, endpoints().get(FLOOR));
        String loadAfter = Load.loadAverage();
        return report(runs, floorAgain, loadBefore, loadAfter);
    }

    private Run run(String name, Call call) {
        Run run = new Run(name);
        long start = System.nanoTime();
        long counting = start + warmup.toNanos();
        long stop = counting + call.measured().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(call.connections());
        for (int c = 0; c < call.connections(); c++) {
            pool.submit(() -> {
                while (System.nanoTime() < stop) {
                    Result result = once(call.path(), call.user());
                    // answered after the warm-up, sent before the end: a report slower than both still counts
                    if (result.answered >= counting && result.sent < stop) {
                        run.add(result);
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(call.measured().plus(warmup).plus(timeout).toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.seconds = call.measured().toNanos() / 1e9;
        log("%s", run.row(Double.NaN));
        return run;
    }

    private Result once(String path, String user) {
        HttpRequest request = Api.request(base, path, user, password, timeout).GET().build();
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double app = response.headers().firstValue("Server-Timing").map(APP_TIME::matcher)
                    .filter(Matcher::find).map(m -> Double.parseDouble(m.group(1))).orElse(Double.NaN);
            return new Result(response.statusCode(), sent, System.nanoTime(), app);
        } catch (IOException e) {
            return new Result(0, sent, System.nanoTime(), Double.NaN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, sent, System.nanoTime(), Double.NaN);
        }
    }

    private boolean report(Map<String, Run> runs, Run floorAgain, String loadBefore, String loadAfter)
            throws IOException {
        double floor = runs.get(FLOOR).perSecond();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Throughput, %s UTC: %d connections, %d s per endpoint after %d s"
                + " warm-up, against %s; %d CPUs; load average before %s, at the end %s", Instant.now(), connections,
                measured.toSeconds(), warmup.toSeconds(), base, Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter));
        lines.add("");
        lines.add("| endpoint | requests | req/s | share of the floor | p50 ms | p99 ms | app p50 ms (Server-Timing)"
                + " | errors |");
        lines.add("|---|---|---|---|---|---|---|---|");
        runs.values().forEach(run -> lines.add(run.row(floor)));
        floorAgain.name = FLOOR + ", again at the end";
        lines.add(floorAgain.row(floor));
        lines.forEach(System.out::println);
        Path out = Path.of("target", "bench", "throughput-" + Long.toString(System.currentTimeMillis(), 36) + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        log("written to %s", out);
        int errors = runs.values().stream().mapToInt(run -> run.errors.get()).sum() + floorAgain.errors.get();
        boolean answered = runs.values().stream().allMatch(run -> run.roundTrip.count() > 0)
                && floorAgain.roundTrip.count() > 0;
        log("%s: %d errors%s", errors == 0 && answered ? "PASS" : "FAIL", errors,
                answered ? "" : ", and an endpoint without one answer in its time");
        return errors == 0 && answered;
    }

    /** One request: status 0 when no answer came; app NaN without Server-Timing. */
    private record Result(int status, long sent, long answered, double app) {
    }

    /** One endpoint's measured requests. */
    private static final class Run {

        private String name;
        private final Latencies roundTrip;
        private final Latencies app;
        private final AtomicInteger errors = new AtomicInteger();
        private double seconds;

        Run(String name) {
            this.name = name;
            this.roundTrip = new Latencies(name);
            this.app = new Latencies(name + " (app)");
        }

        synchronized void add(Result result) {
            roundTrip.addNanos(result.answered - result.sent);
            if (!Double.isNaN(result.app)) {
                app.addMillis(result.app);
            }
            if (result.status < 200 || result.status >= 300) {
                errors.incrementAndGet();
            }
        }

        double perSecond() {
            return roundTrip.count() / seconds;
        }

        synchronized String row(double floor) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %.1f | %.1f | %.1f | %d |", name,
                    roundTrip.count(), perSecond(), !(floor > 0) ? "" : String.format(Locale.ROOT, "%.0f %%",
                            100 * perSecond() / floor), roundTrip.percentile(50), roundTrip.percentile(99),
                    app.median(), errors.get());
        }
    }
}
