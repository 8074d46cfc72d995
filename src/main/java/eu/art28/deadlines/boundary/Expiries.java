package eu.art28.deadlines.boundary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.agreements.entity.AgreementDecided;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.alerts.entity.Subject;
import eu.art28.chain.control.Links;
import eu.art28.chain.entity.ChainChanged;
import eu.art28.deadlines.control.DueDates;
import eu.art28.deadlines.control.ExpiryPolicy;
import eu.art28.deadlines.control.ExpiryPolicy.ReviewDates;
import eu.art28.evidence.control.EvidenceOnFile;
import eu.art28.evidence.entity.EvidenceChanged;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.ProcessorChanged;

/**
 * When the expiry policy is applied: to everything in the daily scan (deadlines move by the calendar alone), and at
 * once to what a change touched (an agreement decided, a link changed, evidence filed, a processor reviewed or
 * offboarded).
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Expiries {

    static final Set<Rule> AGREEMENT_RULES = EnumSet.of(Rule.AGREEMENT_EXPIRING, Rule.AGREEMENT_EXPIRED,
            Rule.NOTICE_DEADLINE_NEAR);
    static final Set<Rule> LINK_RULES = EnumSet.of(Rule.OBJECTION_DEADLINE_NEAR);
    static final Set<Rule> REVIEW_RULES = EnumSet.of(Rule.REVIEW_DUE);
    static final Set<Rule> EVIDENCE_RULES = EnumSet.of(Rule.EVIDENCE_EXPIRING, Rule.EVIDENCE_EXPIRED);

    /** After the demo data and its coverage judgement. */
    static final int DEMO_ORDER = 1400;

    @Inject
    DueDates dueDates;

    @Inject
    Links links;

    @Inject
    Alerts alerts;

    @Inject
    EvidenceOnFile evidence;

    @Inject
    DemoMode demo;

    /** Days before a deadline at which its alert enters and escalates (ART28_EXPIRY_THRESHOLDS). */
    @Inject
    @ConfigProperty(name = "art28.expiry.thresholds", defaultValue = "90,30,7,0")
    String thresholds;

    /** Every deadline, of every processor; returns the number of findings. */
    @RolesAllowed(Role.Names.ADMIN)
    public int scan(String cause) {
        LocalDate today = LocalDate.now();
        ExpiryPolicy policy = policy();
        List<ReviewDates> active = dueDates.reviews(null);
        return reconcile(AGREEMENT_RULES, policy.agreements(dueDates.agreements(null), today), null, cause)
                + reconcile(LINK_RULES, policy.objections(links.all().links(), today), null, cause)
                + reconcile(REVIEW_RULES, policy.reviews(active, today), null, cause)
                + reconcile(EVIDENCE_RULES, policy.evidence(evidence.byProcessor(null).values().stream()
                        .flatMap(List::stream).toList(), names(active), today), null, cause);
    }

    /** Deadlines move by the calendar alone: after the day's judgements of coverage and deletion. */
    void onScanDue(@Observes @Priority(ScanDue.DEADLINES) ScanDue due) {
        due.done(scan(due.cause()) + " deadline findings");
    }

    void onSchemaReady(@Observes @Priority(DEMO_ORDER) SchemaReady ready) {
        if (demo.enabled(ready)) {
            scan("cause.demo");
        }
    }

    void onAgreementDecided(@Observes AgreementDecided decided) {
        List<Long> processor = List.of(decided.processorId());
        reconcile(AGREEMENT_RULES, policy().agreements(dueDates.agreements(processor), LocalDate.now()),
                decided.processorId(), decided.cause());
    }

    void onChainChanged(@Observes ChainChanged changed) {
        reconcile(LINK_RULES, policy().objections(links.beneath(List.of(changed.processorId())).links().stream()
                .filter(l -> l.processorId() == changed.processorId()).toList(), LocalDate.now()),
                changed.processorId(), changed.cause());
    }

    void onEvidenceChanged(@Observes EvidenceChanged changed) {
        evidenceOf(changed.processorId(), policy(), LocalDate.now(), changed.cause());
    }

    private void evidenceOf(long processorId, ExpiryPolicy policy, LocalDate today, String cause) {
        List<Long> processor = List.of(processorId);
        reconcile(EVIDENCE_RULES, policy.evidence(evidence.byProcessor(processor).getOrDefault(processorId, List.of()),
                names(dueDates.reviews(processor)), today), processorId, cause);
    }

    private static Map<Long, String> names(List<ReviewDates> active) {
        return active.stream().collect(Collectors.toMap(ReviewDates::processorId, ReviewDates::label));
    }

    /** Reviewed: its review is due later. Offboarded: nothing of it is due any more. */
    void onProcessorChanged(@Observes ProcessorChanged changed) {
        List<Long> processor = List.of(changed.processorId());
        String cause = changed.cause();
        LocalDate today = LocalDate.now();
        ExpiryPolicy policy = policy();
        reconcile(REVIEW_RULES, policy.reviews(dueDates.reviews(processor), today), changed.processorId(), cause);
        evidenceOf(changed.processorId(), policy, today, cause);
        reconcile(AGREEMENT_RULES, policy.agreements(dueDates.agreements(processor), today), changed.processorId(),
                cause);
        reconcile(LINK_RULES, policy.objections(links.beneath(processor).links().stream()
                .filter(l -> l.processorId() == changed.processorId()).toList(), today), changed.processorId(), cause);
    }

    @PermitAll
    public ExpiryPolicy policy() {
        return ExpiryPolicy.parse(thresholds);
    }

    /**
     * The findings of these rules, about their subjects and about every subject that still has an unresolved alert
     * of them (of the one processor, or of all), so that what is no longer due is resolved.
     */
    private int reconcile(Set<Rule> rules, List<Finding> findings, Long processorId, String cause) {
        Collection<Subject> subjects = new LinkedHashSet<>(alerts.unresolvedSubjects(rules, processorId));
        findings.forEach(f -> subjects.add(f.subject()));
        alerts.reconcile(subjects, rules, findings, cause);
        return findings.size();
    }
}
