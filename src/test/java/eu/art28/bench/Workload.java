package eu.art28.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;

import eu.art28.agreements.entity.Clause;
import eu.art28.deletion.control.ProcessingEnds;
import eu.art28.platform.control.DatabaseSettings;

/**
 * Loads the bench workload of issue 4 into the database named by {@code ART28_DB_URL}, {@code ART28_DB_USER}
 * and {@code ART28_DB_PASSWORD}: 10,000 processors, 20,000 agreements (1,000 of them in review, for the
 * re-evaluation benchmark to approve), 100,000 engagements, 5,000 sub-processor links, with their scope
 * collections, and 50,000 evidence items. The schema comes from the application's own Flyway migrations; the database must hold no
 * processors yet.
 *
 * <p>Deterministic: one fixed seed, so the same day gives the same rows. Dates are relative to the day of
 * loading. The spread is meant to look like a real registry: most engagements covered, and a few percent with
 * a purpose, data category, data subject category or country outside every agreement, processors without any
 * agreement, agreements expired, terminated, superseded, rejected, still in draft or not yet effective,
 * non-EEA countries with and without a transfer safeguard (as the seeded adequacy decisions judge them: GB and
 * CH need none, the US only with a safeguard or a confirmed Data Privacy Framework certification, India always
 * one), health data with and without the special categories permission. A tenth of the engagements belong to
 * 100 large processors (the cloud providers), so re-judging one processor's engagements is sometimes much more
 * work than usual; each of them has one agreement in review. The sub-processor chain is {@link LinkWorkload}'s.
 *
 * <p>The evidence (50,000 items) is {@link EvidenceWorkload}'s, planned before the agreements: a few processors'
 * agreements lack the confidentiality clause and rely on undertakings instead.
 */
public final class Workload {

    static final long SEED = 28L;
    static final int PROCESSORS = 10_000;
    static final int AGREEMENTS = 20_000;
    static final int IN_REVIEW = 1_000;
    static final int ENGAGEMENTS = 100_000;
    static final int LARGE_PROCESSORS = 100;
    static final double LARGE_SHARE = 0.10;
    static final double WITHOUT_AGREEMENT = 0.05;

    /** Where engagements stray outside their processor's agreed scope. */
    static final double STRAY_PURPOSE = 0.03;
    static final double STRAY_CATEGORY = 0.03;
    static final double STRAY_SUBJECT = 0.02;
    static final double STRAY_COUNTRY = 0.015;

    static final List<String> TABLES = List.of("processor", "agreement", "agreement_purpose",
            "agreement_data_category", "agreement_data_subject", "agreement_country", "agreement_safeguard",
            "agreement_clause", "agreement_event", "engagement", "engagement_purpose", "engagement_data_category",
            "engagement_data_subject", "engagement_country", "subprocessor_link", "subprocessor_link_purpose",
            "subprocessor_link_data_category", "subprocessor_link_country", "subprocessor_link_safeguard", "evidence");

    static final List<String> EEA_COUNTRIES = List.of("NL", "DE", "BE", "FR", "IE", "LU", "SE", "DK", "PL", "ES");
    /** Outside the EEA, as V7__transfer_countries.sql seeds them: GB, CH full adequacy; US, CA partial; IN none. */
    static final List<String> NON_EEA = List.of("US", "GB", "IN", "CH", "CA");

    private static final List<String> SERVICES = List.of("Hosting", "Payroll", "Customer mailing", "Support desk",
            "Web analytics", "Backups", "Fraud screening", "Chat support", "Invoicing", "Recruitment",
            "Call recording", "Credit checks", "Remote maintenance", "E-mail delivery", "Document archive");
    private static final List<String> OWNERS = List.of("Sales", "Finance", "HR", "IT", "Marketing", "Customer service",
            "Legal", "Operations");

    /** What a processor does for us, and so what its agreements grant. */
    record Scope(Set<String> purposes, Set<String> categories, Set<String> subjects, Set<String> countries,
            Map<String, String> safeguards, boolean special) {

        Scope withPurposes(Set<String> other) {
            return new Scope(other, categories, subjects, countries, safeguards, special);
        }
    }

