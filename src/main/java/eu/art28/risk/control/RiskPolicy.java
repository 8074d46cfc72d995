package eu.art28.risk.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.catalogue.entity.Codes;
import eu.art28.chain.control.Chain;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.SensitiveCategories;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.processors.entity.ReviewOutcome;
import eu.art28.processors.entity.RiskTier;
import eu.art28.risk.control.RiskScore.Part;
import eu.art28.risk.entity.RecordKind;
import eu.art28.risk.entity.RiskFactor;
import eu.art28.transfers.control.Transfer;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferSafeguard;

/**
 * How a processor's risk is scored, one version of the settings (a properties text, stored so that admin can read
 * which version scored what). Plain Java: the same scoring for one processor after a change and for 10k in the
 * daily scan.
 *
 * <p>Inherent risk is what the processing itself brings, whatever the processor does about it: each factor adds
 * its points once, however many engagements share it, up to 100. The tier follows the inherent risk, not the
 * residual one: the tier decides which evidence is required, so evidence may not lower the tier that asks for it.
 * Residual risk is the inherent risk less the share the strongest valid evidence and a sufficient last review take
 * away, plus points for an insufficient review, open alerts and overdue deadlines; bounded to 0..100. The last
 * accepted security questionnaire's score moves it too: a good one takes a share away, a fair one a smaller share, a
 * poor one adds points, and one answered too long ago counts for nothing. Breaches reported by the processor or at
 * it raise it, more when the data subjects faced a high risk and while they are open.
 */
public final class RiskPolicy {

    public static final String DEFAULTS = "risk-policy.properties";

    /** The alerts that say a deadline passed: counted as overdue, not as ordinary open alerts. */
    static final Set<Rule> OVERDUE = Set.of(Rule.AGREEMENT_EXPIRED, Rule.EVIDENCE_EXPIRED, Rule.REVIEW_DUE,
            Rule.DELETION_NOT_CONFIRMED);

    private final int version;
    private final String text;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<RiskFactor, Set<String>> codes = new EnumMap<>(RiskFactor.class);
    private final Set<String> criticalWords = new LinkedHashSet<>();
    private final Map<EvidenceType, Integer> evidencePercent = new EnumMap<>(EvidenceType.class);
    /** The lower ends of the scale bands above the first, ascending; one more number of points than bands. */
    private List<Long> scaleBands = List.of();
    private List<Integer> scalePoints = List.of(0);
    private final Set<String> keys = new TreeSet<>();

    /** The longest settings text taken: a policy is a page of settings, not a document. */
    public static final int TEXT_MAX = 20_000;

    private RiskPolicy(String text) {
        this.text = text;
        List<InvalidInput.Violation> wrong = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new InvalidInput(SETTINGS, "risk.policy.blank");
        }
        if (text.length() > TEXT_MAX) {
            throw new InvalidInput(SETTINGS, "risk.policy.tooLong", TEXT_MAX);
        }
        Properties settings = new Properties();
        try {
            settings.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput(SETTINGS, "risk.policy.unreadable");
        }
        this.version = number(settings, "version", 1, Integer.MAX_VALUE, wrong);
        for (String key : new TreeSet<>(settings.stringPropertyNames())) {
            keys.add(key);
            String value = settings.getProperty(key).strip();
            if (key.equals("bands." + RiskFactor.SCALE.name())) {
                scaleBands = bands(key, value, wrong);
            } else if (key.equals("points." + RiskFactor.SCALE.name())) {
                scalePoints = numbers(key, value, 0, 100, wrong);
            } else if (key.startsWith("points.") || key.startsWith("max.") || key.startsWith("tier.")) {
                numbers.put(key, number(settings, key, 0, 100, wrong));
            } else if (key.startsWith("percent.")) {
                String type = key.substring("percent.".length());
                if (type.startsWith("REVIEW_") || type.startsWith(QUESTIONNAIRE)) {
                    numbers.put(key, number(settings, key, 0, 100, wrong));
                } else {
                    evidenceType(key, type, wrong).ifPresent(t ->
                            evidencePercent.put(t, number(settings, key, 0, 100, wrong)));
                }
            } else if (key.startsWith("score." + QUESTIONNAIRE)) {
                numbers.put(key, number(settings, key, 0, 100, wrong));
            } else if (key.startsWith("months.")) {
                factor(key, key.substring("months.".length()), wrong);
                numbers.put(key, number(settings, key, 1, 1200, wrong));
            } else if (key.startsWith("codes.")) {
                factor(key, key.substring("codes.".length()), wrong).ifPresent(f -> codes.put(f, list(value)));
            } else if (key.startsWith("words.")) {
                factor(key, key.substring("words.".length()), wrong);
                list(value).forEach(word -> criticalWords.add(word.toLowerCase(Locale.ROOT)));
            } else if (!key.equals("version")) {
                wrong.add(violation(key, "risk.policy.unknown"));
            }
        }
        if (scalePoints.size() != scaleBands.size() + 1) {
            wrong.add(violation("points." + RiskFactor.SCALE.name(), "risk.policy.bandPoints",
                    scaleBands.size() + 1, scalePoints.size()));
        }
        if (threshold(RiskTier.MEDIUM) > threshold(RiskTier.HIGH)) {
            wrong.add(violation("tier.MEDIUM", "risk.policy.tiers", threshold(RiskTier.MEDIUM),
                    threshold(RiskTier.HIGH)));
        }
        if (questionnaireScore("POOR") > questionnaireScore("GOOD")) {
            wrong.add(violation("score." + QUESTIONNAIRE + "POOR", "risk.policy.questionnaireScores",
                    questionnaireScore("POOR"), questionnaireScore("GOOD")));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
    }

