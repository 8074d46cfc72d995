package eu.art28.deletion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Subject;
import eu.art28.deletion.control.DeletionPolicy.AgreementTerm;
import eu.art28.deletion.control.DeletionPolicy.EngagementEnd;
import eu.art28.deletion.entity.Choice;
import eu.art28.deletion.entity.DeletionOrReturn;

class DeletionPolicyTest {

    static final DeletionPolicy POLICY = new DeletionPolicy(DeletionPolicy.DEFAULT_CONFIRMATION_DAYS);
    static final LocalDate END = LocalDate.of(2026, 1, 31);
    static final LocalDate LAST_ALLOWED_DAY = LocalDate.of(2026, 3, 2);
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final Retention BOOKKEEPING = new Retention("b.bookkeeping", Period.ofYears(7));
    static final Retention CONTACT = new Retention("b.contact", Period.ofYears(2));

    static EngagementEnd engagement(long id, LocalDate endsOn) {
        return new EngagementEnd(id, 1, "Printing house", "Mailing " + id, endsOn);
    }

    static AgreementTerm agreement(long id, AgreementStatus status, LocalDate expiresOn, LocalDate terminatedOn,
            LocalDate supersededOn) {
        return new AgreementTerm(id, 1, "Printing house", "DPA-" + id + " r1", new Term(status, START, expiresOn,
                false, null, null, terminatedOn, supersededOn));
    }

    static DeletionOrReturn confirmed(long engagementId, Choice choice, LocalDate on, LocalDate today) {
        DeletionOrReturn record = DeletionOrReturn.ofEngagement(1, engagementId);
        record.record(choice, on, null, "legal", Instant.EPOCH, today);
        return record;
    }

    static List<Finding> findings(List<EngagementEnd> engagements, List<AgreementTerm> agreements,
            List<DeletionOrReturn> records, LocalDate today) {
        return POLICY.findings(POLICY.ended(engagements, agreements, records, today));
    }

    @Test
    void theLastAllowedDayIsTheEndPlusThePeriodAcrossMonthEnds() {
        assertEquals(LAST_ALLOWED_DAY, POLICY.lastAllowedDay(END), "28 days of February 2026, then 2 March");
        assertEquals(END, new DeletionPolicy(0).lastAllowedDay(END));
        assertThrows(IllegalArgumentException.class, () -> new DeletionPolicy(-1));
    }

    @Test
    void noFindingUpToAndIncludingTheLastAllowedDayAndOneTheDayAfter() {
        List<EngagementEnd> ended = List.of(engagement(7, END));
        assertEquals(List.of(), findings(ended, List.of(), List.of(), END.plusDays(1)));
        assertEquals(List.of(), findings(ended, List.of(), List.of(), LAST_ALLOWED_DAY), "the last allowed day");
        assertEquals(DeletionState.AWAITING, POLICY.ended(ended, List.of(), List.of(), LAST_ALLOWED_DAY).get(0)
                .state());

        List<Finding> late = findings(ended, List.of(), List.of(), LAST_ALLOWED_DAY.plusDays(1));
        assertEquals(1, late.size());
        Finding finding = late.get(0);
        assertEquals(Rule.DELETION_NOT_CONFIRMED, finding.rule());
        assertEquals(Subject.engagement(7), finding.subject());
        assertEquals(7L, finding.engagementId());
        assertEquals("Mailing 7 (Printing house)", finding.subjectLabel());
        assertEquals(List.of(END.toString(), LAST_ALLOWED_DAY.toString()), finding.missing());
        assertEquals(List.of(), finding.agreementsLookedAt(), "no choice made yet");
    }

    @Test
    void anEngagementThatEndsTodayOrLaterHasNotEnded() {
        assertEquals(List.of(), POLICY.ended(List.of(engagement(1, END), engagement(2, null)), List.of(), List.of(),
                END));
    }