    /**
     * Where a processor stands in the sub-processor chain: a link always goes from a higher tier to a lower one,
     * so the chain has no cycles and is at most three links deep (a user, a platform, a cloud, its infrastructure).
     */
    enum Tier {
        INFRASTRUCTURE, CLOUD, PLATFORM, OTHER
    }

    /** @param risk the processor's risk tier, which decides the security evidence it must have */
    record Processor(long id, String country, Scope profile, boolean large, boolean withAgreements, Tier tier,
            String risk) {
    }

    enum Kind {
        IN_FORCE, EXPIRED, TERMINATED, DRAFT, REJECTED, SUPERSEDED, SPLIT, NOT_YET_EFFECTIVE, IN_REVIEW
    }

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final Instant now;
    private final Catalogue catalogue;
    private final Set<String> eea;
    private final Map<Kind, Integer> kinds = new TreeMap<>();
    private LinkWorkload links;
    private EvidenceWorkload evidence;

    /** The seeded catalogue codes, read from the database so the workload uses exactly those. */
    record Catalogue(List<String> purposes, List<String> categories, List<String> specialCategories,
            List<String> subjects) {

        static Catalogue read(Connection connection) throws SQLException {
            return new Catalogue(codes(connection, "select code from purpose where retired = false order by code"),
                    codes(connection, "select code from data_category where retired = false and special = false"
                            + " order by code"),
                    codes(connection, "select code from data_category where retired = false and special = true"
                            + " order by code"),
                    codes(connection, "select code from data_subject_category where retired = false order by code"));
        }

        static List<String> codes(Connection connection, String sql) throws SQLException {
            List<String> codes = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            return List.copyOf(codes);
        }
    }

    /** @param eea the EEA states as the table {@code transfer_country} lists them */
    Workload(Catalogue catalogue, Set<String> eea, LocalDate today, Instant now) {
        this.catalogue = catalogue;
        this.eea = Set.copyOf(eea);
        this.today = today;
        this.now = now;
    }

    static Set<String> eea(Connection connection) throws SQLException {
        return Set.copyOf(Catalogue.codes(connection, "select code from transfer_country where eea = true"));
    }

