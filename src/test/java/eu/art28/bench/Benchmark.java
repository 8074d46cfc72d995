package eu.art28.bench;

import static eu.art28.bench.Workload.env;
import static eu.art28.bench.Workload.log;
import static eu.art28.bench.Workload.required;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.mariadb.jdbc.MariaDbDataSource;

import eu.art28.catalogue.control.Compatibility;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.Links;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.CoverageEngine;
import eu.art28.evidence.control.EvidenceOnFile;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.control.SecurityPolicy;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.Scopes;
import eu.art28.processors.entity.RiskTier;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferCountry;

/**
 * Times, in one run against a running Art28 on the bench workload ({@link Workload}):
 * <ul>
 * <li>the full scan ({@code POST /api/coverage/scan}) against its floor, a hand-written set-based SQL query for the
 * same findings ({@code coverage-floor.sql}), and checks that the scan's open alerts are exactly those findings,
 * down the sub-processor chain too: same subjects, rules, and entries in the same order;</li>
 * <li>the re-evaluation after one agreement change: legal approving an agreement in review, or terminating one in
 * force, through the API, which re-judges the processor's engagements before it answers;</li>
 * <li>the what-if check ({@code POST /api/coverage/check});</li>
 * <li>the floors of any request: a request without login, one with HTTP Basic, and the password hash alone;</li>
 * <li>the same coverage work in this JVM, with the application's own {@link Scopes}, {@link Links},
 * {@link EvidenceOnFile} and {@link CoverageEngine} (with the default security policy) on a plain data source:
 * reading and judging without HTTP, login, container and alerts.</li>
 * </ul>
 * Every loop is bounded in count and in time; it talks only to a URL on this machine and to the given database.
 * Prints the results and writes them under {@code target/bench/}. Each run approves and terminates agreements, so
 * it changes the workload a little (docs/benchmarks.md).
 */
public final class Benchmark {

    private static final Pattern APP_TIME = Pattern.compile("(?:^|, )app;dur=([0-9.]+)");
    /**
     * From this many engagements a processor is one of the workload's cloud providers: their re-evaluations and
     * the others' are told apart, because the p99 of all falls among the few large ones.
     */
    private static final int LARGE_FROM = 50;
    private static final String SMALL = "    processors with fewer than " + LARGE_FROM + " engagements";
    private static final String LARGE = "    processors with " + LARGE_FROM + " engagements or more";

    private static final Pattern COVERAGE_TIME = Pattern.compile("(?:^|, )coverage;dur=([0-9.]+)");


    /** What {@code accounts.control.PasswordHashing} uses, for the floor every HTTP Basic request pays. */
    private static final int PBKDF2_ITERATIONS = 30_000;

    /** The rules of the coverage scan, all about engagements (deadlines are the expiry policy's, not measured here). */
    private static final Set<String> COVERAGE_RULES = Set.of("NO_AGREEMENT", "AGREEMENT_NOT_IN_FORCE",
            "AGREEMENT_SCOPE_EMPTY", "PURPOSE_NOT_COVERED", "DATA_CATEGORY_NOT_COVERED", "DATA_SUBJECT_NOT_COVERED",
            "SPECIAL_CATEGORY_NOT_ALLOWED", "COUNTRY_NOT_COVERED", "TRANSFER_WITHOUT_SAFEGUARD",
            "SUBPROCESSING_NOT_ALLOWED", "SUBPROCESSOR_NOT_AUTHORISED", "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT",
            "FLOW_DOWN_MISSING", "CONFIDENTIALITY_NOT_GUARANTEED", "SECURITY_NOT_DEMONSTRATED", "PURPOSE_INCOMPATIBLE");
    /** The rules that only the sub-processor chain gives (TRANSFER_WITHOUT_SAFEGUARD may name a path too). */
    private static final Set<String> CHAIN_RULES = Set.of("SUBPROCESSING_NOT_ALLOWED", "SUBPROCESSOR_NOT_AUTHORISED",
            "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT", "FLOW_DOWN_MISSING");
    /** Rules whose entries the engine lists in the order the agreements were read: compared as sets. */
    private static final Set<String> UNORDERED_RULES = Set.of("AGREEMENT_SCOPE_EMPTY");
    /** How {@code alerts.entity.Alert} joins the entries of a finding, and how much of them it keeps. */
    private static final String SEPARATOR = "\u001F";
    private static final int MISSING_LENGTH = 2000;