    @Test
    void aConfirmationOnTheLastAllowedDaySatisfiesItAndALateOneStillResolvesIt() {
        List<EngagementEnd> ended = List.of(engagement(7, END));
        LocalDate today = LAST_ALLOWED_DAY.plusDays(10);
        EndedProcessing inTime = POLICY.ended(ended, List.of(),
                List.of(confirmed(7, Choice.DELETE, LAST_ALLOWED_DAY, today)), today).get(0);
        assertEquals(DeletionState.CONFIRMED, inTime.state());
        assertFalse(inTime.confirmedLate());
        assertEquals(List.of(), POLICY.findings(List.of(inTime)));

        EndedProcessing late = POLICY.ended(ended, List.of(),
                List.of(confirmed(7, Choice.RETURN, LAST_ALLOWED_DAY.plusDays(1), today)), today).get(0);
        assertEquals(DeletionState.CONFIRMED, late.state());
        assertTrue(late.confirmedLate());
    }

    @Test
    void aChoiceWithoutAConfirmationIsNamedInTheFinding() {
        LocalDate today = LAST_ALLOWED_DAY.plusDays(1);
        DeletionOrReturn chosen = DeletionOrReturn.ofEngagement(1, 7);
        chosen.record(Choice.RETURN, null, "Return as CSV", "legal", Instant.EPOCH, today);
        List<Finding> findings = findings(List.of(engagement(7, END)), List.of(), List.of(chosen), today);
        assertEquals(List.of("deletion.choice.RETURN"), findings.get(0).agreementsLookedAt(), "the choice, put in words when read");
    }

    @Test
    void aConfirmationOfAnotherSubjectDoesNotCount() {
        LocalDate today = LAST_ALLOWED_DAY.plusDays(1);
        DeletionOrReturn ofAgreement7 = DeletionOrReturn.ofAgreement(1, 7);
        ofAgreement7.record(Choice.DELETE, END, null, "legal", Instant.EPOCH, today);
        assertEquals(1, findings(List.of(engagement(7, END)), List.of(), List.of(ofAgreement7), today).size());
    }

    @Test
    void aTerminatedOrExpiredAgreementEndsWhenNothingElseOfTheProcessorIsInForce() {
        LocalDate today = LAST_ALLOWED_DAY.plusDays(1);
        List<Finding> terminated = findings(List.of(), List.of(agreement(3, AgreementStatus.TERMINATED, null, END,
                null)), List.of(), today);
        assertEquals(List.of("agreement:3"), terminated.stream().map(f -> f.subject().toString()).toList());
        assertNull(terminated.get(0).engagementId());
        assertEquals(List.of(END.toString(), LAST_ALLOWED_DAY.toString()), terminated.get(0).missing());

        List<Finding> expired = findings(List.of(), List.of(agreement(4, AgreementStatus.APPROVED, END, null, null)),
                List.of(), today);
        assertEquals(List.of("agreement:4"), expired.stream().map(f -> f.subject().toString()).toList());
        assertEquals(List.of(), findings(List.of(), List.of(agreement(4, AgreementStatus.APPROVED, END, null, null)),
                List.of(), LAST_ALLOWED_DAY), "the last allowed day");
    }

    @Test
    void anAgreementTerminatedWhileAnotherIsInForceHasNotEnded() {
        LocalDate today = LAST_ALLOWED_DAY.plusDays(1);
        AgreementTerm terminated = agreement(3, AgreementStatus.TERMINATED, null, END, null);
        AgreementTerm other = new AgreementTerm(5, 1, "Printing house", "DPA-5 r1", new Term(AgreementStatus.APPROVED,
                LocalDate.of(2025, 6, 1), null, false, null, null, null, null));
        assertEquals(List.of(), POLICY.ended(List.of(), List.of(terminated, other), List.of(), today));

        AgreementTerm otherProcessor = new AgreementTerm(6, 2, "Hosting", "DPA-6 r1", other.term());
        assertEquals(1, findings(List.of(), List.of(terminated, otherProcessor), List.of(), today).size(),
                "another processor's agreement carries nothing on");
    }

