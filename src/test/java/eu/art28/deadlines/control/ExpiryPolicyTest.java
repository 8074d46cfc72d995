package eu.art28.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.deadlines.control.ExpiryPolicy.AgreementDates;
import eu.art28.deadlines.control.ExpiryPolicy.ReviewDates;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.entity.EvidenceType;

class ExpiryPolicyTest {

    static final ExpiryPolicy POLICY = new ExpiryPolicy(ExpiryPolicy.DEFAULT_THRESHOLDS);
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    static AgreementDates agreement(long id, long processor, LocalDate expires) {
        return new AgreementDates(id, processor, "DPA-" + id, new Term(AgreementStatus.APPROVED, START, expires,
                false, null, null, null, null));
    }

    static AgreementDates tacit(long id, LocalDate firstEnd, int months, int noticeDays) {
        return new AgreementDates(id, 1, "DPA-" + id, new Term(AgreementStatus.APPROVED, START, firstEnd, true,
                months, noticeDays, null, null));
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "/" + f.severity() + "/" + f.subject() + "/" + f.missing())
                .toList().toString();
    }

    @Test
    void aDeadlineEntersAtNinetyDaysAndEscalatesAtThirtySevenAndTheDayItself() {
        LocalDate deadline = LocalDate.of(2026, 12, 31);
        assertEquals(Optional.empty(), POLICY.severity(deadline.minusDays(91), deadline));
        assertEquals(Optional.of(Severity.LOW), POLICY.severity(deadline.minusDays(90), deadline));
        assertEquals(Optional.of(Severity.LOW), POLICY.severity(deadline.minusDays(31), deadline));
        assertEquals(Optional.of(Severity.MEDIUM), POLICY.severity(deadline.minusDays(30), deadline));
        assertEquals(Optional.of(Severity.MEDIUM), POLICY.severity(deadline.minusDays(8), deadline));
        assertEquals(Optional.of(Severity.HIGH), POLICY.severity(deadline.minusDays(7), deadline));
        assertEquals(Optional.of(Severity.HIGH), POLICY.severity(deadline, deadline));
    }

    @Test
    void daysAreCountedByTheCalendarAcrossMonthEndsAndLeapDays() {
        // 2028 is a leap year: from 30 January to 29 February is 30 days
        assertEquals(Optional.of(Severity.MEDIUM), POLICY.severity(LocalDate.of(2028, 1, 30), LocalDate.of(2028, 2, 29)));
        assertEquals(Optional.of(Severity.LOW), POLICY.severity(LocalDate.of(2028, 1, 29), LocalDate.of(2028, 2, 29)));
        // 2027 is not: from 29 January to 28 February is 30 days
        assertEquals(Optional.of(Severity.MEDIUM), POLICY.severity(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 28)));
        // across the year end: 24 December to 31 December is 7 days
        assertEquals(Optional.of(Severity.HIGH), POLICY.severity(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)));
        assertEquals(Optional.of(Severity.MEDIUM), POLICY.severity(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void thresholdsComeFromConfigurationInAnyOrderAndFallBackWhenUnreadable() {
        assertEquals(List.of(60, 14, 1), ExpiryPolicy.parse("1, 60,14").thresholds());
        assertEquals(ExpiryPolicy.DEFAULT_THRESHOLDS, ExpiryPolicy.parse("soon").thresholds());
        assertEquals(ExpiryPolicy.DEFAULT_THRESHOLDS, ExpiryPolicy.parse("30,-1").thresholds());
        assertEquals(Optional.of(Severity.HIGH), ExpiryPolicy.parse("60,14,1").severity(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2)));
    }

    @Test
    void anAgreementRunningOutIsOneAlertThatEscalatesAndThenTheExpiredOne() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        List<AgreementDates> agreements = List.of(agreement(7, 1, end));
        assertEquals("[]", describe(POLICY.agreements(agreements, end.minusDays(91))));
        assertEquals("[AGREEMENT_EXPIRING/LOW/agreement:7/[2027-03-31]]",
                describe(POLICY.agreements(agreements, end.minusDays(90))));
        assertEquals("[AGREEMENT_EXPIRING/MEDIUM/agreement:7/[2027-03-31]]",
                describe(POLICY.agreements(agreements, end.minusDays(30))));
        assertEquals("[AGREEMENT_EXPIRING/HIGH/agreement:7/[2027-03-31]]", describe(POLICY.agreements(agreements, end)));
        assertEquals("[AGREEMENT_EXPIRED/HIGH/agreement:7/[2027-03-31]]",
                describe(POLICY.agreements(agreements, end.plusDays(1))));
        assertEquals("[AGREEMENT_EXPIRED/HIGH/agreement:7/[2027-03-31]]",
                describe(POLICY.agreements(agreements, end.plusYears(1))), "the same one alert, nothing new");
    }

    @Test
    void anAgreementTakenOverBySuccessorNeedsNothing() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        AgreementDates successor = new AgreementDates(8, 1, "DPA-8", new Term(AgreementStatus.APPROVED,
                end.plusDays(1), null, false, null, null, null, null));
        assertEquals("[]", describe(POLICY.agreements(List.of(agreement(7, 1, end), successor), end.minusDays(10))));
        AgreementDates gap = new AgreementDates(9, 1, "DPA-9", new Term(AgreementStatus.APPROVED,
                end.plusDays(2), null, false, null, null, null, null));
        assertEquals("[AGREEMENT_EXPIRING/MEDIUM/agreement:7/[2027-03-31]]",
                describe(POLICY.agreements(List.of(agreement(7, 1, end), gap), end.minusDays(10))),
                "a day without an agreement is a day too many");
        assertTrue(POLICY.agreements(List.of(agreement(7, 1, end), agreement(10, 2, null)), end.minusDays(10))
                .stream().noneMatch(f -> f.subject().equals(Subject.agreement(10))), "no end date, nothing to expire");
    }

    @Test
    void anExpiredAgreementIsNotReportedWhileAnotherOfTheProcessorIsInForce() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        AgreementDates other = agreement(11, 1, null);
        assertEquals("[]", describe(POLICY.agreements(List.of(agreement(7, 1, end), other), end.plusMonths(2))));
    }

    @Test
    void aTacitRenewalWarnsOfTheLastDayToCancelThisTermThenTheNext() {
        // first term ends 2027-01-31, renews by 12 months, 60 days notice: last day to cancel 2026-12-02
        AgreementDates renewing = tacit(12, LocalDate.of(2027, 1, 31), 12, 60);
        assertEquals("[NOTICE_DEADLINE_NEAR/HIGH/agreement:12/[2026-12-02]]",
                describe(POLICY.agreements(List.of(renewing), LocalDate.of(2026, 11, 26))));
        // the deadline passed: the agreement renews; the next deadline (2027-12-02) is far off
        assertEquals("[]", describe(POLICY.agreements(List.of(renewing), LocalDate.of(2026, 12, 3))));
        assertEquals("[NOTICE_DEADLINE_NEAR/LOW/agreement:12/[2027-12-02]]",
                describe(POLICY.agreements(List.of(renewing), LocalDate.of(2027, 9, 3))));
    }

    @Test
    void anObjectionWindowClosingEscalatesAndEndsWithTheDecisionOrTheDeadline() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LinkScope pending = link(1, null, today.plusDays(5));
        LinkScope later = link(2, null, today.plusDays(120));
        LinkScope objected = link(3, Decision.OBJECTED, today.plusDays(5));
        LinkScope passed = link(4, null, today.minusDays(1));
        assertEquals("[OBJECTION_DEADLINE_NEAR/HIGH/link:1/[2026-12-01]]",
                describe(POLICY.objections(List.of(pending, later, objected, passed), today)));
    }

    static LinkScope link(long id, Decision decision, LocalDate deadline) {
        return new LinkScope(id, 1, "Drukkerij", 2, "MailStream", "platform", deadline.plusDays(10), null,
                Authorisation.GENERAL, decision, deadline, null, true, Set.of("e"), Set.of("contact"), Set.of("IE"),
                Map.of());
    }

    @Test
    void aReviewFallsDueAndStaysHighWhileOverdue() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        List<ReviewDates> reviews = List.of(new ReviewDates(1, "Host", today.plusDays(20)),
                new ReviewDates(2, "Printer", today.minusDays(200)), new ReviewDates(3, "Cloud", today.plusYears(1)));
        assertEquals("[REVIEW_DUE/MEDIUM/processor:1/[2026-12-16], REVIEW_DUE/HIGH/processor:2/[2026-05-10]]",
                describe(POLICY.reviews(reviews, today)));
    }

    static EvidenceScope iso(long id, long processor, LocalDate until) {
        return new EvidenceScope(id, processor, EvidenceType.ISO_27001, "TÜV", START, until);
    }

    @Test
    void evidenceRunningOutEscalatesThenOneExpiredAlertForItsKind() {
        LocalDate end = LocalDate.of(2027, 6, 30);
        Map<Long, String> active = Map.of(1L, "ServerPark");
        assertEquals("[EVIDENCE_EXPIRING/HIGH/evidence:1/[2027-06-30]]",
                describe(POLICY.evidence(List.of(iso(1, 1, end)), active, end.minusDays(7))));
        assertEquals("[EVIDENCE_EXPIRED/HIGH/evidence:2/[2027-06-30]]",
                describe(POLICY.evidence(List.of(iso(1, 1, end.minusYears(3)), iso(2, 1, end)), active,
                        end.plusDays(1))), "only the latest of its kind, not every lapsed one");
    }

    @Test
    void renewedEvidenceAndEvidenceOfOffboardedProcessorsNeedNothing() {
        LocalDate end = LocalDate.of(2027, 6, 30);
        EvidenceScope renewal = new EvidenceScope(3, 1, EvidenceType.ISO_27001, "TÜV", end.minusDays(10),
                end.plusYears(3));
        assertEquals("[]", describe(POLICY.evidence(List.of(iso(1, 1, end), renewal), Map.of(1L, "ServerPark"),
                end.minusDays(5))));
        assertEquals("[]", describe(POLICY.evidence(List.of(iso(1, 2, end)), Map.of(1L, "ServerPark"),
                end.minusDays(5))), "processor 2 is not active");
        EvidenceScope open = new EvidenceScope(4, 1, EvidenceType.PENTEST_REPORT, "Pentesters", START, null);
        assertEquals("[]", describe(POLICY.evidence(List.of(open), Map.of(1L, "ServerPark"), end)), "no end date");
    }
}