    /** A what-if question, shaped like one real engagement. */
    record Question(long processorId, Set<String> purposes, Set<String> dataCategories, Set<String> dataSubjects,
            Set<String> countries, RiskTier riskTier) {

        String json() {
            return "{\"processorId\":" + processorId + ",\"purposes\":" + array(purposes) + ",\"dataCategories\":"
                    + array(dataCategories) + ",\"dataSubjects\":" + array(dataSubjects) + ",\"countries\":"
                    + array(countries) + "}";
        }

        private static String array(Set<String> values) {
            return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
        }
    }

    /** An agreement to change, and how many engagements its processor has (all re-judged by the change). */
    record Change(long id, long version, long processorId, long engagements) {
    }

    private final URI base;
    private final String password;
    private final Connection db;
    private final Scopes scopes;
    private final Links links;
    private final EvidenceOnFile evidence;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(Workload.SEED);
    private final Duration phaseBudget;
    private final List<String> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Benchmark(URI base, String password, Connection db, Scopes scopes, Links links, EvidenceOnFile evidence,
            Duration phaseBudget) {
        this.base = base;
        this.password = password;
        this.db = db;
        this.scopes = scopes;
        this.links = links;
        this.evidence = evidence;
        this.phaseBudget = phaseBudget;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(System.getProperty("bench.url", "http://localhost:8180/"));
        if (!Set.of("localhost", "127.0.0.1").contains(base.getHost())) {
            throw new IllegalArgumentException("bench.url must be on this machine, got " + base);
        }
        String url = required("ART28_DB_URL");
        String user = env("ART28_DB_USER", "art28");
        String dbPassword = env("ART28_DB_PASSWORD", "");
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser(user);
        dataSource.setPassword(dbPassword);
        try (Connection db = DriverManager.getConnection(url, user, dbPassword)) {
            new Benchmark(base, env("ART28_DEMO_PASSWORD", "demo-art28"), db, new Scopes(dataSource),
                    new Links(dataSource), new EvidenceOnFile(dataSource), Duration.ofSeconds(Integer.getInteger("bench.phaseSeconds", 300)))
                    .run(Integer.getInteger("bench.scans", 5), Integer.getInteger("bench.trivial", 300),
                            Integer.getInteger("bench.checks", 1000), Integer.getInteger("bench.approvals", 200),
                            Integer.getInteger("bench.terminations", 100), Integer.getInteger("bench.exports", 5));
        }
    }