    @Test
    void anAgreementTakenOverTheDayAfterItsEndDidNotEndTheProcessingEvenIfTheSuccessorEndedLater() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        AgreementTerm first = agreement(3, AgreementStatus.APPROVED, LocalDate.of(2025, 12, 31), null, null);
        AgreementTerm successor = new AgreementTerm(4, 1, "Printing house", "DPA-4 r1",
                new Term(AgreementStatus.TERMINATED, LocalDate.of(2026, 1, 1), null, false, null, null, END, null));
        assertEquals(List.of("agreement:4"), POLICY.ended(List.of(), List.of(first, successor), List.of(), today)
                .stream().map(e -> e.subject().toString()).toList());
    }

    @Test
    void aSupersededVersionIsAnAmendmentNotAnEnd() {
        LocalDate today = LAST_ALLOWED_DAY.plusDays(1);
        AgreementTerm superseded = agreement(3, AgreementStatus.SUPERSEDED, null, null, END);
        AgreementTerm amendment = new AgreementTerm(4, 1, "Printing house", "DPA-3 r2",
                new Term(AgreementStatus.APPROVED, END, null, false, null, null, null, null));
        assertEquals(List.of(), POLICY.ended(List.of(), List.of(superseded, amendment), List.of(), today));
        assertEquals(List.of(), POLICY.ended(List.of(), List.of(superseded), List.of(), today),
                "even alone, a superseded version is not what ended");
    }

    @Test
    void aTacitlyRenewingAgreementEndsOnlyWhenTerminatedAndATerminationAfterTheTermCountsFromTheTerm() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        AgreementTerm renewing = new AgreementTerm(3, 1, "Printing house", "DPA-3 r1", new Term(
                AgreementStatus.APPROVED, START, LocalDate.of(2024, 12, 31), true, 12, 90, null, null));
        assertEquals(List.of(), POLICY.ended(List.of(), List.of(renewing), List.of(), today));

        AgreementTerm lapsedThenTerminated = agreement(4, AgreementStatus.TERMINATED, END, END.plusMonths(2), null);
        assertEquals(END, POLICY.ended(List.of(), List.of(lapsedThenTerminated), List.of(), today).get(0).endedOn());
    }

    @Test
    void theLongestRetentionIsShownWithThePerPurposeList() {
        EndedProcessing ended = POLICY.ended(List.of(engagement(7, END)), List.of(), List.of(), END.plusDays(1))
                .get(0).withRetention(List.of(CONTACT, BOOKKEEPING));
        assertEquals(BOOKKEEPING, ended.getLongestRetention());
        assertEquals(END.plusYears(7), ended.getLongestRetention().keptUntil(END));
        assertEquals(List.of(CONTACT, BOOKKEEPING), ended.retention());
        assertNull(POLICY.ended(List.of(new EngagementEnd(8, 1, "P", "No purposes", END)), List.of(),
                List.of(), END.plusDays(1)).get(0).getLongestRetention());
    }

    @Test
    void theLatestEndComesFirst() {
        assertEquals(List.of("engagement:2", "engagement:1"), POLICY.ended(List.of(engagement(1, END.minusDays(5)),
                engagement(2, END)), List.of(), List.of(), END.plusDays(1)).stream().map(e -> e.subject().toString())
                .toList());
    }

    /** The read model's filter by state (a window of ends) picks exactly the items in that state, at its edges too. */
    @Test
    void theWindowOfAStateHoldsExactlyTheEndsInThatState() {
        LocalDate today = LAST_ALLOWED_DAY.plusDays(1);
        for (LocalDate end = today.minusDays(40); end.isBefore(today.plusDays(2)); end = end.plusDays(1)) {
            for (DeletionOrReturn record : Arrays.asList(null, confirmed(1, Choice.DELETE, end, end))) {
                DeletionState state = end.isBefore(today)
                        ? POLICY.item(EndedProcessing.Kind.ENGAGEMENT, 1, 1, "Printing house", "Mailing", end, record,
                                today).state() : null;
                for (DeletionState asked : DeletionState.values()) {
                    DeletionPolicy.Window window = POLICY.window(asked, today);
                    boolean inWindow = end.isBefore(window.endedBefore())
                            && (window.endedFrom() == null || !end.isBefore(window.endedFrom()))
                            && (window.confirmed() == null || window.confirmed() == (record != null));
                    assertEquals(asked == state, inWindow, asked + " for an end on " + end + ", confirmed "
                            + (record != null));
                }
                assertEquals(state != null, end.isBefore(POLICY.window(null, today).endedBefore()));
            }
        }
    }
}
