package eu.art28.bench;

import static eu.art28.bench.Workload.env;
import static eu.art28.bench.Workload.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault check of issue 10, against a running Art28 node whose private MariaDB {@code docker/local-cluster}
 * manages (docker/check-faults starts both): clients write over the REST API (a processor, an engagement for it,
 * an update of the processor with its version) and remember every write acknowledged with a 2xx; after a while
 * the harness kills MariaDB ({@code local-cluster db-kill}, kill -9), keeps the clients writing through the
 * outage, starts MariaDB again ({@code db-start}) and measures how long the node takes to answer a 2xx again.
 * Then every acknowledged write is read back through the API.
 *
 * <p>Passes when: no answer is a 500 or any status other than 2xx, 503 problem+json with Retry-After (from the
 * kill on), no request goes unanswered within the client's time limit, the node serves again within
 * {@code faults.recoverySeconds} of the database's return without a restart, and every acknowledged write is
 * there. Prints PASS/FAIL lines and exits non-zero on a failure. Bounded in time; loopback only.
 */
public final class Faults {

    private final Api api;
    private final int clients = Integer.getInteger("faults.clients", 8);
    private final Duration before = Duration.ofSeconds(Integer.getInteger("faults.beforeSeconds", 10));
    private final Duration outage = Duration.ofSeconds(Integer.getInteger("faults.outageSeconds", 10));
    private final Duration after = Duration.ofSeconds(Integer.getInteger("faults.afterSeconds", 15));
    private final Duration recoveryLimit = Duration.ofSeconds(Integer.getInteger("faults.recoverySeconds", 10));
    private final Path script = Path.of(System.getProperty("faults.script", "docker/local-cluster"));
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private final ConcurrentLinkedQueue<Api.Outcome> outcomes = new ConcurrentLinkedQueue<>();
    /** Acknowledged processors: id to the names it was acknowledged with (created, then renamed). */
    private final Map<Long, List<String>> processors = new ConcurrentHashMap<>();
    private final Map<Long, String> engagements = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong backAt = new AtomicLong(Long.MAX_VALUE);
    private final List<String> failures = new ArrayList<>();

    private Faults() {
        api = new Api(System.getProperty("faults.url", "http://127.0.0.1:8301/"),
                env("ART28_DEMO_PASSWORD", "demo-art28"),
                Duration.ofSeconds(Integer.getInteger("faults.timeoutSeconds", 15)), clients);
    }

    public static void main(String[] args) throws Exception {
        boolean passed = new Faults().check();
        System.exit(passed ? 0 : 1);
    }