    /** The prefix of the questionnaire's settings after their kind ({@code score.QUESTIONNAIRE_GOOD}, ...). */
    private static final String QUESTIONNAIRE = RiskFactor.QUESTIONNAIRE.name() + "_";

    /** How many months after it was answered a questionnaire's score still counts. */
    private static final String MONTHS = "months." + RiskFactor.QUESTIONNAIRE.name();

    /** The score from which a questionnaire is {@code GOOD}, or below which it is {@code POOR}. */
    private int questionnaireScore(String grade) {
        return numbers.getOrDefault("score." + QUESTIONNAIRE + grade, 0);
    }

    /** The field a wrong setting is named by: the settings text, and the key in it. */
    public static final String SETTINGS = "settings";

    /** A policy from its settings. @throws InvalidInput naming each setting that is wrong ({@code settings.KEY}) */
    public static RiskPolicy parse(String text) {
        return new RiskPolicy(text);
    }

    /**
     * The settings a person saves as the next version: as {@link #parse} checks them, and complete (every setting
     * the defaults have: one left out would silently count for nothing), numbered {@code version} whatever the text
     * said.
     */
    public static RiskPolicy nextVersion(String text, int version) {
        RiskPolicy given = parse(text);
        List<InvalidInput.Violation> missing = parse(defaults()).keys.stream()
                .filter(key -> !given.keys.contains(key)).map(key -> violation(key, "risk.policy.missing")).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        return parse(numbered(text, version));
    }