    void run(int scans, int trivial, int checks, int approvals, int terminations, int exports) throws Exception {
        requireReady();
        List<String> head = new ArrayList<>();
        head.add("Art28 coverage benchmark, " + LocalDateTime.now().withNano(0) + ", " + base + ", MariaDB "
                + db.getMetaData().getDatabaseProductVersion() + ", " + Runtime.getRuntime().availableProcessors()
                + " processors");
        head.add(String.format("workload: %,d processors, %,d agreements (%,d in review), %,d engagements"
                + " (%,d judged, %,d ended)", count("select count(*) from processor"),
                count("select count(*) from agreement"),
                count("select count(*) from agreement where status = 'IN_REVIEW'"),
                count("select count(*) from engagement"),
                count("select count(*) from engagement where ends_on is null or ends_on >= curdate()"),
                count("select count(*) from engagement where ends_on < curdate()")));
        head.add(String.format("evidence: %,d items (%,d withdrawn, %,d expired), %,d processors without any on"
                + " file", count("select count(*) from evidence"),
                count("select count(*) from evidence where withdrawn_at is not null"),
                count("select count(*) from evidence where withdrawn_at is null and valid_until < curdate()"),
                count("select count(*) from processor p where not exists (select 1 from evidence e"
                        + " where e.processor_id = p.id and e.withdrawn_at is null)")));
        head.add(String.format("sub-processor links: %,d (%,d ended, %,d replacing another, %,d processors using"
                + " sub-processors)", count("select count(*) from subprocessor_link"),
                count("select count(*) from subprocessor_link where ends_on < curdate()"),
                count("select count(*) from subprocessor_link where replaces_link_id is not null"),
                count("select count(distinct processor_id) from subprocessor_link")));
        table.add("| measurement | n | p50 ms | p95 ms | p99 ms | max ms | target | met |");
        table.add("|---|---|---|---|---|---|---|---|");

        // 1. the full scan, its floor, and the same work in this JVM; then: do the scan and the floor agree?
        Latencies floor = new Latencies("SQL floor (coverage-floor.sql over JDBC)");
        List<String[]> floorFindings = floor(scans, floor);
        Latencies scanServer = new Latencies("full scan: POST /api/coverage/scan, `millis` in the answer");
        Latencies scanClient = new Latencies("full scan: the same, HTTP round trip");
        int[] scanned = scan(scans, scanServer, scanClient);
        String agreement = compareWithAlerts(floorFindings);
        List<Latencies> inProcess = inProcessScan(scans);
        double scanMedian = scanServer.median();
        row(scanServer, "<= 2000 and <= 1.5 x floor",
                met(scanMedian <= 2000 && scanMedian <= 1.5 * floor.median()));
        row(scanClient, "", "");
        row(floor, "(floor)", "");
        inProcess.forEach(l -> row(l, "", ""));

        // 2. one agreement changes: legal approves one in review, or terminates one in force
        List<Change> toApprove = changes("a.status = 'IN_REVIEW'", approvals + 20);
        Latencies approve = new Latencies("approve one agreement: POST /api/agreements/{id}/approve");
        Latencies approveServer = new Latencies("  the same, time in the application (Server-Timing)");
        Latencies approveCoverage = new Latencies("  of it, the re-evaluation (Server-Timing coverage)");
        Latencies approveSmall = new Latencies(SMALL);
        Latencies approveLarge = new Latencies(LARGE);
        decide(toApprove, 20, approve, approveServer, approveCoverage, approveSmall, approveLarge, "approve",
                c -> "{\"version\":" + c.version() + "}");
        String yesterday = LocalDate.now().minusDays(1).toString();
        List<Change> toTerminate = changes("a.status = 'APPROVED' and a.effective_from <= curdate()"
                + " and (a.expires_on is null or a.tacit_renewal or a.expires_on >= curdate())", terminations + 10);
        Latencies terminate = new Latencies("terminate one agreement: POST /api/agreements/{id}/terminate");
        Latencies terminateServer = new Latencies("  the same, time in the application (Server-Timing)");
        Latencies terminateCoverage = new Latencies("  of it, the re-evaluation (Server-Timing coverage)");
        Latencies terminateSmall = new Latencies(SMALL);
        Latencies terminateLarge = new Latencies(LARGE);
        decide(toTerminate, 10, terminate, terminateServer, terminateCoverage, terminateSmall, terminateLarge,
                "terminate", c -> "{\"version\":" + c.version() + ",\"reason\":\"benchmark: terminated\","
                        + "\"terminatedOn\":\"" + yesterday + "\"}");
        Latencies rejudge = inProcess("in-process: re-judge one processor's engagements (read + judge)",
                toApprove.stream().map(Change::processorId).toList(), this::rejudge);
        row(approve, "p99 <= 20", met(approve.percentile(99) <= 20));
        row(approveServer, "p99 <= 20", met(approveServer.percentile(99) <= 20));
        row(approveCoverage, "p99 <= 20", met(approveCoverage.percentile(99) <= 20));
        row(approveSmall, "", "");
        row(approveLarge, "", "");
        row(terminate, "p99 <= 20", met(terminate.percentile(99) <= 20));
        row(terminateServer, "p99 <= 20", met(terminateServer.percentile(99) <= 20));
        row(terminateCoverage, "p99 <= 20", met(terminateCoverage.percentile(99) <= 20));
        row(terminateSmall, "", "");
        row(terminateLarge, "", "");
        row(rejudge, "", "");

        // 3. what-if on random processors, shaped like their real engagements
        List<Question> questions = questions(checks + 200);
        Latencies checkServer = new Latencies("  the same, time in the application (Server-Timing)");
        Latencies check = timed("what-if: POST /api/coverage/check", 200, questions.size(), checkServer,
                i -> post("api/coverage/check", "manager", questions.get(i).json()));
        Latencies checkInProcess = inProcess("in-process: what-if (read the processor's agreements + judge)",
                questions, this::whatIf);
        row(check, "p99 <= 10", met(check.percentile(99) <= 10));
        row(checkServer, "p99 <= 10", met(checkServer.percentile(99) <= 10));
        row(checkInProcess, "", "");

        // 4. what every request costs before it does anything
        Latencies health = timed("GET /health/ready (no login)", 20, trivial + 20, null,
                i -> get("health/ready", null));
        Latencies catalogue = timed("GET /api/catalogue/purposes (HTTP Basic)", 20, trivial + 20, null,
                i -> get("api/catalogue/purposes", "manager"));
        Latencies pbkdf2 = pbkdf2(trivial);
        // 5. the whole processor register as a file, streamed (issue 8: "10k rows within seconds")
        long processors = count("select count(*) from processor");
        Latencies xlsx = export("processor register: GET /api/reports/processors.xlsx (all rows)",
                "api/reports/processors.xlsx", exports, processors);
        Latencies csv = export("processor register: GET /api/reports/processors.csv (all rows)",
                "api/reports/processors.csv", exports, processors);
        row(xlsx, "<= 5000", met(xlsx.median() <= 5000));
        row(csv, "<= 5000", met(csv.median() <= 5000));

        row(health, "(floor of a request)", "");
        row(catalogue, "(floor of an API request)", "");
        row(pbkdf2, "", "");

        List<String> lines = new ArrayList<>(head);
        lines.add("");
        lines.addAll(table);
        lines.add("");
        lines.add(String.format("- scan: %,d engagements, %,d findings; scan / floor (medians) = %.2f", scanned[0],
                scanned[1], scanMedian / floor.median()));
        lines.add("- scan `millis`, each run: " + format(scanServer.values()) + " (after one warm-up scan)");
        lines.add("- floor, each run: " + format(floor.values()) + " (after one warm-up run)");
        lines.add("- floor vs the scan's open alerts: " + agreement);
        lines.add(String.format("- engagements re-judged per approval: median %d, max %d; per termination: median %d,"
                + " max %d", median(toApprove, 20), max(toApprove, 20), median(toTerminate, 10),
                max(toTerminate, 10)));
        notes.forEach(n -> lines.add("- " + n));
        String text = String.join("\n", lines) + "\n";
        System.out.println();
        System.out.print(text);
        Path out = Path.of("target", "bench", "results-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        log("written to %s", out);
    }

    // ---- the full scan, its floor, in process ----

    private List<String[]> floor(int runs, Latencies latencies) throws IOException, SQLException {
        String sql;
        try (InputStream in = Benchmark.class.getResourceAsStream("coverage-floor.sql")) {
            sql = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> findings = List.of();
        long deadline = deadline();
        for (int i = 0; i <= runs && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            List<String[]> rows = new ArrayList<>();
            try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)});
                }
            }
            long nanos = System.nanoTime() - start;
            if (i > 0) {
                latencies.addNanos(nanos);
            }
            log("floor run %d: %,d rows (entries of findings) in %.0f ms%s", i, rows.size(), nanos / 1e6,
                    i == 0 ? " (warm-up)" : "");
            findings = rows;
        }
        return findings;
    }

    private int[] scan(int runs, Latencies server, Latencies client) {
        int[] scanned = new int[2];
        long deadline = deadline();
        for (int i = 0; i <= runs && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(request("api/coverage/scan", "admin", Duration.ofMinutes(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
            long nanos = System.nanoTime() - start;
            expect(response, 200, "scan");
            JsonObject result = Json.createReader(new StringReader(response.body())).readObject();
            scanned[0] = result.getInt("engagements");
            scanned[1] = result.getInt("findings");
            long millis = result.getJsonNumber("millis").longValue();
            if (i > 0) {
                server.addMillis(millis);
                client.addNanos(nanos);
            }
            log("scan run %d: %,d engagements, %,d findings, %d ms in the server, %.0f ms round trip%s", i,
                    scanned[0], scanned[1], millis, nanos / 1e6, i == 0 ? " (warm-up)" : "");
        }
        return scanned;
    }

    /**
     * What the scan does before it stores alerts, in this JVM: read every engagement, agreement and sub-processor
     * link with the application's {@link Scopes} and {@link Links}, judge each engagement down the chain with its
     * {@link CoverageEngine}, and the links' objection deadlines.
     */
    private List<Latencies> inProcessScan(int runs) {
        Latencies engagements = new Latencies("in-process: read 100k engagements (Scopes)");
        Latencies agreements = new Latencies("in-process: read all agreements (Scopes)");
        Latencies chainRead = new Latencies("in-process: read all sub-processor links (Links)");
        Latencies evidenceRead = new Latencies("in-process: read all evidence on file (EvidenceOnFile)");
        Latencies judge = new Latencies("in-process: judge every engagement down the chain (CoverageEngine)");
        long deadline = deadline();
        for (int i = 0; i <= runs && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            List<EngagementScope> scoped = scopes.engagements(null, null);
            long read = System.nanoTime();
            Map<Long, List<AgreementScope>> byProcessor = scopes.agreementsByProcessor(null);
            long readAgreements = System.nanoTime();
            Chain chain = links.all();
            long readLinks = System.nanoTime();
            Map<Long, List<EvidenceScope>> onFile = evidence.byProcessor(null);
            long readEvidence = System.nanoTime();
            CoverageEngine engine = engine();
            LocalDate today = LocalDate.now();
            int findings = 0;
            for (EngagementScope engagement : scoped) {
                findings += engine.evaluate(engagement, byProcessor.getOrDefault(engagement.processorId(), List.of()),
                        chain, onFile.getOrDefault(engagement.processorId(), List.of()), today).size();
            }
            long end = System.nanoTime();
            if (i > 0) {
                engagements.addNanos(read - start);
                agreements.addNanos(readAgreements - read);
                chainRead.addNanos(readLinks - readAgreements);
                evidenceRead.addNanos(readEvidence - readLinks);
                judge.addNanos(end - readEvidence);
            }
            log("in-process run %d: %,d engagements, %,d links, %,d processors with evidence, %,d findings; read %.0f"
                    + " + %.0f + %.0f + %.0f ms, judged in %.0f ms%s", i, scoped.size(), chain.links().size(),
                    onFile.size(), findings, (read - start) / 1e6, (readAgreements - read) / 1e6,
                    (readLinks - readAgreements) / 1e6, (readEvidence - readLinks) / 1e6, (end - readEvidence) / 1e6,
                    i == 0 ? " (warm-up)" : "");
        }
        return List.of(engagements, agreements, chainRead, evidenceRead, judge);
    }

    /**
     * The scan's open alerts against the floor's findings: the same subjects (engagements, and links for the
     * objection deadlines), rules, and entries. The floor gives each entry a sort key that puts the entries of a
     * finding in the engine's order (codes sorted, then the paths in the order the engine walks the chain), so the
     * entries are joined and cut as {@code Alert} stores them and compared as text: the path strings of the chain
     * rules ("P \u2192 S [PENDING]", "P \u2192 S \u2192 T: US") included. Only the agreements of
     * AGREEMENT_SCOPE_EMPTY, listed in the order they were read, are compared as sets.
     */
    private String compareWithAlerts(List<String[]> floorFindings) throws SQLException {
        Map<String, List<String[]>> entries = new TreeMap<>();
        for (String[] f : floorFindings) {
            List<String[]> list = entries.computeIfAbsent(f[0] + " " + f[1], k -> new ArrayList<>());
            if (f[2] != null) {
                list.add(f);
            }
        }
        Map<String, String> floor = new TreeMap<>();
        entries.forEach((key, list) -> {
            boolean unordered = UNORDERED_RULES.contains(rule(key));
            floor.put(key, missing(list.stream()
                    .sorted(Comparator.comparing((String[] f) -> unordered ? f[2] : f[3]))
                    .map(f -> f[2]).toList(), unordered));
        });
        Map<String, String> alerts = new TreeMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select subject, rule, missing from alert where open_key is not null")) {
            while (rows.next()) {
                String rule = rows.getString(2);
                if (COVERAGE_RULES.contains(rule)) {
                    String missing = rows.getString(3);
                    boolean unordered = UNORDERED_RULES.contains(rule);
                    alerts.put(rows.getString(1) + " " + rule, missing == null || missing.isEmpty() ? ""
                            : missing(List.of(missing.split(SEPARATOR, -1)), unordered));
                }
            }
        }
        Set<String> onlyFloor = new TreeSet<>(floor.keySet());
        onlyFloor.removeAll(alerts.keySet());
        Set<String> onlyAlerts = new TreeSet<>(alerts.keySet());
        onlyAlerts.removeAll(floor.keySet());
        List<String> differentEntries = floor.keySet().stream().filter(alerts::containsKey)
                .filter(k -> !floor.get(k).equals(alerts.get(k)))
                .map(k -> k + ": floor '" + floor.get(k).replace(SEPARATOR, " | ") + "', alert '"
                        + alerts.get(k).replace(SEPARATOR, " | ") + "'")
                .toList();
        Map<String, Long> byRule = floor.keySet().stream()
                .collect(Collectors.groupingBy(Benchmark::rule, TreeMap::new, Collectors.counting()));
        long chain = floor.keySet().stream().filter(k -> CHAIN_RULES.contains(rule(k))).count();
        long transfersDown = entries.entrySet().stream()
                .filter(e -> rule(e.getKey()).equals("TRANSFER_WITHOUT_SAFEGUARD"))
                .filter(e -> e.getValue().stream().anyMatch(f -> f[2].contains(" \u2192 "))).count();
        long truncated = floor.values().stream().filter(m -> m.length() == MISSING_LENGTH && m.endsWith("\u2026"))
                .count();
        notes.add("findings by rule: " + byRule);
        notes.add(String.format("findings down the sub-processor chain: %,d (%s), and %,d transfer findings that name"
                + " a path", chain, String.join(", ", new TreeSet<>(CHAIN_RULES)), transfersDown));
        if (onlyFloor.isEmpty() && onlyAlerts.isEmpty() && differentEntries.isEmpty()) {
            return String.format("identical (%,d findings, same subjects, rules and entries%s)", floor.size(),
                    truncated == 0 ? "" : String.format("; %,d cut at %,d characters as the alerts are", truncated,
                            MISSING_LENGTH));
        }
        return String.format("DIFFERENT: %,d only in the floor %s, %,d only in alerts %s, %,d with other entries %s",
                onlyFloor.size(), first(onlyFloor), onlyAlerts.size(), first(onlyAlerts), differentEntries.size(),
                first(differentEntries));
    }

    /** The entries as an alert stores them: joined, and cut to the column's length as {@code Alert} does. */
    private static String missing(List<String> entries, boolean unordered) {
        String joined = String.join(SEPARATOR, unordered ? entries.stream().sorted().toList() : entries);
        return joined.length() <= MISSING_LENGTH ? joined : joined.substring(0, MISSING_LENGTH - 1) + "\u2026";
    }

    private static String rule(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    // ---- agreement changes ----

    /** Up to {@code count} agreements matching the condition, in seeded random order. */
    private List<Change> changes(String condition, int count) throws SQLException {
        List<Change> all = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select a.id, a.version, a.processor_id, (select count(*) from engagement e"
                        + " where e.processor_id = a.processor_id) from agreement a where " + condition
                        + " order by a.id")) {
            while (rows.next()) {
                all.add(new Change(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        Collections.shuffle(all, random);
        if (all.size() < count) {
            notes.add(String.format("only %d agreements with %s were left; load a fresh workload for a full run",
                    all.size(), condition));
        }
        return all.subList(0, Math.min(count, all.size()));
    }

    private void decide(List<Change> changes, int warmUp, Latencies latencies, Latencies server, Latencies coverage,
            Latencies small, Latencies large, String action, Function<Change, String> body) {
        long deadline = deadline();
        for (int i = 0; i < changes.size() && System.nanoTime() < deadline; i++) {
            Change change = changes.get(i);
            long start = System.nanoTime();
            HttpResponse<String> response = post("api/agreements/" + change.id() + "/" + action, "legal",
                    body.apply(change));
            long nanos = System.nanoTime() - start;
            expect(response, 200, action + " " + change.id());
            if (i >= warmUp) {
                latencies.addNanos(nanos);
                serverTiming(response, APP_TIME, server);
                serverTiming(response, COVERAGE_TIME, coverage);
                serverTiming(response, COVERAGE_TIME, change.engagements() >= LARGE_FROM ? large : small);
            }
        }
        log("%s", latencies.summary());
    }

    /**
     * What a change re-judges, as {@code Coverage.onAgreementDecided} does, without storing alerts: the processor's
     * engagements, down the links beneath it.
     */
    private int rejudge(long processorId) {
        List<EngagementScope> engagements = scopes.engagements(null, List.of(processorId));
        Chain chain = links.beneath(List.of(processorId));
        List<AgreementScope> agreements = scopes.agreementsByProcessor(List.of(processorId))
                .getOrDefault(processorId, List.of());
        List<EvidenceScope> onFile = evidence.byProcessor(List.of(processorId)).getOrDefault(processorId, List.of());
        CoverageEngine engine = engine();
        int findings = 0;
        for (EngagementScope engagement : engagements) {
            findings += engine.evaluate(engagement, agreements, chain, onFile, LocalDate.now()).size();
        }
        return findings;
    }

    private static long median(List<Change> changes, int skip) {
        List<Long> counts = changes.stream().skip(skip).map(Change::engagements).sorted().toList();
        return counts.isEmpty() ? 0 : counts.get((counts.size() - 1) / 2);
    }

    private static long max(List<Change> changes, int skip) {
        return changes.stream().skip(skip).mapToLong(Change::engagements).max().orElse(0);
    }

    // ---- what-if ----

    /** Questions shaped like random engagements still running: their processor, codes and countries. */
    private List<Question> questions(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select id from engagement where ends_on is null or ends_on >= curdate() order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < count && !ids.isEmpty(); i++) {
            chosen.add(ids.get(random.nextInt(ids.size())));
        }
        String in = chosen.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Long> processors = new HashMap<>();
        Map<Long, RiskTier> tiers = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select e.id, e.processor_id, p.risk_tier from engagement e join processor p on p.id = e.processor_id"
                        + " where e.id in (" + in + ")")) {
            while (rows.next()) {
                processors.put(rows.getLong(1), rows.getLong(2));
                tiers.put(rows.getLong(1), rows.getString(3) == null ? null : RiskTier.valueOf(rows.getString(3)));
            }
        }
        Map<Long, Set<String>> purposes = codes("engagement_purpose", "code", in);
        Map<Long, Set<String>> categories = codes("engagement_data_category", "code", in);
        Map<Long, Set<String>> subjects = codes("engagement_data_subject", "code", in);
        Map<Long, Set<String>> countries = codes("engagement_country", "country", in);
        return chosen.stream().map(id -> new Question(processors.get(id), purposes.getOrDefault(id, Set.of()),
                categories.getOrDefault(id, Set.of()), subjects.getOrDefault(id, Set.of()),
                countries.getOrDefault(id, Set.of()), tiers.get(id))).toList();
    }

    private Map<Long, Set<String>> codes(String table, String column, String in) throws SQLException {
        Map<Long, Set<String>> codes = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select engagement_id, " + column + " from " + table + " where engagement_id in (" + in + ")")) {
            while (rows.next()) {
                codes.computeIfAbsent(rows.getLong(1), k -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return codes;
    }

    /** The application's engine with the catalogue's special categories and the transfer rules as stored. */
    private CoverageEngine engine() {
        List<TransferCountry.Row> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(
                "select code, eea, adequacy_decision, adequacy_adopted_on, adequacy_ends_on, adequacy_partial"
                        + " from transfer_country")) {
            while (result.next()) {
                rows.add(new TransferCountry.Row(result.getString(1), result.getBoolean(2), result.getString(3),
                        localDate(result.getDate(4)), localDate(result.getDate(5)), result.getBoolean(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the transfer countries", e);
        }
        Map<String, List<String>> compatible = new HashMap<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(
                "select p.code, c.code from purpose p join purpose_compatible c on c.purpose_id = p.id")) {
            while (result.next()) {
                compatible.computeIfAbsent(result.getString(1), p -> new ArrayList<>()).add(result.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the compatible purposes", e);
        }
        // the application's defaults (ART28_SECURITY_EVIDENCE_*), as the run's Payara is started without them
        return new CoverageEngine(scopes.sensitiveCategories(), TransferRules.of(rows), new Compatibility(compatible),
                SecurityPolicy.parse(SecurityPolicy.DEFAULT_HIGH, SecurityPolicy.DEFAULT_MEDIUM,
                        SecurityPolicy.DEFAULT_LOW));
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * What {@code Coverage.check} does for one question: the processor's agreements, the links beneath it and its
     * evidence.
     */
    private int whatIf(Question q) {
        List<AgreementScope> agreements = scopes.agreementsByProcessor(List.of(q.processorId()))
                .getOrDefault(q.processorId(), List.of());
        EngagementScope hypothetical = new EngagementScope(0, q.processorId(), "what-if", q.purposes(),
                q.dataCategories(), q.dataSubjects(), q.countries(), LocalDate.now(), null, null, q.riskTier());
        return engine().evaluate(hypothetical, agreements, links.beneath(List.of(q.processorId())),
                evidence.byProcessor(List.of(q.processorId())).getOrDefault(q.processorId(), List.of()),
                LocalDate.now()).size();
    }

    // ---- timing ----

    /** Calls {@code work} on each input in turn, the first tenth (at least one) as warm-up. */
    private <T> Latencies inProcess(String name, Collection<T> inputs, Function<T, Integer> work) {
        Latencies latencies = new Latencies(name);
        List<T> list = List.copyOf(inputs);
        int warmUp = Math.max(1, list.size() / 10);
        long deadline = deadline();
        for (int i = 0; i < list.size() && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            work.apply(list.get(i));
            if (i >= warmUp) {
                latencies.addNanos(System.nanoTime() - start);
            }
        }
        log("%s", latencies.summary());
        return latencies;
    }

    private interface Call {
        HttpResponse<String> send(int i);
    }

    /** Calls {@code call} {@code count} times; with {@code server}, also keeps the application's Server-Timing. */
    private Latencies timed(String name, int warmUp, int count, Latencies server, Call call) {
        Latencies latencies = new Latencies(name);
        long deadline = deadline();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.send(i);
            long nanos = System.nanoTime() - start;
            expect(response, 200, name);
            if (i >= warmUp) {
                latencies.addNanos(nanos);
                if (server != null) {
                    serverTiming(response, APP_TIME, server);
                }
            }
        }
        log("%s", latencies.summary());
        return latencies;
    }

    /**
     * Downloads the whole export {@code runs} times after one warm-up, timing from the request to the last byte, and
     * checks that each holds every processor (a CSV line per processor; a workbook is a zip, "PK").
     */
    private Latencies export(String name, String path, int runs, long processors) {
        Latencies latencies = new Latencies(name);
        long deadline = deadline();
        for (int i = 0; i < runs + 1 && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request(path, "auditor", Duration.ofMinutes(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new IllegalStateException(path + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long nanos = System.nanoTime() - start;
            byte[] body = response.body();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode());
            }
            if (path.endsWith(".csv")) {
                long lines = new String(body, StandardCharsets.UTF_8).split("\r\n").length;
                if (lines != processors + 1) {
                    throw new IllegalStateException(name + ": " + lines + " lines for " + processors + " processors");
                }
            } else if (body.length < 2 || body[0] != 'P' || body[1] != 'K') {
                throw new IllegalStateException(name + ": not a workbook");
            }
            if (i >= 1) {
                latencies.addNanos(nanos);
            }
            if (i == runs) {
                notes.add(String.format("%s: %,d bytes for %,d processors", path, body.length, processors));
            }
        }
        log("%s", latencies.summary());
        return latencies;
    }

    /** One metric of the answer's {@code Server-Timing}, such as the application's own time ({@code app;dur=}). */
    private static void serverTiming(HttpResponse<String> response, Pattern metric, Latencies server) {
        response.headers().firstValue("Server-Timing").map(metric::matcher).filter(Matcher::find)
                .ifPresentOrElse(m -> server.addMillis(Double.parseDouble(m.group(1))), () -> {
                    throw new IllegalStateException("no Server-Timing in the answer to " + response.uri());
                });
    }

    /** The password check every HTTP Basic request pays, alone, in this JVM: PBKDF2 as the application does it. */
    private Latencies pbkdf2(int count) throws GeneralSecurityException {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        Latencies latencies = new Latencies("PBKDF2-SHA256, " + PBKDF2_ITERATIONS + " iterations, in this JVM");
        Supplier<byte[]> hash = () -> {
            try {
                return factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, PBKDF2_ITERATIONS, 256))
                        .getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
        long deadline = deadline();
        for (int i = 0; i < count + 20 && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            hash.get();
            if (i >= 20) {
                latencies.addNanos(System.nanoTime() - start);
            }
        }
        log("%s", latencies.summary());
        return latencies;
    }

    // ---- HTTP ----

    /**
     * The application must be up before the measurements start; the commands in docs/benchmarks.md wait for
     * Payara's "ready" line, so one look suffices and a missing application is reported at once.
     */
    private void requireReady() {
        try {
            HttpResponse<String> health = http.send(request("health/ready", null, Duration.ofSeconds(10)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            // Payara answers UP before the application is deployed: the application's own check must be there
            if (health.statusCode() == 200 && health.body().contains("\"database\",\"status\":\"UP\"")) {
                return;
            }
            throw new IllegalStateException(base + " is not ready: " + health.statusCode() + " " + health.body());
        } catch (IOException e) {
            throw new IllegalStateException(base + " does not answer; start Art28 first (docs/benchmarks.md, step 3)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String user) {
        return send(request(path, user, Duration.ofSeconds(30)).GET().build());
    }

    private HttpResponse<String> post(String path, String user, String json) {
        return send(request(path, user, Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String user, Duration timeout) {
        return Api.request(base, path, user, password, timeout);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    // ---- reporting ----

    private void row(Latencies l, String target, String met) {
        if (l.count() == 0) {
            table.add("| " + l.name() + " | 0 | | | | | " + target + " | not measured |");
            return;
        }
        table.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s | %s |", l.name(),
                l.count(), l.median(), l.percentile(95), l.percentile(99), l.max(), target, met));
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).collect(Collectors.joining(", "));
    }

    private static String first(Collection<String> keys) {
        return keys.stream().limit(5).collect(Collectors.joining("; ", "[", keys.size() > 5 ? "; ...]" : "]"));
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long deadline() {
        return System.nanoTime() + phaseBudget.toNanos();
    }
}