    public static void main(String[] args) throws Exception {
        String url = required("ART28_DB_URL");
        String user = env("ART28_DB_USER", "art28");
        String password = env("ART28_DB_PASSWORD", "");
        long start = System.nanoTime();
        Flyway.configure(Workload.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("table_options", new DatabaseSettings(url, user, password, false).tableOptions()))
                .load()
                .migrate();
        log("schema migrated in %.1f s", seconds(start));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from processor")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new IllegalStateException("The database " + url + " already holds processors; load the"
                            + " workload into a fresh database (docs/benchmarks.md)");
                }
            }
            Workload workload = new Workload(Catalogue.read(connection), eea(connection), LocalDate.now(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            long load = System.nanoTime();
            workload.load(connection);
            double loadSeconds = seconds(load);
            // written behind the application's back, so the deletion list's read model is judged here, as V37 did
            long kept = System.nanoTime();
            log("deletion list's read model: %,d rows in %.1f s", ProcessingEnds.keepAll(connection, LocalDate.now()),
                    seconds(kept));
            long analyse = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE " + String.join(", ", TABLES));
            }
            long rows = 0;
            for (String table : TABLES) {
                try (Statement statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    rows += count.getLong(1);
                    log("%-32s %,9d rows", table, count.getLong(1));
                }
            }
            log("agreements by kind: %s", workload.kinds);
            workload.links.summary().forEach(line -> log("%s", line));
            workload.evidence.summary().forEach(line -> log("%s", line));
            log("loaded %,d rows in %.1f s (%,.0f rows/s), analysed in %.1f s", rows, loadSeconds, rows / loadSeconds,
                    seconds(analyse));
        }
    }

    void load(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // the generator writes consistent rows with explicit ids; checking each one costs time for nothing
            statement.execute("SET SESSION foreign_key_checks = 0");
            statement.execute("SET SESSION unique_checks = 0");
        }
        List<Processor> processors = processors(connection);
        connection.commit();
        // the chain first: the agreements' sub-processing terms and locations follow from it
        links = new LinkWorkload(catalogue, eea, processors, today, now);
        links.write(connection);
        connection.commit();
        // planned before the agreements: some of them lack the confidentiality clause, left to undertakings
        evidence = new EvidenceWorkload(processors, today, now,
                Integer.parseInt(env("ART28_EVIDENCE_WARNING_DAYS", "30")));
        agreements(connection, processors);
        connection.commit();
        engagements(connection, processors);
        connection.commit();
        evidence.write(connection);
        connection.commit();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 1");
            statement.execute("SET SESSION unique_checks = 1");
        }
        connection.setAutoCommit(true);
    }

    // ---- processors ----

    private List<Processor> processors(Connection connection) throws SQLException {
        List<Processor> processors = new ArrayList<>(PROCESSORS);
        try (Rows rows = new Rows(connection, "processor", "id", "version", "name", "kvk_number", "vat_number",
                "country", "address", "website", "risk_tier", "status", "created_at", "updated_at")) {
            for (long id = 1; id <= PROCESSORS; id++) {
                boolean large = id % (PROCESSORS / LARGE_PROCESSORS) == 7;
                Tier tier = large ? Tier.CLOUD : id % 100 == 13 ? Tier.INFRASTRUCTURE : id % 20 == 3 ? Tier.PLATFORM
                        : Tier.OTHER;
                String country = tier == Tier.INFRASTRUCTURE ? infrastructureCountry() : processorCountry();
                boolean withAgreements = large || random.nextDouble() >= WITHOUT_AGREEMENT;
                Scope profile = profile(country);
                String risk = large ? "HIGH" : pick(List.of("LOW", "MEDIUM", "MEDIUM", "HIGH"));
                processors.add(new Processor(id, country, profile, large, withAgreements, tier, risk));
                boolean dutch = country.equals("NL");
                rows.add(id, 0, String.format("Bench Processor %05d %s", id, dutch ? "B.V." : "Ltd"),
                        dutch ? String.format("%08d", 20_000_000 + id) : null,
                        dutch ? String.format("NL%09dB01", 800_000_000 + id) : null,
                        country, "Benchstraat " + id, "https://processor" + id + ".example", risk, "ACTIVE", now, now);
            }
        }
        return processors;
    }

    private String processorCountry() {
        double r = random.nextDouble();
        if (r < 0.70) {
            return "NL";
        }
        if (r < 0.85) {
            return pick(EEA_COUNTRIES.subList(1, EEA_COUNTRIES.size()));
        }
        return r < 0.93 ? "US" : pick(NON_EEA);
    }

    /** Data centres, support desks and archives further down the chain: more of them outside the EEA. */
    private String infrastructureCountry() {
        double r = random.nextDouble();
        if (r < 0.50) {
            return pick(List.of("IE", "NL", "DE", "FR", "SE"));
        }
        return r < 0.75 ? "US" : r < 0.88 ? "IN" : r < 0.95 ? "GB" : "CH";
    }

    private Scope profile(String home) {
        Set<String> purposes = granted(catalogue.purposes(), 1 + random.nextInt(3));
        Set<String> categories = granted(catalogue.categories(), 1 + random.nextInt(4));
        boolean special = random.nextDouble() < 0.04;
        if (special) {
            categories.add(pick(catalogue.specialCategories()));
        }
        Set<String> subjects = new TreeSet<>();
        int subjectCount = 1 + random.nextInt(3);
        while (subjects.size() < subjectCount) {
            subjects.add(pick(catalogue.subjects()));
        }
        Set<String> countries = new TreeSet<>();
        countries.add(home);
        if (random.nextDouble() < 0.30) {
            countries.add(pick(EEA_COUNTRIES));
        }
        if (eea.contains(home) && random.nextDouble() < 0.20) {
            countries.add(pick(NON_EEA));
        }
        Map<String, String> safeguards = new TreeMap<>();
        for (String country : countries) {
            String safeguard = eea.contains(country) ? null : agreedSafeguard(country, random);
            if (safeguard != null) {
                safeguards.put(country, safeguard);
            }
        }
        return new Scope(purposes, categories, subjects, countries, safeguards, special);
    }

    /**
     * The safeguard an agreement records for a country outside the EEA, or null for none, as legal would against
     * the seeded adequacy decisions: GB and CH have a full one, so mostly nothing is recorded (some record it
     * anyway, which holds); the US and Canada have a partial one, recorded where legal confirmed the recipient is
     * covered (a DPF certification, PIPEDA), else clauses, sometimes forgotten; India has none, so clauses, and a
     * few record an adequacy decision that does not exist. About one in ten US, CA and IN entries holds nothing:
     * transfer findings waiting to happen.
     */
    static String agreedSafeguard(String country, Random random) {
        double r = random.nextDouble();
        return switch (country) {
            case "GB", "CH" -> r < 0.7 ? null : "ADEQUACY_DECISION";
            case "US" -> r < 0.40 ? "ADEQUACY_DECISION" : r < 0.88 ? "SCC_2021_914_MODULE_2" : null;
            case "CA" -> r < 0.60 ? "ADEQUACY_DECISION" : r < 0.90 ? "SCC_2021_914_MODULE_2" : null;
            case "IN" -> r < 0.85 ? "SCC_2021_914_MODULE_3" : r < 0.90 ? "ADEQUACY_DECISION" : null;
            default -> r < 0.9 ? "SCC_2021_914_MODULE_2" : null;
        };
    }

    /** Top-level codes, each granted whole or as one or two of its children. */
    private Set<String> granted(List<String> codes, int tops) {
        List<String> roots = codes.stream().filter(c -> c.indexOf('.') < 0).toList();
        Set<String> granted = new TreeSet<>();
        Set<String> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(tops, roots.size())) {
            chosen.add(pick(roots));
        }
        for (String root : chosen) {
            List<String> children = children(codes, root);
            if (children.isEmpty() || random.nextDouble() < 0.55) {
                granted.add(root);
            } else {
                int n = 1 + random.nextInt(Math.min(2, children.size()));
                while (n-- > 0) {
                    granted.add(pick(children));
                }
            }
        }
        return granted;
    }

    static List<String> children(List<String> codes, String parent) {
        return codes.stream().filter(c -> c.startsWith(parent + ".")).toList();
    }

    // ---- agreements ----

    private void agreements(Connection connection, List<Processor> processors) throws SQLException {
        List<Processor> withAgreements = processors.stream().filter(Processor::withAgreements).toList();
        int[] extras = new int[PROCESSORS + 1];
        for (int i = 0; i < AGREEMENTS - IN_REVIEW - withAgreements.size(); i++) {
            extras[(int) pick(withAgreements).id()]++;
        }
        // one in review for each large processor, the rest anywhere: approving one of those re-judges a hundred
        // engagements, and a tenth of the re-evaluation samples should be that heavy
        int[] inReview = new int[PROCESSORS + 1];
        processors.stream().filter(Processor::large).forEach(p -> inReview[(int) p.id()]++);
        for (int i = LARGE_PROCESSORS; i < IN_REVIEW; i++) {
            inReview[(int) pick(processors).id()]++;
        }
        try (Rows agreements = new Rows(connection, "agreement", "id", "version", "processor_id", "reference",
                "revision", "supersedes_id", "status", "signed_on", "effective_from", "expires_on", "tacit_renewal",
                "renewal_term_months", "notice_period_days", "special_categories", "sub_processing",
                "sub_processing_notice_days", "objection_period_days", "breach_notification_hours", "standard",
                "governing_law", "submitted_by", "submitted_at", "decided_by", "decided_at", "decision_reason",
                "terminated_on", "superseded_on", "created_at", "updated_at");
                Rows purposes = new Rows(connection, "agreement_purpose", "agreement_id", "code");
                Rows categories = new Rows(connection, "agreement_data_category", "agreement_id", "code");
                Rows subjects = new Rows(connection, "agreement_data_subject", "agreement_id", "code");
                Rows countries = new Rows(connection, "agreement_country", "agreement_id", "country");
                Rows safeguards = new Rows(connection, "agreement_safeguard", "agreement_id", "country", "safeguard");
                Rows clauses = new Rows(connection, "agreement_clause", "agreement_id", "clause", "present",
                        "clause_reference", "note", "waiver_reason");
                Rows events = new Rows(connection, "agreement_event", "id", "agreement_id", "action", "actor",
                        "occurred_at", "reason")) {
            Writer writer = new Writer(agreements, purposes, categories, subjects, countries, safeguards, clauses,
                    events);
            for (Processor processor : processors) {
                List<Kind> extraKinds = new ArrayList<>();
                for (int i = 0; i < extras[(int) processor.id()]; i++) {
                    extraKinds.add(extraKind());
                }
                if (processor.withAgreements()) {
                    writeAgreementsOf(writer, processor, extraKinds);
                }
                for (int i = 0; i < inReview[(int) processor.id()]; i++) {
                    writer.write(processor, "REVIEW-" + processor.id() + "-" + (i + 1), 1, null, Kind.IN_REVIEW,
                            links.agreed(processor));
                }
            }
        }
    }

    private Kind extraKind() {
        double r = random.nextDouble();
        if (r < 0.25) {
            return Kind.SUPERSEDED;
        }
        if (r < 0.45) {
            return Kind.SPLIT;
        }
        if (r < 0.60) {
            return Kind.EXPIRED;
        }
        if (r < 0.70) {
            return Kind.TERMINATED;
        }
        if (r < 0.80) {
            return Kind.DRAFT;
        }
        return r < 0.90 ? Kind.REJECTED : Kind.NOT_YET_EFFECTIVE;
    }

    /**
     * The main agreement and the extras: an earlier revision the main one superseded, a second agreement that
     * covers one of the purposes instead of the main one, old, ended and pending ones.
     */
    private void writeAgreementsOf(Writer writer, Processor processor, List<Kind> extraKinds) throws SQLException {
        Scope profile = links.agreed(processor);
        Scope main = profile;
        String reference = "DPA-" + processor.id();
        int extraNumber = 0;
        Long superseded = null;
        boolean split = false;
        for (Kind kind : extraKinds) {
            extraNumber++;
            if (kind == Kind.SUPERSEDED && superseded == null) {
                // revision 1 covered one purpose less; revision 2 (the main one) added it
                Scope older = profile.purposes().size() > 1 ? profile.withPurposes(allButFirst(profile.purposes()))
                        : profile;
                superseded = writer.write(processor, reference, 1, null, Kind.SUPERSEDED, older);
            } else if (kind == Kind.SPLIT && !split && profile.purposes().size() > 1) {
                split = true;
                String first = profile.purposes().iterator().next();
                main = profile.withPurposes(allButFirst(profile.purposes()));
                writer.write(processor, reference + "-" + extraNumber, 1, null, Kind.SPLIT,
                        profile.withPurposes(new TreeSet<>(Set.of(first))));
            } else {
                Kind effective = kind == Kind.SUPERSEDED || kind == Kind.SPLIT ? Kind.EXPIRED : kind;
                writer.write(processor, reference + "-" + extraNumber, 1, null, effective, profile);
            }
        }
        writer.write(processor, reference, superseded == null ? 1 : 2, superseded, mainKind(processor), main);
    }

    private Kind mainKind(Processor processor) {
        if (processor.large()) {
            return Kind.IN_FORCE;
        }
        double r = random.nextDouble();
        if (r < 0.03) {
            return Kind.EXPIRED;
        }
        if (r < 0.05) {
            return Kind.TERMINATED;
        }
        return r < 0.07 ? Kind.DRAFT : Kind.IN_FORCE;
    }

    private static Set<String> allButFirst(Set<String> codes) {
        Set<String> rest = new TreeSet<>(codes);
        rest.remove(codes.iterator().next());
        return rest;
    }

    /** Writes one agreement version with its collections, checklist and creation event. */
    private final class Writer {

        private final Rows agreements;
        private final Rows purposes;
        private final Rows categories;
        private final Rows subjects;
        private final Rows countries;
        private final Rows safeguards;
        private final Rows clauses;
        private final Rows events;
        private long nextId = 1;

        Writer(Rows agreements, Rows purposes, Rows categories, Rows subjects, Rows countries, Rows safeguards,
                Rows clauses, Rows events) {
            this.agreements = agreements;
            this.purposes = purposes;
            this.categories = categories;
            this.subjects = subjects;
            this.countries = countries;
            this.safeguards = safeguards;
            this.clauses = clauses;
            this.events = events;
        }

        long write(Processor processor, String reference, int revision, Long supersedes, Kind kind, Scope scope)
                throws SQLException {
            long id = nextId++;
            kinds.merge(kind, 1, Integer::sum);
            LocalDate signed = today.minusDays(60 + random.nextInt(2400));
            LocalDate effective = signed.plusDays(random.nextInt(30));
            LocalDate expires = null;
            boolean tacit = false;
            Integer renewalMonths = null;
            Integer noticeDays = null;
            String status = "APPROVED";
            LocalDate terminated = null;
            LocalDate supersededOn = null;
            switch (kind) {
                case IN_FORCE, SPLIT -> {
                    double r = random.nextDouble();
                    if (r < 0.30) {
                        expires = today.plusDays(30 + random.nextInt(1500));
                    } else if (r < 0.50) {
                        // expired on paper, but renews tacitly: still in force
                        expires = effective.plusYears(1);
                        tacit = true;
                        renewalMonths = 12;
                        noticeDays = 90;
                    }
                }
                case EXPIRED -> expires = today.minusDays(1 + random.nextInt(400));
                case TERMINATED -> {
                    status = "TERMINATED";
                    terminated = today.minusDays(1 + random.nextInt(300));
                }
                case SUPERSEDED -> {
                    status = "SUPERSEDED";
                    supersededOn = today.minusDays(1 + random.nextInt(50));
                }
                case NOT_YET_EFFECTIVE -> {
                    signed = today.minusDays(random.nextInt(30));
                    effective = today.plusDays(10 + random.nextInt(110));
                }
                case DRAFT -> status = "DRAFT";
                case REJECTED -> status = "REJECTED";
                case IN_REVIEW -> {
                    status = "IN_REVIEW";
                    signed = today.minusDays(1 + random.nextInt(60));
                    effective = today.minusDays(random.nextInt(1 + (int) ChronoUnit.DAYS.between(signed, today)));
                }
            }
            if (expires != null && expires.isBefore(effective)) {
                effective = expires.minusDays(365);
                signed = effective;
            }
            boolean decided = !status.equals("DRAFT") && !status.equals("IN_REVIEW");
            boolean submitted = !status.equals("DRAFT");
            Instant submittedAt = submitted ? now.minus(1 + random.nextInt(900), ChronoUnit.DAYS) : null;
            boolean special = scope.special() && random.nextDouble() < 0.80;
            LinkWorkload.Terms terms = links.terms(processor);
            agreements.add(id, 0, processor.id(), reference, revision, supersedes, status, signed, effective, expires,
                    tacit, renewalMonths, noticeDays, special, terms.subProcessing(), terms.noticeDays(),
                    terms.objectionDays(),
                    pick(List.of(24, 36, 48, 72)), pick(List.of("EU_2021_915", "NLDIGITAL_DATA_PRO",
                            "VENDOR_TEMPLATE", "OWN")), "NL",
                    submitted ? "procurement" : null, submittedAt,
                    decided ? "legal" : null, decided ? submittedAt.plus(2, ChronoUnit.DAYS) : null,
                    status.equals("REJECTED") ? "Clause (d) on sub-processors is missing" : null,
                    terminated, supersededOn, now, now);
            // drafts are often unfinished: some have only part of the scope
            boolean partial = status.equals("DRAFT") && random.nextDouble() < 0.5;
            for (String code : scope.purposes()) {
                purposes.add(id, code);
            }
            for (String code : scope.categories()) {
                categories.add(id, code);
            }
            for (String code : partial ? Set.<String>of() : scope.subjects()) {
                subjects.add(id, code);
            }
            for (String country : partial ? Set.<String>of() : scope.countries()) {
                countries.add(id, country);
            }
            for (Map.Entry<String, String> safeguard : partial ? Set.<Map.Entry<String, String>>of()
                    : scope.safeguards().entrySet()) {
                safeguards.add(id, safeguard.getKey(), safeguard.getValue());
            }
            for (Clause clause : Clause.values()) {
                boolean present = switch (status) {
                    case "DRAFT" -> random.nextDouble() < 0.7;
                    case "REJECTED" -> clause != Clause.D_SUBPROCESSORS;
                    default -> true;
                };
                // a vendor template without clause (b), approved because the people's undertakings are on file
                boolean waived = clause == Clause.B_CONFIDENTIALITY && present && !status.equals("IN_REVIEW")
                        && !evidence.confidentialityClause(processor);
                clauses.add(id, clause.name(), present && !waived, present && !waived ? "art. " + (clause.ordinal() + 1)
                        : null, null, waived ? "Confidentiality undertakings of the processor's staff are on file"
                        : null);
            }
            events.add(id, id, "CREATED", "procurement", now, null);
            return id;
        }
    }

    // ---- engagements ----

    private void engagements(Connection connection, List<Processor> processors) throws SQLException {
        List<Processor> large = processors.stream().filter(Processor::large).toList();
        List<Processor> others = processors.stream().filter(p -> !p.large()).toList();
        try (Rows engagements = new Rows(connection, "engagement", "id", "version", "processor_id", "description",
                "business_owner", "starts_on", "ends_on", "created_at", "updated_at");
                Rows purposes = new Rows(connection, "engagement_purpose", "engagement_id", "code");
                Rows categories = new Rows(connection, "engagement_data_category", "engagement_id", "code");
                Rows subjects = new Rows(connection, "engagement_data_subject", "engagement_id", "code");
                Rows countries = new Rows(connection, "engagement_country", "engagement_id", "country")) {
            for (long id = 1; id <= ENGAGEMENTS; id++) {
                Processor processor = random.nextDouble() < LARGE_SHARE ? pick(large) : pick(others);
                Scope profile = processor.profile();
                LocalDate starts;
                LocalDate ends = null;
                double r = random.nextDouble();
                if (r < 0.03) {
                    starts = today.plusDays(1 + random.nextInt(90));
                } else {
                    starts = today.minusDays(1 + random.nextInt(2000));
                    if (r < 0.08) {
                        ends = today.minusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(starts, today)));
                    } else if (r < 0.18) {
                        ends = today.plusDays(1 + random.nextInt(700));
                    }
                }
                engagements.add(id, 0, processor.id(), pick(SERVICES) + " #" + id, pick(OWNERS), starts, ends, now,
                        now);
                for (String code : used(profile.purposes(), catalogue.purposes(), weighted(1, 2, 3),
                        STRAY_PURPOSE)) {
                    purposes.add(id, code);
                }
                Set<String> usedCategories = used(profile.categories(), allCategories(), weighted(1, 2, 3),
                        STRAY_CATEGORY);
                for (String code : usedCategories) {
                    categories.add(id, code);
                }
                for (String code : used(profile.subjects(), catalogue.subjects(), weighted(1, 2, 2),
                        STRAY_SUBJECT)) {
                    subjects.add(id, code);
                }
                for (String country : countries(processor)) {
                    countries.add(id, country);
                }
            }
        }
    }

    private List<String> allCategories() {
        List<String> all = new ArrayList<>(catalogue.categories());
        all.addAll(catalogue.specialCategories());
        return all;
    }

    /** 1 (60 %), 2 (30 %) or 3 (10 %) of the given counts. */
    private int weighted(int one, int two, int three) {
        double r = random.nextDouble();
        return r < 0.6 ? one : r < 0.9 ? two : three;
    }

    /**
     * Codes an engagement uses: granted ones, often narrowed to a child (an agreement granting {@code e} covers
     * {@code e.mailing}), and sometimes one that nothing granted covers.
     */
    private Set<String> used(Set<String> granted, List<String> all, int count, double stray) {
        List<String> grantedList = List.copyOf(granted);
        Set<String> used = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            String code = pick(grantedList);
            List<String> children = children(all, code);
            used.add(!children.isEmpty() && random.nextDouble() < 0.6 ? pick(children) : code);
        }
        if (random.nextDouble() < stray) {
            List<String> uncovered = all.stream()
                    .filter(c -> granted.stream().noneMatch(g -> c.equals(g) || c.startsWith(g + ".")))
                    .toList();
            if (!uncovered.isEmpty()) {
                used.add(pick(uncovered));
            }
        }
        return used;
    }

    private Set<String> countries(Processor processor) {
        Set<String> granted = processor.profile().countries();
        Set<String> used = new TreeSet<>();
        used.add(processor.country());
        if (granted.size() > 1 && random.nextDouble() < 0.35) {
            used.add(pick(List.copyOf(granted)));
        }
        if (random.nextDouble() < STRAY_COUNTRY) {
            List<String> all = new ArrayList<>(EEA_COUNTRIES);
            all.addAll(NON_EEA);
            all.removeAll(granted);
            used.add(pick(all));
        }
        return used;
    }

    // ---- helpers ----

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; see docs/benchmarks.md");
        }
        return value.trim();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
