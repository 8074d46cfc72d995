package eu.art28.risk.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.AgreementDecided;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.Links;
import eu.art28.chain.entity.ChainChanged;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.Scopes;
import eu.art28.coverage.control.SensitiveCategories;
import eu.art28.coverage.control.WhatIfRisk;
import eu.art28.engagements.entity.Engagement;
import eu.art28.engagements.entity.EngagementChanged;
import eu.art28.evidence.control.EvidenceOnFile;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.entity.EvidenceChanged;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.IncidentChanged;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.control.Timings;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorChanged;
import eu.art28.processors.entity.ProcessorsRegistered;
import eu.art28.processors.entity.ProcessorsRegistering;
import eu.art28.processors.entity.RiskTier;
import eu.art28.processors.entity.RiskTierChanged;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestChanged;
import eu.art28.risk.control.RiskInput;
import eu.art28.risk.control.RiskPolicy;
import eu.art28.risk.control.RiskReads;
import eu.art28.risk.control.RiskScore;
import eu.art28.risk.entity.RiskPolicyVersion;
import eu.art28.transfers.boundary.TransferCountries;
import eu.art28.transfers.control.TransferRules;

/**
 * When risk is scored: for the processor a change touched, in the change's own transaction after coverage and the
 * deadlines judged it (so open alerts count as they now stand); for all in the daily scan; and on demand, explained,
 * for the page and the API; for every processor when admin saves the next policy version; and, stored nowhere, for
 * the what-if check's question. Where the computed tier changes the tier in force, it says so with
 * {@link RiskTierChanged}, on which coverage judges the processor's engagements again against the evidence the
 * new tier requires.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Risks {

    private static final Logger LOG = Logger.getLogger(Risks.class.getName());

    /** After coverage, deletion and the deadlines, which observe the same events with the default priority. */
    static final int AFTER_JUDGEMENTS = Interceptor.Priority.APPLICATION + 900;

    /** In demo mode, after the samples' coverage, deadlines and deletions. */
    static final int DEMO_ORDER = 1500;

    /** From this many processors a scoring is scan-sized: scored on every core; an import's, so many at a time. */
    private static final int MANY = 1000;

    static final String TIER_CHANGED = "risk.changed.tier";

    @PersistenceContext
    EntityManager em;

    @Inject
    RiskReads reads;

    @Inject
    Scopes scopes;

    @Inject
    Links links;

    @Inject
    EvidenceOnFile evidence;

    @Inject
    TransferCountries transfers;

    @Inject
    DemoMode demo;

    @Inject
    Event<RiskTierChanged> tierChanged;

    @Inject
    Event<CodeNames> names;

    @Inject
    SecurityContext security;

    /** A processor's risk now, explained, with the tier in force and whether a person set it. */
    public record Explained(Processor processor, RiskScore score, List<RiskReads.Stored> history) {

        public boolean overridden() {
            return processor.isRiskTierOverridden();
        }

        public RiskTier inForce() {
            return processor.getRiskTier();
        }
    }

    public record ScanResult(int processors, int tiersChanged, long millis) {
    }

    /** A policy version admin saved, and the scoring of every processor by it. */
    public record PolicySaved(RiskPolicyVersion policy, ScanResult scan) {
    }

    /**
     * The defaults as version 1 at the first start; after an upgrade whose defaults have settings the stored policy
     * lacks (the scale bands), the stored policy completed with them as the next version, its other settings kept.
     */
    void onSchemaReady(@Observes @Priority(DEMO_ORDER) SchemaReady ready) {
        RiskPolicy defaults = RiskPolicy.parse(RiskPolicy.defaults());
        String stored = reads.newestPolicy();
        if (stored == null) {
            reads.storePolicy(defaults, Instant.now());
        } else {
            RiskPolicy.parse(stored).completedBy(defaults).ifPresent(completed -> {
                reads.storePolicy(completed, Instant.now());
                scan("risk.changed.policy");
            });
        }
        if (demo.enabled(ready)) {
            scan("cause.demo");
        }
    }

    void onEngagementChanged(@Observes @Priority(AFTER_JUDGEMENTS) EngagementChanged changed) {
        Engagement engagement = em.find(Engagement.class, changed.engagementId());
        if (engagement != null) {
            rescore(List.of(engagement.getProcessor().getId()), changed.cause());
        }
    }

    void onAgreementDecided(@Observes @Priority(AFTER_JUDGEMENTS) AgreementDecided decided) {
        rescore(List.of(decided.processorId()), decided.cause());
    }

    /** A link changed: the chain of its processor and of every processor above it. */
    void onChainChanged(@Observes @Priority(AFTER_JUDGEMENTS) ChainChanged changed) {
        Set<Long> affected = new LinkedHashSet<>(List.of(changed.processorId()));
        affected.addAll(links.all().upstream(changed.processorId()));
        rescore(affected, changed.cause());
    }

    void onEvidenceChanged(@Observes @Priority(AFTER_JUDGEMENTS) EvidenceChanged changed) {
        rescore(List.of(changed.processorId()), changed.cause());
    }

    /** Reviewed or offboarded: its residual risk moves. */
    void onProcessorChanged(@Observes @Priority(AFTER_JUDGEMENTS) ProcessorChanged changed) {
        rescore(List.of(changed.processorId()), changed.cause());
    }

    /**
     * A security questionnaire accepted: its score is now the processor's (the request the processor's score comes
     * from), so its residual risk moves at once. The evidence the acceptance registers is scored before the score is
     * kept, so that change alone would miss it.
     */
    void onRequestChanged(@Observes @Priority(AFTER_JUDGEMENTS) RequestChanged changed) {
        Request request = em.find(Request.class, changed.requestId());
        if (request != null && request.getId().equals(request.getProcessor().getQuestionnaireRequestId())) {
            rescore(List.of(request.getProcessor().getId()), changed.cause());
        }
    }

    /**
     * A breach registered (by a person or from the processor's accepted report) or changed, decided or followed up:
     * the residual risk of the processor that reported it and of the one where it happened moves.
     */
    void onIncidentChanged(@Observes @Priority(AFTER_JUDGEMENTS) IncidentChanged changed) {
        Incident incident = em.find(Incident.class, changed.incidentId());
        if (incident != null) {
            rescore(new LinkedHashSet<>(List.of(incident.getProcessorId(), incident.getSourceProcessorId())),
                    changed.cause());
        }
    }

    /**
     * New processors about to be written take the computed tier where no person gave one, from what alone can raise
     * a processor's risk before anything refers to it (its services): so their creation records the tier in force,
     * and storing their first scores ({@link #onRegistered}) finds nothing to change on them.
     */
    void onRegistering(@Observes ProcessorsRegistering registering) {
        RiskPolicy policy = policy();
        LocalDate today = LocalDate.now();
        registering.processors().forEach(p -> p.computedRiskTier(policy.tierOfUnregistered(p.getServices(), today)));
    }

    /** Registered, or imported: their first scores, a scan-sized number of processors at a time. */
    void onRegistered(@Observes @Priority(AFTER_JUDGEMENTS) ProcessorsRegistered registered) {
        List<Long> ids = List.copyOf(registered.processorIds());
        for (int from = 0; from < ids.size(); from += MANY) {
            rescore(ids.subList(from, Math.min(ids.size(), from + MANY)), registered.cause());
        }
    }

    /** Its tier changed and coverage judged its engagements again: the alerts it counts may be others. */
    void onRiskTierChanged(@Observes @Priority(AFTER_JUDGEMENTS) RiskTierChanged changed) {
        rescore(changed.processorIds(), changed.cause());
    }

    /** After the day's judgements and deadlines, so that alerts opened or resolved overnight count. */
    void onScanDue(@Observes @Priority(ScanDue.DEADLINES + 100) ScanDue due) {
        ScanResult result = scan(due.cause());
        due.done(result.processors() + " risk scores");
    }

    /** Every processor scored again: the daily scan, and an administrator's on demand. */
    @RolesAllowed(Role.Names.ADMIN)
    public ScanResult scan(String cause) {
        Instant start = Instant.now();
        int[] counts = rescore(null, cause);
        long millis = Duration.between(start, Instant.now()).toMillis();
        LOG.info(() -> "Risk scan: " + counts[0] + " processors, " + counts[1] + " tiers changed, " + millis + " ms");
        return new ScanResult(counts[0], counts[1], millis);
    }

    /** The processor's risk today, explained, with its tier in force and its history. */
    @PermitAll
    public Explained explain(long processorId) {
        Processor processor = processor(processorId);
        RiskScore score = score(List.of(processorId), LocalDate.now()).get(processorId);
        return new Explained(processor, score, reads.history(processorId));
    }

    /** A factor's reason in the reader's language, with the codes behind it by name (the dossier's, the API's). */
    public static String reason(RiskScore.Part part, CodeNames names) {
        return RiskJson.reason(part, names);
    }

    /** The active processors by band of inherent and of residual risk: counts[inherent][residual], by tier ordinal. */
    @PermitAll
    public long[][] heatMap() {
        RiskPolicy policy = policy();
        long[][] counts = new long[RiskTier.values().length][RiskTier.values().length];
        reads.activeByScores().forEach((pair, count) ->
                counts[policy.tier(pair.get(0)).ordinal()][policy.tier(pair.get(1)).ordinal()] += count);
        return counts;
    }

    /** How many active processors lie in the heat map's cell. */
    @PermitAll
    public long countIn(RiskTier inherent, RiskTier residual) {
        RiskPolicy policy = policy();
        return reads.countWithin(policy.band(inherent), policy.band(residual));
    }

    /** A page of the active processors in the heat map's cell, highest residual risk first. */
    @PermitAll
    public List<RiskReads.Scored> in(RiskTier inherent, RiskTier residual, int first, int size) {
        RiskPolicy policy = policy();
        return reads.within(policy.band(inherent), policy.band(residual), first, size);
    }

    /** The policy that scores now: its version and its settings. */
    @PermitAll
    public RiskPolicy policy() {
        String stored = reads.newestPolicy();
        return RiskPolicy.parse(stored == null ? RiskPolicy.defaults() : stored);
    }

    /** The policy version that scores now, as it was saved: by whom, when and why. */
    @PermitAll
    public RiskPolicyVersion policyVersion() {
        return em.createQuery("select p from RiskPolicyVersion p order by p.version desc", RiskPolicyVersion.class)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> new NoSuchRecord("risk policy", 1));
    }

    /**
     * Admin saves the next version of the policy, replacing the one last read ({@code expectedVersion}: 409 when
     * someone saved one since). The settings are checked whole (each wrong setting named, {@code settings.KEY});
     * then every processor is scored by the new version at once, as the daily scan would, so that no score and
     * no tier in force is left from the old one; each score records the version. Audited as the version's creation.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public PolicySaved savePolicy(long expectedVersion, String settings, String reason) {
        RiskPolicyVersion current = policyVersion();
        Conflict.ifStale(expectedVersion, current.getVersion());
        RiskPolicy next = RiskPolicy.nextVersion(settings, current.getVersion() + 1);
        RiskPolicyVersion saved = new RiskPolicyVersion(next.version(), next.text(), Caller.name(security), reason);
        em.persist(saved);
        em.flush();
        return new PolicySaved(saved, scan("risk.changed.policy"));
    }

    /**
     * The what-if check's question: the processor's risk now and with the engagement asked about, and the inherent
     * factors it adds or raises. Nothing is stored.
     */
    void onWhatIf(@Observes WhatIfRisk question) {
        EngagementScope asked = question.engagement();
        long id = asked.processorId();
        LocalDate today = LocalDate.now();
        RiskScore now = score(List.of(id), today).get(id);
        if (now == null) {
            return;
        }
        Locale locale = question.locale();
        EngagementScope named = new EngagementScope(asked.id(), id, Messages.text(locale, "risk.whatIf.engagement"),
                asked.purposes(), asked.dataCategories(), asked.dataSubjects(), asked.countries(), asked.from(),
                asked.until(), asked.originalPurpose(), asked.riskTier(), asked.dataSubjectCount());
        RiskScore with = score(List.of(id), today, new ArrayList<>(), named).get(id);
        CodeNames codeNames = CodeNames.asked(names, locale);
        List<WhatIfRisk.Factor> added = with.inherentParts().stream()
                .filter(p -> now.parts().stream().noneMatch(n -> n.factor() == p.factor() && n.points() >= p.points()))
                .map(p -> new WhatIfRisk.Factor(p.factor().name(), Messages.word(locale, p.factor()), p.points(),
                        RiskJson.reason(p, codeNames))).toList();
        question.answer(new WhatIfRisk.Effect(now.inherent(), now.residual(), now.tier(), with.inherent(),
                with.residual(), with.tier(), added));
    }

    /**
     * A person sets the tier in force, whatever the computed risk, and says why; coverage then asks for the
     * evidence that tier requires. Audited with the reason, on the processor.
     */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.MANAGER})
    public Processor override(long processorId, long expectedVersion, RiskTier tier, String reason) {
        Processor processor = processor(processorId);
        Conflict.ifStale(expectedVersion, processor.getVersion());
        processor.overrideRiskTier(tier, reason);
        return changed(processor, "risk.changed.override");
    }

    /** The override ends: the computed tier is in force again, at once. */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.MANAGER})
    public Processor followComputed(long processorId, long expectedVersion) {
        Processor processor = processor(processorId);
        Conflict.ifStale(expectedVersion, processor.getVersion());
        RiskScore score = score(List.of(processorId), LocalDate.now()).get(processorId);
        processor.followComputedRiskTier(score.tier());
        return changed(processor, "risk.changed.computed");
    }

    private Processor changed(Processor processor, String cause) {
        Records.flushed(em, processor);
        tierChanged.fire(new RiskTierChanged(processor.getId(), cause));
        return processor;
    }

    private Processor processor(long id) {
        return NoSuchRecord.unlessMissing(em.find(Processor.class, id), "processor", id);
    }

    /**
     * Scores these processors (all when null), stores what changed with its history and puts the computed tier in
     * force where no person overrode it; how many were scored and how many tiers changed. Its time is told to the
     * client as {@code risk} (Server-Timing).
     */
    private int[] rescore(Collection<Long> ids, String cause) {
        long start = System.nanoTime();
        List<Long> changedTiers = new ArrayList<>();
        int scored;
        try {
            List<RiskReads.ProcessorRow> processors = new ArrayList<>();
            Map<Long, RiskScore> scores = score(ids, LocalDate.now(), processors);
            scored = scores.size();
            reads.store(scores, reads.stored(ids), Instant.now(), cause);
            // only the processors whose tier in force must follow are loaded as entities (audited, versioned)
            for (RiskReads.ProcessorRow row : processors) {
                RiskTier computed = scores.get(row.id()).tier();
                if (!row.overridden() && row.tier() != computed
                        && em.find(Processor.class, row.id()).computedRiskTier(computed)) {
                    changedTiers.add(row.id());
                }
            }
            if (!changedTiers.isEmpty()) {
                em.flush();
            }
        } finally {
            Timings.add("risk", System.nanoTime() - start);
        }
        // coverage judges their engagements against the evidence the new tier requires; risk then scores them again
        if (!changedTiers.isEmpty()) {
            tierChanged.fire(new RiskTierChanged(changedTiers, TIER_CHANGED));
        }
        return new int[] {scored, changedTiers.size()};
    }

    private Map<Long, RiskScore> score(Collection<Long> ids, LocalDate today) {
        return score(ids, today, new ArrayList<>(), null);
    }

    private Map<Long, RiskScore> score(Collection<Long> ids, LocalDate today, List<RiskReads.ProcessorRow> read) {
        return score(ids, today, read, null);
    }

    /**
     * The scores of these processors (all when null); {@code read} receives the processors as read; {@code extra},
     * when given, an engagement not registered (the what-if), counts as one of its processor's.
     */
    private Map<Long, RiskScore> score(Collection<Long> ids, LocalDate today, List<RiskReads.ProcessorRow> read,
            EngagementScope extra) {
        // the reads below are plain JDBC on the transaction's connection: what this transaction changed must be there
        em.flush();
        List<RiskReads.ProcessorRow> processors = reads.processors(ids);
        read.addAll(processors);
        Map<Long, List<EngagementScope>> engagements = scopes.engagements(null, ids).stream()
                .collect(Collectors.groupingBy(EngagementScope::processorId));
        if (extra != null) {
            engagements.computeIfAbsent(extra.processorId(), p -> new ArrayList<>()).add(extra);
        }
        Map<Long, List<AgreementScope>> agreements = scopes.agreementsByProcessor(ids);
        Map<Long, List<EvidenceScope>> onFile = evidence.byProcessor(ids);
        Chain chain = ids == null ? links.all() : links.beneath(ids);
        SensitiveCategories sensitive = scopes.sensitiveCategories();
        TransferRules rules = transfers.rules();
        RiskPolicy policy = policy();
        return (processors.size() > MANY ? processors.parallelStream() : processors.stream())
                .collect(Collectors.toMap(RiskReads.ProcessorRow::id, p -> policy.score(new RiskInput(p.id(),
                        p.services(), engagements.getOrDefault(p.id(), List.of()),
                        agreements.getOrDefault(p.id(), List.of()), chain, onFile.getOrDefault(p.id(), List.of()),
                        p.lastReview(), p.alerts(), p.questionnaire(), p.breaches()), sensitive, rules, today),
                        (a, b) -> a));
    }
}
