package eu.art28.coverage.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.agreements.entity.AgreementDecided;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.alerts.entity.Subject;
import eu.art28.catalogue.boundary.Catalogue;
import eu.art28.catalogue.control.CatalogueChanged;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.Links;
import eu.art28.chain.entity.ChainChanged;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.CoverageEngine;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.Gate;
import eu.art28.coverage.control.Scopes;
import eu.art28.deletion.boundary.Deletions;
import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.engagements.control.SampleEngagements;
import eu.art28.engagements.entity.EngagementChanged;
import eu.art28.evidence.control.EvidenceOnFile;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.control.SecurityPolicy;
import eu.art28.evidence.entity.EvidenceChanged;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.control.Timings;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.RiskTierChanged;
import eu.art28.transfers.boundary.TransferCountries;
import eu.art28.transfers.control.TransferRulesChanged;

/**
 * When coverage is judged: at once for what changed (an engagement stored, an agreement approved or
 * terminated), for everything on demand and daily, and hypothetically for the what-if question.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Coverage {

    private static final Logger LOG = Logger.getLogger(Coverage.class.getName());

    /** The rules this feature owns: its alerts are resolved when these findings disappear. */
    static final Set<Rule> RULES = EnumSet.of(Rule.NO_AGREEMENT, Rule.AGREEMENT_NOT_IN_FORCE,
            Rule.AGREEMENT_SCOPE_EMPTY, Rule.PURPOSE_NOT_COVERED, Rule.DATA_CATEGORY_NOT_COVERED,
            Rule.DATA_SUBJECT_NOT_COVERED, Rule.SPECIAL_CATEGORY_NOT_ALLOWED, Rule.COUNTRY_NOT_COVERED,
            Rule.TRANSFER_WITHOUT_SAFEGUARD, Rule.SUBPROCESSING_NOT_ALLOWED, Rule.SUBPROCESSOR_NOT_AUTHORISED,
            Rule.SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT, Rule.FLOW_DOWN_MISSING, Rule.CONFIDENTIALITY_NOT_GUARANTEED,
            Rule.SECURITY_NOT_DEMONSTRATED, Rule.PURPOSE_INCOMPATIBLE);

    /**
     * From this many engagements a judgement is scan-sized: the whole registry is read rather than the
     * processors' part, and judging is shared out over the cores (one processor's few are too short for that).
     */
    private static final int MANY = 1000;

    @Inject
    Scopes scopes;

    @Inject
    Alerts alerts;

    @Inject
    DemoMode demo;

    @Inject
    Links links;

    @Inject
    TransferCountries transfers;

    @Inject
    EvidenceOnFile evidence;

    @Inject
    Catalogue catalogue;

    @Inject
    Deletions deletions;

    @Resource
    ManagedExecutorService executor;

    /** The evidence that demonstrates security for a processor of high risk (ART28_SECURITY_EVIDENCE_HIGH). */
    @Inject
    @ConfigProperty(name = "art28.security.evidence.high", defaultValue = SecurityPolicy.DEFAULT_HIGH)
    String securityHigh;

    @Inject
    @ConfigProperty(name = "art28.security.evidence.medium", defaultValue = SecurityPolicy.DEFAULT_MEDIUM)
    String securityMedium;

    @Inject
    @ConfigProperty(name = "art28.security.evidence.low", defaultValue = SecurityPolicy.DEFAULT_LOW)
    String securityLow;

    public record ScanResult(int engagements, int findings, long millis) {
    }

    void onEngagementChanged(@Observes EngagementChanged changed) {
        rejudge(() -> scopes.engagements(List.of(changed.engagementId()), null),
                changed.cause());
    }

    void onAgreementDecided(@Observes AgreementDecided decided) {
        rejudge(() -> scopes.engagements(null, List.of(decided.processorId())), decided.cause());
    }

    /** A link changed: the engagements of its processor and of every processor above it may reach it. */
    void onChainChanged(@Observes ChainChanged changed) {
        Chain chain = links.all();
        Set<Long> affected = new LinkedHashSet<>(List.of(changed.processorId()));
        affected.addAll(chain.upstream(changed.processorId()));
        String cause = changed.cause();
        judge(scopes.engagements(null, affected), chain, cause);
    }

    /**
     * In demo mode, judges the sample engagements once they exist, so the first look shows alerts. A real
     * installation is judged by its daily scan, not at every start.
     */
    void onSchemaReady(@Observes @Priority(SampleEngagements.ORDER + 100) SchemaReady ready) {
        if (demo.enabled(ready)) {
            scan("cause.demo");
        }
    }

    void onCatalogueChanged(@Observes CatalogueChanged changed) {
        List<Long> using = scopes.engagementsUsing(changed.kind(), changed.code());
        if (!using.isEmpty()) {
            rejudge(() -> scopes.engagements(using, null), Messages.stored("cause.catalogue", changed.code()));
        }
    }

    /** A confidentiality undertaking (or other evidence) came, changed or went. */
    void onEvidenceChanged(@Observes EvidenceChanged changed) {
        rejudge(() -> scopes.engagements(null, List.of(changed.processorId())),
                changed.cause());
    }

    /** Processors' tiers in force changed: the evidence their engagements require is another (all, for many). */
    void onRiskTierChanged(@Observes RiskTierChanged changed) {
        rejudge(() -> scopes.engagements(null, changed.processorIds().size() > MANY ? null : changed.processorIds()),
                changed.cause());
    }

    /** The day changed: agreements may have run out and notices been accepted overnight. */
    void onScanDue(@Observes @Priority(ScanDue.JUDGEMENTS) ScanDue due) {
        scan(due.cause());
    }

    /** EEA membership or an adequacy decision changed: any engagement with a country may be judged otherwise. */
    void onTransferRulesChanged(@Observes TransferRulesChanged changed) {
        scan(Messages.stored("cause.transferRules", changed.code()));
    }

    /**
     * Every engagement, against every agreement and every link: the daily scan (which also notices agreements
     * that expired and notices accepted overnight), and an administrator's on demand.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ScanResult scan(String cause) {
        Instant start = Instant.now();
        // Independent reads of the whole registry: the links, agreements and evidence come in on other threads
        // (and connections) while this one reads the engagements, so the database and the JVM overlap. Those
        // threads see what is committed: no caller of a scan holds uncommitted agreements, evidence or links (a
        // change of the transfer rules, read on this thread by engine(), is the only change that scans at once).
        CompletableFuture<Chain> chainRead = CompletableFuture.supplyAsync(links::all, executor);
        CompletableFuture<Map<Long, List<AgreementScope>>> agreements =
                CompletableFuture.supplyAsync(() -> scopes.agreementsByProcessor(null), executor);
        CompletableFuture<Map<Long, List<EvidenceScope>>> onFile =
                CompletableFuture.supplyAsync(() -> evidence.byProcessor(null), executor);
        List<EngagementScope> engagements = scopes.engagements(null, null);
        Chain chain = joined(chainRead);
        int findings = judge(engagements, chain, joined(agreements), joined(onFile), cause);
        long millis = Duration.between(start, Instant.now()).toMillis();
        LOG.info(() -> "Coverage scan: " + engagements.size() + " engagements, " + chain.links().size() + " links, "
                + findings + " findings, " + millis + " ms");
        return new ScanResult(engagements.size(), findings, millis);
    }

    /** The read's result, or its own failure (a database outage stays one: 503, not 500). */
    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** What would be missing if we engaged this processor like this; nothing is stored. */
    @PermitAll
    public List<Finding> check(EngagementScope hypothetical) {
        long processor = hypothetical.processorId();
        List<AgreementScope> agreements = scopes.agreementsByProcessor(List.of(processor))
                .getOrDefault(processor, List.of());
        return engine().evaluate(hypothetical, agreements, links.beneath(List.of(processor)),
                evidence.byProcessor(List.of(processor)).getOrDefault(processor, List.of()), LocalDate.now());
    }

    /**
     * The privacy statement's promises about one processor, as they stand today: security demonstrated by evidence
     * its risk tier counts and confidentiality guaranteed (judged now, before any engagement too), purpose
     * limitation held by each of its engagements (their unresolved alerts), and deletion or return confirmed for
     * what ended, at the latest on the last allowed day.
     */
    @PermitAll
    public List<Gate> gates(Processor processor) {
        long id = processor.getId();
        LocalDate today = LocalDate.now();
        List<EvidenceScope> onFile = evidence.byProcessor(List.of(id)).getOrDefault(id, List.of());
        List<Gate> gates = new ArrayList<>();
        SecurityPolicy.Judgement security = securityPolicy().judge(processor.getRiskTier(), onFile, today);
        gates.add(security.demonstrated()
                ? Gate.passed(Rule.SECURITY_NOT_DEMONSTRATED, security.demonstratedBy().map(CoverageEngine::describe)
                        .orElse("\u2013"))
                : Gate.failed(Rule.SECURITY_NOT_DEMONSTRATED,
                        Messages.items(security.required().stream().map(Messages::key).toList()),
                        Messages.items(security.notValid().stream().map(CoverageEngine::describe).toList())));
        gates.add(CoverageEngine.confidentialityGuaranteedBy(
                scopes.agreementsByProcessor(List.of(id)).getOrDefault(id, List.of()), onFile, today)
                .map(by -> Gate.passed(Rule.CONFIDENTIALITY_NOT_GUARANTEED, by))
                .orElseGet(() -> Gate.failed(Rule.CONFIDENTIALITY_NOT_GUARANTEED)));
        List<String> beyondPurpose = alerts.unresolved(EnumSet.of(Rule.PURPOSE_INCOMPATIBLE), id).stream()
                .map(Alert::getSubjectLabel).toList();
        gates.add(beyondPurpose.isEmpty() ? Gate.passed(Rule.PURPOSE_INCOMPATIBLE)
                : Gate.failed(Rule.PURPOSE_INCOMPATIBLE, Messages.items(beyondPurpose)));
        List<EndedProcessing> ended = deletions.ended(id);
        List<String> overdue = ended.stream().filter(e -> e.state() == DeletionState.OVERDUE)
                .map(e -> Messages.stored("gate.overdue", e.label(), e.endedOn(), e.lastAllowedDay())).toList();
        gates.add(overdue.isEmpty()
                ? Gate.passed(Rule.DELETION_NOT_CONFIRMED, String.valueOf(ended.stream()
                        .filter(e -> e.state() == DeletionState.AWAITING).count()))
                : Gate.failed(Rule.DELETION_NOT_CONFIRMED, Messages.items(overdue)));
        return gates;
    }

    /**
     * Judges what a change touched, with the links beneath those engagements' processors (all links when many).
     * Its time, from reading the engagements to storing the alerts, is told to the client as {@code coverage}
     * (Server-Timing): the re-evaluation after one change.
     */
    private void rejudge(Supplier<List<EngagementScope>> touched, String cause) {
        long start = System.nanoTime();
        try {
            List<EngagementScope> engagements = touched.get();
            Chain chain = engagements.size() > MANY ? links.all()
                    : links.beneath(engagements.stream().map(EngagementScope::processorId).distinct().toList());
            judge(engagements, chain, cause);
        } finally {
            Timings.add("coverage", System.nanoTime() - start);
        }
    }

    private int judge(List<EngagementScope> engagements, Chain chain, String cause) {
        if (engagements.isEmpty()) {
            return 0;
        }
        Collection<Long> processors = engagements.size() > MANY ? null
                : engagements.stream().map(EngagementScope::processorId).distinct().toList();
        return judge(engagements, chain, scopes.agreementsByProcessor(processors), evidence.byProcessor(processors),
                cause);
    }

    private int judge(List<EngagementScope> engagements, Chain chain, Map<Long, List<AgreementScope>> agreements,
            Map<Long, List<EvidenceScope>> onFile, String cause) {
        CoverageEngine engine = engine();
        LocalDate today = LocalDate.now();
        // The engine is plain Java over what was read (immutable scopes, a read-only chain): a scan judges on
        // every core while nothing else waits for the database; findings keep the engagements' order.
        List<Finding> findings = (engagements.size() > MANY ? engagements.parallelStream()
                : engagements.stream())
                .flatMap(engagement -> engine.evaluate(engagement,
                        agreements.getOrDefault(engagement.processorId(), List.of()), chain,
                        onFile.getOrDefault(engagement.processorId(), List.of()), today).stream())
                .toList();
        List<Subject> subjects = engagements.stream()
                .map(engagement -> Subject.engagement(engagement.id())).toList();
        alerts.reconcile(subjects, RULES, findings, cause);
        return findings.size();
    }

    private CoverageEngine engine() {
        return new CoverageEngine(scopes.sensitiveCategories(), transfers.rules(), catalogue.compatibility(),
                securityPolicy());
    }

    /** Which evidence counts, by risk tier, as configured; a wrong type name is refused with the tier named. */
    @PermitAll
    public SecurityPolicy securityPolicy() {
        return SecurityPolicy.parse(securityHigh, securityMedium, securityLow);
    }
}