    /**
     * The stored policy completed with what the defaults have and it lacks (a setting added by an upgrade, such as
     * the scale bands), as the next version; empty when nothing lacks. Settings a person chose are kept.
     */
    public Optional<RiskPolicy> completedBy(RiskPolicy defaults) {
        Properties theirs = new Properties();
        try {
            theirs.load(new StringReader(defaults.text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lacking = defaults.keys.stream().filter(key -> !keys.contains(key)).toList();
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder completed = new StringBuilder(text.stripTrailing()).append("\n\n# added from the defaults\n");
        lacking.forEach(key -> completed.append(key).append('=').append(theirs.getProperty(key)).append('\n'));
        return Optional.of(parse(numbered(completed.toString(), version + 1)));
    }

    /** The text with its version line saying {@code version}. */
    private static String numbered(String text, int version) {
        Matcher line = VERSION_LINE.matcher(text);
        return line.find() ? line.replaceFirst("version=" + version) : "version=" + version + "\n" + text;
    }

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^[ \\t]*version[ \\t]*[=:].*$");

    /** The settings Art28 starts with. */
    public static String defaults() {
        try (InputStream in = RiskPolicy.class.getResourceAsStream(DEFAULTS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    /** The inherent risk from which a processor is of the tier. */
    public int threshold(RiskTier tier) {
        return switch (tier) {
            case LOW -> 0;
            case MEDIUM -> numbers.getOrDefault("tier.MEDIUM", 25);
            case HIGH -> numbers.getOrDefault("tier.HIGH", 50);
        };
    }

    /** The scores of a band (a tier's), both ends included: for the heat map and the lists it links to. */
    public int[] band(RiskTier tier) {
        return switch (tier) {
            case LOW -> new int[] {0, threshold(RiskTier.MEDIUM) - 1};
            case MEDIUM -> new int[] {threshold(RiskTier.MEDIUM), threshold(RiskTier.HIGH) - 1};
            case HIGH -> new int[] {threshold(RiskTier.HIGH), 100};
        };
    }

    /**
     * The tier of a processor about to be registered, from its services alone: nothing refers to it yet (no
     * engagement, link, evidence, review, alert or breach), so this is the tier its first scoring gives.
     */
    public RiskTier tierOfUnregistered(List<String> services, LocalDate day) {
        return score(RiskInput.unregistered(services), null, null, day).tier();
    }

    public RiskTier tier(int inherent) {
        return inherent >= threshold(RiskTier.HIGH) ? RiskTier.HIGH
                : inherent >= threshold(RiskTier.MEDIUM) ? RiskTier.MEDIUM : RiskTier.LOW;
    }

    /** The processor's risk on the day, explained. */
    public RiskScore score(RiskInput input, SensitiveCategories sensitive, TransferRules transfers, LocalDate day) {
        List<Part> parts = new ArrayList<>();
        List<EngagementScope> running = input.engagements().stream().filter(e -> e.dayToJudge(day) != null)
                .toList();
        data(running, sensitive, parts);
        subjects(running, parts);
        scale(running, parts);
        transfers(running, input.agreements(), transfers, day, parts);
        chain(input.processorId(), input.chain(), day, parts);
        critical(input.processorId(), input.services(), parts);
        int inherent = bounded(parts.stream().mapToInt(Part::points).sum());
        int residual = inherent;
        residual += evidence(inherent, input.evidence(), day, parts);
        residual += review(inherent, input.lastReview(), parts);
        residual += questionnaire(inherent, input.questionnaire(), day, parts);
        residual += alerts(input.alerts(), parts);
        residual += breaches(input.breaches(), day, parts);
        return new RiskScore(inherent, bounded(residual), tier(inherent), version, parts);
    }

    private void data(List<EngagementScope> engagements, SensitiveCategories sensitive, List<Part> parts) {
        first(engagements, e -> sorted(e.dataCategories().stream()
                .filter(c -> sensitive.articles(c).contains("Art. 9")).toList()))
                .ifPresent(hit -> parts.add(part(RiskFactor.SPECIAL_CATEGORY, hit)));
        first(engagements, e -> sorted(e.dataCategories().stream()
                .filter(c -> sensitive.articles(c).contains("Art. 10")).toList()))
                .ifPresent(hit -> parts.add(part(RiskFactor.CRIMINAL_DATA, hit)));
        for (RiskFactor factor : List.of(RiskFactor.IDENTITY_DOCUMENTS, RiskFactor.FINANCIAL_DATA,
                RiskFactor.LOCATION_DATA)) {
            first(engagements, e -> matching(factor, e.dataCategories()))
                    .ifPresent(hit -> parts.add(part(factor, hit)));
        }
    }

    private void subjects(List<EngagementScope> engagements, List<Part> parts) {
        for (RiskFactor factor : List.of(RiskFactor.CHILDREN, RiskFactor.PATIENTS, RiskFactor.EMPLOYEES,
                RiskFactor.CUSTOMERS)) {
            first(engagements, e -> matching(factor, e.dataSubjects())).ifPresent(hit -> parts.add(part(factor, hit)));
        }
    }

    /**
     * The largest stated number of data subjects of any running engagement, in its band. The largest, not the sum:
     * engagements of one processor often concern the same people (the customers mailed and the customers invoiced),
     * and a sum would count them twice.
     */
    private void scale(List<EngagementScope> engagements, List<Part> parts) {
        engagements.stream().filter(e -> e.dataSubjectCount() != null)
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .reduce((a, b) -> b.dataSubjectCount() > a.dataSubjectCount() ? b : a)
                .ifPresent(largest -> {
                    int points = scalePoints.get(band(largest.dataSubjectCount()));
                    if (points > 0) {
                        parts.add(new Part(RiskFactor.SCALE, points, Messages.stored(reason(RiskFactor.SCALE),
                                largest.dataSubjectCount(), largest.label()), RecordKind.ENGAGEMENT, largest.id()));
                    }
                });
    }

    /** The band a number of data subjects lies in: 0 below the first bound, 1 from it, and so on. */
    public int band(long dataSubjects) {
        int band = 0;
        while (band < scaleBands.size() && dataSubjects >= scaleBands.get(band)) {
            band++;
        }
        return band;
    }

    /** The lower ends of the scale bands above the first, ascending. */
    public List<Long> scaleBands() {
        return scaleBands;
    }

    /** The worst way any running engagement's data leaves the EEA, with the countries that make it so. */
    private void transfers(List<EngagementScope> engagements, List<AgreementScope> agreements, TransferRules rules,
            LocalDate day, List<Part> parts) {
        Map<String, TransferSafeguard> safeguards = new LinkedHashMap<>();
        agreements.stream().filter(a -> a.term().status() == AgreementStatus.APPROVED && a.term().inForceOn(day))
                .forEach(a -> a.safeguards().forEach(safeguards::putIfAbsent));
        Map<Transfer, Set<String>> countries = new EnumMap<>(Transfer.class);
        Map<Transfer, Long> engagementOf = new EnumMap<>(Transfer.class);
        for (EngagementScope engagement : engagements) {
            for (String country : new TreeSet<>(engagement.countries())) {
                Transfer transfer = rules.judge(country, day, safeguards.get(country));
                if (transfer != Transfer.INSIDE_EEA) {
                    countries.computeIfAbsent(transfer, t -> new TreeSet<>()).add(country);
                    engagementOf.putIfAbsent(transfer, engagement.id());
                }
            }
        }
        for (Transfer transfer : List.of(Transfer.UNSAFE, Transfer.SAFEGUARDED, Transfer.ADEQUATE)) {
            if (countries.containsKey(transfer)) {
                RiskFactor factor = RiskFactor.valueOf("TRANSFER_" + transfer.name());
                parts.add(new Part(factor, points(factor), Messages.stored(reason(factor)),
                        List.copyOf(countries.get(transfer)), RecordKind.ENGAGEMENT, engagementOf.get(transfer)));
                return;
            }
        }
    }

    private void chain(long processorId, Chain chain, LocalDate day, List<Part> parts) {
        List<Chain.Node> tree = chain.tree(processorId, day);
        if (tree.isEmpty()) {
            return;
        }
        Set<Long> subprocessors = new LinkedHashSet<>();
        int depth = walk(tree, 1, subprocessors);
        if (depth > 1) {
            parts.add(new Part(RiskFactor.CHAIN_DEPTH, capped(RiskFactor.CHAIN_DEPTH, depth - 1),
                    Messages.stored(reason(RiskFactor.CHAIN_DEPTH), depth), RecordKind.PROCESSOR, processorId));
        }
        parts.add(new Part(RiskFactor.CHAIN_BREADTH, capped(RiskFactor.CHAIN_BREADTH, subprocessors.size()),
                Messages.stored(reason(RiskFactor.CHAIN_BREADTH), subprocessors.size()), RecordKind.PROCESSOR,
                processorId));
    }

    /** The deepest level reached, collecting every sub-processor on the way. */
    private static int walk(List<Chain.Node> nodes, int level, Set<Long> subprocessors) {
        int deepest = level;
        for (Chain.Node node : nodes) {
            subprocessors.add(node.link().subprocessorId());
            if (!node.children().isEmpty()) {
                deepest = Math.max(deepest, walk(node.children(), level + 1, subprocessors));
            }
        }
        return deepest;
    }

    private void critical(long processorId, List<String> services, List<Part> parts) {
        services.stream().filter(service -> criticalWords.stream()
                .anyMatch(word -> service.toLowerCase(Locale.ROOT).contains(word))).findFirst()
                .ifPresent(service -> parts.add(new Part(RiskFactor.CRITICAL_SERVICE,
                        points(RiskFactor.CRITICAL_SERVICE), Messages.stored(reason(RiskFactor.CRITICAL_SERVICE),
                                service), RecordKind.PROCESSOR, processorId)));
    }

    /** The strongest evidence valid on the day takes its share away; assurance does not add up. */
    private int evidence(int inherent, List<EvidenceScope> evidence, LocalDate day, List<Part> parts) {
        Optional<EvidenceScope> strongest = evidence.stream()
                .filter(e -> e.validOn(day) && evidencePercent.getOrDefault(e.type(), 0) > 0)
                .max((a, b) -> Integer.compare(evidencePercent.get(a.type()), evidencePercent.get(b.type())));
        if (strongest.isEmpty() || inherent == 0) {
            return 0;
        }
        EvidenceScope by = strongest.get();
        int percent = evidencePercent.get(by.type());
        int points = -share(inherent, percent);
        parts.add(new Part(RiskFactor.EVIDENCE, points,
                Messages.stored(reason(RiskFactor.EVIDENCE), by.type(), percent), RecordKind.EVIDENCE, by.id()));
        return points;
    }

    private int review(int inherent, RiskInput.LastReview last, List<Part> parts) {
        if (last == null || last.outcome() == ReviewOutcome.SUFFICIENT_WITH_ACTIONS) {
            return 0;
        }
        if (last.outcome() == ReviewOutcome.SUFFICIENT) {
            int percent = numbers.getOrDefault("percent.REVIEW_SUFFICIENT", 0);
            int points = -share(inherent, percent);
            if (points != 0) {
                parts.add(new Part(RiskFactor.REVIEW_SUFFICIENT, points, Messages.stored(
                        reason(RiskFactor.REVIEW_SUFFICIENT), last.reviewedOn(), percent), RecordKind.REVIEW, last.id()));
            }
            return points;
        }
        int points = points(RiskFactor.REVIEW_INSUFFICIENT);
        parts.add(new Part(RiskFactor.REVIEW_INSUFFICIENT, points,
                Messages.stored(reason(RiskFactor.REVIEW_INSUFFICIENT), last.reviewedOn()), RecordKind.REVIEW,
                last.id()));
        return points;
    }

    /**
     * The last accepted questionnaire's score: from the good score it takes its share of the inherent risk away, from
     * the poor score a smaller share, below the poor score it adds points. Answered longer ago than the setting's
     * months it is shown with no points: what the vendor said then is no longer what it does now, good or poor.
     */
    private int questionnaire(int inherent, RiskInput.Questionnaire answered, LocalDate day, List<Part> parts) {
        if (answered == null) {
            return 0;
        }
        int months = numbers.getOrDefault(MONTHS, 0);
        if (answered.answeredOn().plusMonths(months).isBefore(day)) {
            parts.add(questionnairePart(0, "OLD", answered, months));
            return 0;
        }
        if (answered.score() < questionnaireScore("POOR")) {
            int points = numbers.getOrDefault("points." + QUESTIONNAIRE + "POOR", 0);
            if (points != 0) {
                parts.add(questionnairePart(points, "POOR", answered, points));
            }
            return points;
        }
        String grade = answered.score() >= questionnaireScore("GOOD") ? "GOOD" : "FAIR";
        int percent = numbers.getOrDefault("percent." + QUESTIONNAIRE + grade, 0);
        int points = -share(inherent, percent);
        if (points != 0) {
            parts.add(questionnairePart(points, grade, answered, percent));
        }
        return points;
    }

    /** Its reason: the score, the day and, by grade, the share, the points or the months ({@code risk.reason.QUESTIONNAIRE_GOOD}, ...). */
    private static Part questionnairePart(int points, String grade, RiskInput.Questionnaire answered, int figure) {
        return new Part(RiskFactor.QUESTIONNAIRE, points, Messages.stored(reason(RiskFactor.QUESTIONNAIRE) + "_"
                + grade, answered.score(), answered.answeredOn(), figure), RecordKind.REQUEST, answered.requestId());
    }

    private int alerts(List<RiskInput.OpenAlert> alerts, List<Part> parts) {
        List<RiskInput.OpenAlert> overdue = alerts.stream().filter(a -> OVERDUE.contains(a.rule())).toList();
        List<RiskInput.OpenAlert> open = alerts.stream().filter(a -> !OVERDUE.contains(a.rule())).toList();
        int total = 0;
        if (!open.isEmpty()) {
            long high = open.stream().filter(a -> a.severity() == Severity.HIGH).count();
            int raw = (int) Math.min(100, high * numbers.getOrDefault("points.OPEN_ALERTS_HIGH", 0)
                    + (open.size() - high) * points(RiskFactor.OPEN_ALERTS));
            int points = Math.min(raw, numbers.getOrDefault("max.OPEN_ALERTS", 100));
            if (points > 0) {
                parts.add(new Part(RiskFactor.OPEN_ALERTS, points,
                        Messages.stored(reason(RiskFactor.OPEN_ALERTS), open.size(), high), RecordKind.ALERT,
                        open.get(0).id()));
                total += points;
            }
        }
        if (!overdue.isEmpty()) {
            int points = capped(RiskFactor.OVERDUE_DEADLINES, overdue.size());
            if (points > 0) {
                parts.add(new Part(RiskFactor.OVERDUE_DEADLINES, points, Messages.stored(
                        reason(RiskFactor.OVERDUE_DEADLINES), overdue.size()), RecordKind.ALERT, overdue.get(0).id()));
                total += points;
            }
        }
        return total;
    }

    /**
     * The breaches reported by the processor or at it that still say something of it: those we became aware of in
     * the last {@code months.INCIDENTS} months, and older ones not yet closed. Each adds {@code points.INCIDENTS},
     * more when the data subjects had to be informed of a high risk (Art. 34) and while it is open, the newest first,
     * together up to {@code max.INCIDENTS}; each is a factor of its own, so that it links to its incident.
     */
    private int breaches(List<RiskInput.Breach> breaches, LocalDate day, List<Part> parts) {
        LocalDate since = day.minusMonths(numbers.getOrDefault(INCIDENT_MONTHS, 0));
        int left = numbers.getOrDefault("max." + RiskFactor.INCIDENTS.name(), 100);
        int total = 0;
        List<RiskInput.Breach> counted = breaches.stream().filter(b -> b.open() || !b.awareOn().isBefore(since))
                .sorted((a, b) -> a.awareOn().equals(b.awareOn()) ? Long.compare(b.id(), a.id())
                        : b.awareOn().compareTo(a.awareOn()))
                .toList();
        for (RiskInput.Breach breach : counted) {
            int points = Math.min(left, points(RiskFactor.INCIDENTS)
                    + (breach.highRisk() ? numbers.getOrDefault(INCIDENTS + "HIGH", 0) : 0)
                    + (breach.open() ? numbers.getOrDefault(INCIDENTS + "OPEN", 0) : 0));
            if (points <= 0) {
                break;
            }
            String kind = (breach.highRisk() ? "_HIGH" : "") + (breach.open() ? "_OPEN" : "");
            parts.add(new Part(RiskFactor.INCIDENTS, points, Messages.stored(reason(RiskFactor.INCIDENTS) + kind,
                    breach.id(), breach.awareOn()), RecordKind.INCIDENT, breach.id()));
            left -= points;
            total += points;
        }
        return total;
    }

    /** The prefix of the extra points of a breach ({@code points.INCIDENTS_HIGH}, {@code points.INCIDENTS_OPEN}). */
    private static final String INCIDENTS = "points." + RiskFactor.INCIDENTS.name() + "_";

    /** How many months after we became aware of it a closed breach still counts. */
    private static final String INCIDENT_MONTHS = "months." + RiskFactor.INCIDENTS.name();

    /** The first engagement (in id order) for which {@code found} finds codes, with the codes. */
    private static Optional<Hit> first(List<EngagementScope> engagements,
            java.util.function.Function<EngagementScope, List<String>> found) {
        return engagements.stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(e -> new Hit(e, found.apply(e))).filter(hit -> !hit.codes().isEmpty()).findFirst();
    }

    private record Hit(EngagementScope engagement, List<String> codes) {
    }

    private List<String> matching(RiskFactor factor, Set<String> codesOfEngagement) {
        Set<String> raising = codes.getOrDefault(factor, Set.of());
        return sorted(codesOfEngagement.stream().filter(code -> Codes.coveredByAny(raising, code)).toList());
    }

    private Part part(RiskFactor factor, Hit hit) {
        return new Part(factor, points(factor), Messages.stored(reason(factor), hit.engagement().label()),
                hit.codes(), RecordKind.ENGAGEMENT, hit.engagement().id());
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }

    private int points(RiskFactor factor) {
        return numbers.getOrDefault("points." + factor.name(), 0);
    }

    private int capped(RiskFactor factor, int count) {
        return Math.min(count * points(factor), numbers.getOrDefault("max." + factor.name(), 100));
    }

    private static int share(int inherent, int percent) {
        return Math.round(inherent * percent / 100f);
    }

    private static int bounded(int score) {
        return Math.max(0, Math.min(100, score));
    }

    static String reason(RiskFactor factor) {
        return "risk.reason." + factor.name();
    }

    private static InvalidInput.Violation violation(String key, String messageKey, Object... arguments) {
        return new InvalidInput.Violation(SETTINGS + "." + key, messageKey, arguments);
    }

    private static int number(Properties settings, String key, int min, int max,
            List<InvalidInput.Violation> wrong) {
        return number(key, settings.getProperty(key), min, max, wrong);
    }

    /** The number, or, when it is none or out of bounds, a violation and the lower bound (to go on checking). */
    private static int number(String key, String value, int min, int max, List<InvalidInput.Violation> wrong) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        wrong.add(violation(key, "risk.policy.number", min, max, value == null ? "" : value.strip()));
        return min;
    }

    private static List<Integer> numbers(String key, String value, int min, int max,
            List<InvalidInput.Violation> wrong) {
        int before = wrong.size();
        List<Integer> numbers = items(value).stream().map(n -> number(key, n, min, max, wrong)).toList();
        return wrong.size() > before ? List.of() : numbers;
    }

    /** Lower ends of bands: whole numbers from 1, each above the one before. */
    private static List<Long> bands(String key, String value, List<InvalidInput.Violation> wrong) {
        List<Long> bands = new ArrayList<>();
        for (String item : items(value)) {
            long bound;
            try {
                bound = Long.parseLong(item);
            } catch (NumberFormatException e) {
                wrong.add(violation(key, "risk.policy.band", item));
                return List.of();
            }
            if (bound < 1) {
                wrong.add(violation(key, "risk.policy.band", item));
                return List.of();
            }
            if (!bands.isEmpty() && bound <= bands.get(bands.size() - 1)) {
                wrong.add(violation(key, "risk.policy.bandsAscending", bound, bands.get(bands.size() - 1)));
                return List.of();
            }
            bands.add(bound);
        }
        return bands;
    }

    private static Optional<RiskFactor> factor(String key, String name, List<InvalidInput.Violation> wrong) {
        Optional<RiskFactor> factor = Arrays.stream(RiskFactor.values()).filter(f -> f.name().equals(name))
                .findFirst();
        if (factor.isEmpty()) {
            wrong.add(violation(key, "risk.policy.noFactor"));
        }
        return factor;
    }

    private static Optional<EvidenceType> evidenceType(String key, String name, List<InvalidInput.Violation> wrong) {
        Optional<EvidenceType> type = Arrays.stream(EvidenceType.values()).filter(t -> t.name().equals(name))
                .findFirst();
        if (type.isEmpty()) {
            wrong.add(violation(key, "risk.policy.noEvidenceType"));
        }
        return type;
    }

    /** The items of a list in order, repeats kept: a number of points or a bound given twice is not one. */
    private static List<String> items(String value) {
        return Arrays.stream(value.split(",")).filter(item -> !item.isBlank()).map(String::strip).toList();
    }

    private static Set<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
