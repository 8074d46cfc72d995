package eu.art28.deadlines.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.evidence.control.EvidenceScope;

/**
 * Deadlines that need someone before they pass: agreements running out, the last day to cancel a tacitly renewing
 * one, evidence running out, objection windows closing, reviews of a processor's guarantees falling due. A deadline enters at the first
 * threshold (default 90 days ahead) and its one alert escalates as the next thresholds pass (30: medium, 7 and
 * the day itself: high); an agreement or evidence that ran out becomes its own alert, once. Plain Java over read models.
 */
public final class ExpiryPolicy {

    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(90, 30, 7, 0);

    /** An approved agreement of an active processor, with the label its alerts show. */
    public record AgreementDates(long id, long processorId, String label, Term term) {
    }

    /** When an active processor's guarantees are next to be reviewed (its registration day if never). */
    public record ReviewDates(long processorId, String label, LocalDate due) {
    }

    private final List<Integer> thresholds;

    public ExpiryPolicy(List<Integer> thresholds) {
        if (thresholds.isEmpty() || thresholds.stream().anyMatch(t -> t < 0)) {
            throw new IllegalArgumentException("thresholds are days ahead, at least one, none negative: " + thresholds);
        }
        this.thresholds = thresholds.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** From configuration such as "90,30,7,0"; the defaults when it does not read. */
    public static ExpiryPolicy parse(String days) {
        try {
            return new ExpiryPolicy(Arrays.stream(days.split(",")).map(String::trim).map(Integer::valueOf).toList());
        } catch (RuntimeException e) {
            return new ExpiryPolicy(DEFAULT_THRESHOLDS);
        }
    }

    public List<Integer> thresholds() {
        return thresholds;
    }

    /**
     * How urgent a deadline is today: none before the first threshold, then one step up at each threshold passed
     * (low, medium, high, and high from then on). Days count by the calendar, across month ends and leap days.
     */
    public Optional<Severity> severity(LocalDate today, LocalDate deadline) {
        long left = ChronoUnit.DAYS.between(today, deadline);
        long passed = thresholds.stream().filter(t -> left <= t).count();
        if (passed == 0) {
            return Optional.empty();
        }
        return Optional.of(passed == 1 ? Severity.LOW : passed == 2 ? Severity.MEDIUM : Severity.HIGH);
    }

    /**
     * Running out, the notice deadline of a tacit renewal, and ran out: the day ahead is Term#nextDeadline, as the
     * agreements list and the dashboard count it. An agreement that another approved one of the same processor
     * takes over from (in force the day after) needs nothing; one that ran out is reported only while nothing else
     * of its processor is in force.
     */
    public List<Finding> agreements(Collection<AgreementDates> agreements, LocalDate today) {
        Map<Long, List<AgreementDates>> byProcessor = agreements.stream()
                .collect(Collectors.groupingBy(AgreementDates::processorId));
        List<Finding> findings = new ArrayList<>();
        for (AgreementDates agreement : agreements) {
            Term term = agreement.term();
            List<AgreementDates> others = byProcessor.get(agreement.processorId()).stream()
                    .filter(o -> o.id() != agreement.id()).toList();
            Optional<LocalDate> next = term.nextDeadline(today);
            if (term.tacitRenewal()) {
                next.ifPresent(deadline -> severity(today, deadline).ifPresent(severity ->
                        findings.add(about(Rule.NOTICE_DEADLINE_NEAR, agreement, deadline, severity))));
                continue;
            }
            LocalDate end = term.expiresOn();
            if (end == null || others.stream().anyMatch(o -> o.term().inForceOn(end.plusDays(1)))) {
                continue;
            }
            if (next.isPresent()) {
                severity(today, end).ifPresent(severity ->
                        findings.add(about(Rule.AGREEMENT_EXPIRING, agreement, end, severity)));
            } else if (others.stream().noneMatch(o -> o.term().inForceOn(today))) {
                findings.add(about(Rule.AGREEMENT_EXPIRED, agreement, end, Rule.AGREEMENT_EXPIRED.severity()));
            }
        }
        return findings;
    }

    /**
     * Evidence running out, and ran out. A certificate renewed in time (a newer one of its kind valid the day
     * after) needs nothing; of those that ran out only the latest of its kind is reported, while nothing of that
     * kind is valid. {@code names} are the active processors by id: evidence of others is not looked at.
     */
    public List<Finding> evidence(Collection<EvidenceScope> evidence, Map<Long, String> names, LocalDate today) {
        Map<String, List<EvidenceScope>> byKind = evidence.stream().filter(e -> names.containsKey(e.processorId()))
                .collect(Collectors.groupingBy(e -> e.processorId() + ":" + e.type()));
        List<Finding> findings = new ArrayList<>();
        for (List<EvidenceScope> kind : byKind.values()) {
            EvidenceScope latest = kind.stream().max(Comparator.comparing(EvidenceScope::validUntil,
                    Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
            for (EvidenceScope item : kind) {
                LocalDate end = item.validUntil();
                if (end == null || kind.stream().anyMatch(o -> o != item && o.validOn(end.plusDays(1)))) {
                    continue;
                }
                String label = item.type().name().replace('_', ' ') + " (" + item.issuer() + "), "
                        + names.get(item.processorId());
                if (!today.isAfter(end)) {
                    severity(today, end).ifPresent(severity -> findings.add(about(Rule.EVIDENCE_EXPIRING, item,
                            label, severity)));
                } else if (item == latest && kind.stream().noneMatch(o -> o.validOn(today))) {
                    findings.add(about(Rule.EVIDENCE_EXPIRED, item, label, Rule.EVIDENCE_EXPIRED.severity()));
                }
            }
        }
        return findings;
    }

    private static Finding about(Rule rule, EvidenceScope item, String label, Severity severity) {
        return new Finding(rule, Subject.evidence(item.id()), item.processorId(), null, label,
                List.of(item.validUntil().toString()), List.of(), severity);
    }

    /** General notices whose objection window is closing: legal decides, or the sub-processor is accepted. */
    public List<Finding> objections(Collection<LinkScope> links, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (LinkScope link : links) {
            if (link.statusOn(today) == LinkStatus.PENDING && link.objectionDeadline() != null) {
                severity(today, link.objectionDeadline()).ifPresent(severity -> findings.add(new Finding(
                        Rule.OBJECTION_DEADLINE_NEAR, Subject.link(link.id()), link.processorId(), null,
                        link.processorName() + " \u2192 " + link.subprocessorName(),
                        List.of(link.objectionDeadline().toString()), List.of(), severity)));
            }
        }
        return findings;
    }

    /** Reviews falling due, and overdue ones at the highest severity until a review is recorded. */
    public List<Finding> reviews(Collection<ReviewDates> reviews, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (ReviewDates review : reviews) {
            Optional<Severity> severity = review.due().isBefore(today) ? Optional.of(Severity.HIGH)
                    : severity(today, review.due());
            severity.ifPresent(s -> findings.add(new Finding(Rule.REVIEW_DUE, Subject.processor(review.processorId()), review.processorId(), null, review.label(), List.of(review.due().toString()), List.of(), s)));
        }
        return findings;
    }

    private static Finding about(Rule rule, AgreementDates agreement, LocalDate day, Severity severity) {
        return new Finding(rule, Subject.agreement(agreement.id()), agreement.processorId(), null, agreement.label(),
                List.of(day.toString()), List.of(), severity);
    }
}