    private boolean check() throws Exception {
        Api.Outcome ready = api.send(api.get("health/ready", null));
        if (ready.status() != 200) {
            log("FAIL %s is not ready: %s", api.base, ready.describe());
            return false;
        }
        log("faults: %d clients against %s, kill after %s, database away for %s, run %s", clients, api.base,
                before, outage, run);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> write(client));
        }
        long started = System.nanoTime();
        pause(before);
        killedAt.set(System.nanoTime());
        local("db-kill");
        pause(outage);
        local("db-start");
        backAt.set(System.nanoTime());
        long recovered = waitForRecovery();
        pause(after);
        stop.set(true);
        pool.shutdown();
        if (!pool.awaitTermination(api.timeoutSeconds() + 5, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double total = (System.nanoTime() - started) / 1e9;
        report(recovered, total);
        verify();
        failures.forEach(f -> log("FAIL %s", f));
        log(failures.isEmpty() ? "PASS all fault checks" : "FAIL %d fault checks failed", failures.size());
        return failures.isEmpty();
    }

    /** One client: create a processor, an engagement for it, rename the processor with its version; again. */
    private void write(int client) {
        String today = LocalDate.now().toString();
        for (int n = 0; !stop.get(); n++) {
            String name = "Faults " + run + " c" + client + " n" + n;
            Api.Outcome created = record(api.send(api.post("api/processors", "procurement",
                    "{\"name\":" + Api.quote(name) + ",\"country\":\"NL\",\"riskTier\":\"LOW\"}")));
            if (!created.ok()) {
                continue;
            }
            long id = Api.id(created.body()).orElseThrow();
            processors.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
            String description = "Faults " + run + " engagement c" + client + " n" + n;
            Api.Outcome engagement = record(api.send(api.post("api/engagements", "procurement",
                    "{\"processorId\":" + id + ",\"description\":" + Api.quote(description)
                            + ",\"businessOwner\":\"Faults\",\"purposes\":[\"a\"],\"dataCategories\":[\"contact\"],"
                            + "\"dataSubjects\":[\"customers\"],\"countries\":[\"NL\"],\"startsOn\":\"" + today
                            + "\"}")));
            if (engagement.ok()) {
                engagements.put(Api.id(engagement.body()).orElseThrow(), description);
            }
            String renamed = name + " renamed";
            Api.Outcome update = record(api.send(api.put("api/processors/" + id, "procurement",
                    "{\"version\":" + Api.version(created.body()).orElseThrow() + ",\"name\":" + Api.quote(renamed)
                            + ",\"country\":\"NL\",\"riskTier\":\"MEDIUM\"}")));
            if (update.ok()) {
                processors.get(id).add(renamed);
            }
        }
    }

    private Api.Outcome record(Api.Outcome outcome) {
        outcomes.add(outcome);
        return outcome;
    }

    /** The first 2xx answered after the database came back, polled with an authenticated read as well. */
    private long waitForRecovery() {
        long deadline = backAt.get() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Api.Outcome probe = api.send(api.get("api/processors?size=1", "procurement"));
            if (probe.ok()) {
                return firstOkAfter(backAt.get()).orElse(probe.answeredNanos());
            }
            pause(Duration.ofMillis(100));
        }
        return firstOkAfter(backAt.get()).orElse(Long.MAX_VALUE);
    }

    private java.util.Optional<Long> firstOkAfter(long since) {
        return outcomes.stream().filter(o -> o.ok() && o.sentNanos() >= since).map(Api.Outcome::answeredNanos)
                .min(Long::compare);
    }

    private void report(long recovered, double total) {
        Map<String, Integer> beforeKill = new TreeMap<>();
        Map<String, Integer> during = new TreeMap<>();
        Map<String, Integer> afterBack = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Api.Outcome o : outcomes) {
            String key = o.failure() != null ? "no answer" : o.unavailableProblem() ? "503 problem+json"
                    : String.valueOf(o.status());
            Map<String, Integer> phase = o.answeredNanos() < killedAt.get() ? beforeKill
                    : o.answeredNanos() < backAt.get() ? during : afterBack;
            phase.merge(key, 1, Integer::sum);
            boolean allowed = o.ok() || (o.unavailableProblem() && o.answeredNanos() >= killedAt.get());
            if (!allowed) {
                wrong.add(String.format("%.0f s after the kill: %s", (o.answeredNanos() - killedAt.get()) / 1e9,
                        o.describe()));
            }
        }
        double recoverySeconds = recovered == Long.MAX_VALUE ? Double.NaN : (recovered - backAt.get()) / 1e9;
        double slowest = outcomes.stream().mapToDouble(Api.Outcome::millis).max().orElse(0);
        double slowestDuring = outcomes.stream().filter(o -> o.answeredNanos() >= killedAt.get()
                && o.answeredNanos() < backAt.get()).mapToDouble(Api.Outcome::millis).max().orElse(0);
        log("requests: %d in %.0f s; acknowledged: %d processors, %d engagements, %d renames", outcomes.size(), total,
                processors.size(), engagements.size(),
                processors.values().stream().mapToInt(names -> names.size() - 1).sum());
        log("answers before the kill: %s", beforeKill);
        log("answers during the outage (kill to database back, %.1f s): %s", (backAt.get() - killedAt.get()) / 1e9,
                during);
        log("answers after the database came back: %s", afterBack);
        log("slowest answer: %.0f ms (during the outage: %.0f ms)", slowest, slowestDuring);
        log("recovery: first 2xx %.2f s after the database accepted connections again (limit %d s)",
                recoverySeconds, recoveryLimit.toSeconds());
        check(wrong.isEmpty(), "every answer is a 2xx or, from the kill on, 503 problem+json with Retry-After"
                + (wrong.isEmpty() ? "" : ": " + wrong.size() + " others, first " + wrong.subList(0,
                        Math.min(5, wrong.size()))));
        check(during.getOrDefault("503 problem+json", 0) > 0, "the outage was seen: 503 problem+json during it");
        check(beforeKill.getOrDefault("201", 0) > 0 && afterBack.getOrDefault("201", 0) > 0,
                "writes acknowledged before the kill and after the return");
        check(recoverySeconds <= recoveryLimit.toSeconds(), String.format(
                "serves again %.2f s after the database returned (limit %d s)", recoverySeconds,
                recoveryLimit.toSeconds()));
    }

    /**
     * Every acknowledged write, read back through the API. A processor must be there under its last acknowledged
     * name or under a later one whose request got no 2xx: a rename cut off while being committed may have landed
     * (the 503 says so), and that is not a lost write.
     */
    private void verify() {
        int missing = 0;
        int landedUnacknowledged = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<Long, List<String>> processor : processors.entrySet()) {
            Api.Outcome read = api.send(api.get("api/processors/" + processor.getKey(), "procurement"));
            List<String> names = processor.getValue();
            String acknowledged = names.get(names.size() - 1);
            String attemptedLater = names.get(0) + " renamed";
            if (read.status() == 200 && read.body().contains("\"name\":" + Api.quote(acknowledged))) {
                continue;
            }
            if (read.status() == 200 && read.body().contains("\"name\":" + Api.quote(attemptedLater))) {
                landedUnacknowledged++;
                continue;
            }
            missing++;
            examples.add("processor " + processor.getKey() + " (" + acknowledged + "): " + read.describe());
        }
        for (Map.Entry<Long, String> engagement : engagements.entrySet()) {
            Api.Outcome read = api.send(api.get("api/engagements/" + engagement.getKey(), "procurement"));
            if (read.status() != 200 || !read.body().contains("\"description\":" + Api.quote(engagement.getValue()))) {
                missing++;
                examples.add("engagement " + engagement.getKey() + ": " + read.describe());
            }
        }
        int acknowledged = processors.values().stream().mapToInt(List::size).sum() + engagements.size();
        log("read back: %d acknowledged writes, %d missing or not as acknowledged; %d renames answered 503 that"
                + " had landed all the same", acknowledged, missing, landedUnacknowledged);
        check(missing == 0, "every acknowledged write is there afterwards, as acknowledged"
                + (missing == 0 ? "" : ": " + examples.subList(0, Math.min(5, examples.size()))));
    }

    private void check(boolean passed, String what) {
        log("%s %s", passed ? "PASS" : "FAIL", what);
        if (!passed) {
            failures.add(what);
        }
    }

    /** docker/local-cluster, with the environment it was given (LOCAL_DB_PORT and friends). */
    private void local(String command) throws IOException, InterruptedException {
        log("%s: local-cluster %s", Instant.now(), command);
        Process process = new ProcessBuilder(script.toString(), command).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("local-cluster " + command + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("local-cluster " + command + " failed: " + process.exitValue());
        }
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
