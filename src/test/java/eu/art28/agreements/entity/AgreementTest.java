package eu.art28.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.processors.entity.Processor;
import eu.art28.transfers.entity.TransferSafeguard;

class AgreementTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    static Agreement complete() {
        Agreement agreement = new Agreement(new Processor("Drukkerij B.V.", "NL"), "DPA-2026-001");
        agreement.setSignedOn(START.minusDays(10));
        agreement.setEffectiveFrom(START);
        agreement.setPurposes(Set.of("e.mailing"));
        agreement.setDataCategories(Set.of("contact"));
        agreement.setDataSubjects(Set.of("customers"));
        agreement.setCountries(Set.of("NL"));
        agreement.getChecklist().forEach(c -> c.setPresent(true));
        return agreement;
    }

    static Agreement approved() {
        Agreement agreement = complete();
        agreement.submit("procurement", NOW);
        agreement.approve("legal", NOW);
        return agreement;
    }

    @Test
    void aNewAgreementIsADraftWithTheWholeChecklist() {
        Agreement agreement = new Agreement(new Processor("P", "NL"), " DPA-1 ");
        assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
        assertEquals("DPA-1", agreement.getReference());
        assertEquals(List.of(Clause.values()), agreement.getChecklist().stream().map(ClauseCheck::getClause).toList());
        assertEquals(1, agreement.getRevision());
    }

    @Test
    void submittingNeedsDatesAndScope() {
        Agreement agreement = new Agreement(new Processor("P", "NL"), "DPA-1");
        InvalidInput missing = assertThrows(InvalidInput.class, () -> agreement.submit("procurement", NOW));
        assertEquals(Set.of("signedOn", "effectiveFrom", "purposes", "dataCategories", "dataSubjects", "countries"),
                Set.copyOf(missing.violations().stream().map(InvalidInput.Violation::field).toList()));
        assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
    }

    @Test
    void theWorkflowRecordsWhoAndWhen() {
        Agreement agreement = complete();
        agreement.submit("procurement", NOW);
        assertEquals(AgreementStatus.IN_REVIEW, agreement.getStatus());
        agreement.approve("legal", NOW.plusSeconds(60));
        assertEquals(AgreementStatus.APPROVED, agreement.getStatus());
        assertEquals("legal", agreement.getDecidedBy());
        assertEquals(List.of(AgreementEvent.Action.SUBMITTED, AgreementEvent.Action.APPROVED),
                agreement.getHistory().stream().map(AgreementEvent::getAction).toList());
    }

    @Test
    void nobodyDecidesOnTheirOwnSubmission() {
        Agreement agreement = complete();
        agreement.submit("legal", NOW);
        assertThrows(NotPermitted.class, () -> agreement.approve("legal", NOW));
        assertThrows(NotPermitted.class, () -> agreement.reject("legal", NOW, "no"));
        assertEquals(AgreementStatus.IN_REVIEW, agreement.getStatus());
    }

    @Test
    void onlyASubmittedAgreementCanBeDecided() {
        Agreement draft = complete();
        assertThrows(Conflict.class, () -> draft.approve("legal", NOW));
        assertThrows(Conflict.class, () -> draft.reject("legal", NOW, "no"));
        Agreement approved = approved();
        assertThrows(Conflict.class, () -> approved.approve("other", NOW));
        assertThrows(Conflict.class, () -> approved.submit("procurement", NOW));
        assertThrows(Conflict.class, approved::ensureEditable);
    }

    @Test
    void approvalNeedsEveryClausePresentOrWaived() {
        Agreement agreement = complete();
        agreement.clause(Clause.B_CONFIDENTIALITY).orElseThrow().setPresent(false);
        agreement.clause(Clause.G_DELETION_OR_RETURN).orElseThrow().setPresent(false);
        agreement.submit("procurement", NOW);

        Conflict conflict = assertThrows(Conflict.class, () -> agreement.approve("legal", NOW));
        assertEquals("agreement.approve.checklist", conflict.messageKey());
        assertEquals(List.of(Clause.B_CONFIDENTIALITY, Clause.G_DELETION_OR_RETURN), conflict.arguments()[0]);

        agreement.clause(Clause.B_CONFIDENTIALITY).orElseThrow().setWaiverReason("Separate NDA signed");
        agreement.clause(Clause.G_DELETION_OR_RETURN).orElseThrow().setWaiverReason("  ");
        assertEquals(List.of(Clause.G_DELETION_OR_RETURN), agreement.unsettledClauses(), "a blank reason is no waiver");
        agreement.clause(Clause.G_DELETION_OR_RETURN).orElseThrow().setWaiverReason("Annex 3 covers deletion");
        agreement.approve("legal", NOW);
        assertEquals(AgreementStatus.APPROVED, agreement.getStatus());
    }

    @Test
    void onlyTheSubmitterWithdrawsAndOnlyWhileInReview() {
        Agreement agreement = complete();
        assertThrows(Conflict.class, () -> agreement.withdraw("procurement", NOW), "a draft is not in review");
        agreement.submit("procurement", NOW);
        assertFalse(agreement.mayWithdraw("legal"));
        assertThrows(NotPermitted.class, () -> agreement.withdraw("legal", NOW), "not the submitter");
        assertTrue(agreement.mayWithdraw("procurement"));
        agreement.withdraw("procurement", NOW.plusSeconds(60));
        assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
        assertEquals(null, agreement.getSubmittedBy());
        agreement.ensureEditable();
        assertEquals(AgreementEvent.Action.WITHDRAWN, agreement.getHistory().get(agreement.getHistory().size() - 1)
                .getAction());
        assertThrows(Conflict.class, () -> agreement.approve("legal", NOW), "nothing left to decide");

        agreement.submit("procurement", NOW);
        agreement.approve("legal", NOW);
        assertThrows(Conflict.class, () -> agreement.withdraw("procurement", NOW), "decided: too late");
    }

    @Test
    void theSubmitterMayNotDecideAndAnotherReviewerMay() {
        Agreement agreement = complete();
        assertFalse(agreement.mayDecide("legal"), "a draft waits for no decision");
        agreement.submit("legal", NOW);
        assertFalse(agreement.mayDecide("legal"), "four eyes");
        assertTrue(agreement.mayDecide("legal2"));
    }

    @Test
    void sendingBackKeepsARemarkPerClauseUntilTheNextSubmission() {
        Agreement agreement = complete();
        agreement.submit("procurement", NOW);
        agreement.reject("legal", NOW, "See the remarks", Map.of(Clause.H_AUDITS, " Audits once a year only: no ",
                Clause.C_SECURITY, " "));
        assertEquals(AgreementStatus.REJECTED, agreement.getStatus());
        assertEquals("Audits once a year only: no", agreement.clause(Clause.H_AUDITS).orElseThrow().getReviewRemark());
        assertEquals(null, agreement.clause(Clause.C_SECURITY).orElseThrow().getReviewRemark(), "blank: no remark");
        agreement.submit("procurement", NOW.plusSeconds(60));
        assertTrue(agreement.getChecklist().stream().allMatch(c -> c.getReviewRemark() == null),
                "a new submission is reviewed afresh");

        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> agreement.reject("legal", NOW, "no",
                Map.of(Clause.A_INSTRUCTIONS, "x".repeat(1001))));
        assertEquals("remark.A_INSTRUCTIONS", tooLong.violations().get(0).field());
        assertEquals(AgreementStatus.IN_REVIEW, agreement.getStatus());
    }

    @Test
    void rejectionNeedsAReasonAndAllowsAnotherTry() {
        Agreement agreement = complete();
        agreement.submit("procurement", NOW);
        assertThrows(InvalidInput.class, () -> agreement.reject("legal", NOW, " "));
        agreement.reject("legal", NOW, "Clause (h) is too narrow");
        assertEquals(AgreementStatus.REJECTED, agreement.getStatus());
        assertEquals("Clause (h) is too narrow", agreement.getDecisionReason());
        agreement.ensureEditable();
        agreement.submit("procurement", NOW);
        assertEquals(AgreementStatus.IN_REVIEW, agreement.getStatus());
    }

    @Test
    void inForceFromTheEffectiveDateThroughTheExpiryDate() {
        Agreement agreement = approved();
        agreement.setExpiresOn(LocalDate.of(2026, 12, 31));
        assertFalse(agreement.inForceOn(START.minusDays(1)));
        assertTrue(agreement.inForceOn(START));
        assertTrue(agreement.inForceOn(LocalDate.of(2026, 12, 31)));
        assertFalse(agreement.inForceOn(LocalDate.of(2027, 1, 1)), "expired the day after");
        assertTrue(agreement.expiredOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void withoutAnExpiryDateItRunsIndefinitely() {
        Agreement agreement = approved();
        assertTrue(agreement.inForceOn(LocalDate.of(2099, 1, 1)));
        assertEquals(Optional.empty(), agreement.termEndOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void draftsAndRejectedVersionsAreNeverInForce() {
        Agreement draft = complete();
        assertFalse(draft.inForceOn(START));
        draft.submit("procurement", NOW);
        assertFalse(draft.inForceOn(START));
        draft.reject("legal", NOW, "no");
        assertFalse(draft.inForceOn(START));
    }

    @Test
    void terminatedStaysInForceThroughTheTerminationDate() {
        Agreement agreement = approved();
        LocalDate end = LocalDate.of(2026, 6, 30);
        assertThrows(InvalidInput.class, () -> agreement.terminate("legal", NOW, end, ""));
        agreement.terminate("legal", NOW, end, "Supplier replaced");
        assertTrue(agreement.inForceOn(end));
        assertFalse(agreement.inForceOn(end.plusDays(1)));
        assertThrows(Conflict.class, () -> agreement.terminate("legal", NOW, end, "again"));
    }

    @Test
    void aTerminationBeforeTheAgreementTookEffectIsRefusedNamingTheDay() {
        Agreement agreement = approved();
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> agreement.terminate("legal", NOW, LocalDate.of(1990, 1, 1), "Typo"));
        assertEquals(List.of("terminatedOn:agreement.terminatedOn.beforeEffective"),
                refused.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList());
        assertEquals(AgreementStatus.APPROVED, agreement.getStatus());
        agreement.terminate("legal", NOW, START, "Never used");
        assertTrue(agreement.inForceOn(START), "the day it took effect is the earliest end");
    }

    @Test
    void aTerminationOnADayAlreadyPastIsRetroactiveInTheHistory() {
        Agreement past = approved();
        past.terminate("legal", NOW, LocalDate.of(2026, 11, 25), "Learnt of it late");
        assertEquals(AgreementEvent.Action.TERMINATED_RETROACTIVELY, last(past).getAction());
        assertEquals("Learnt of it late", last(past).getReason());

        Agreement today = approved();
        today.terminate("legal", NOW, LocalDate.of(2026, 11, 26), "Ends today");
        assertEquals(AgreementEvent.Action.TERMINATED, last(today).getAction());
    }

    private static AgreementEvent last(Agreement agreement) {
        return agreement.getHistory().get(agreement.getHistory().size() - 1);
    }

    @Test
    void tacitRenewalKeepsItInForceAndDerivesTheNoticeDeadline() {
        Agreement agreement = approved();
        agreement.setTacitRenewal(true);
        agreement.setExpiresOn(LocalDate.of(2026, 12, 31));
        agreement.setRenewalTermMonths(12);
        agreement.setNoticePeriodDays(90);

        assertTrue(agreement.inForceOn(LocalDate.of(2027, 6, 1)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), agreement.termEndOn(LocalDate.of(2026, 12, 31)));
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), agreement.termEndOn(LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 2)), agreement.noticeDeadlineOn(LocalDate.of(2026, 5, 1)));
        assertEquals(Optional.of(LocalDate.of(2027, 10, 2)), agreement.noticeDeadlineOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void renewalAcrossMonthEndsAndLeapYears() {
        Agreement agreement = approved();
        agreement.setTacitRenewal(true);
        agreement.setExpiresOn(LocalDate.of(2027, 2, 28));
        agreement.setRenewalTermMonths(12);
        agreement.setNoticePeriodDays(0);
        assertEquals(Optional.of(LocalDate.of(2028, 2, 28)), agreement.termEndOn(LocalDate.of(2027, 3, 1)));
        agreement.setExpiresOn(LocalDate.of(2026, 1, 31));
        agreement.setRenewalTermMonths(1);
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), agreement.termEndOn(LocalDate.of(2026, 2, 1)));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), agreement.termEndOn(LocalDate.of(2026, 3, 1)));
    }

    /** What "expiring" means for the list, the dashboard and the alerts alike. */
    @Test
    void aTacitRenewalIsNotExpiringAtItsExpiryDateButAtItsNoticeDeadline() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        Term fixed = new Term(AgreementStatus.APPROVED, START, end, false, null, null, null, null);
        assertEquals(Optional.of(end), fixed.nextDeadline(LocalDate.of(2026, 12, 1)));
        assertEquals(Optional.of(end), fixed.nextDeadline(end));
        assertEquals(Optional.empty(), fixed.nextDeadline(end.plusDays(1)), "ran out: nothing ahead");

        Term renewing = new Term(AgreementStatus.APPROVED, START, end, true, 12, 90, null, null);
        assertEquals(Optional.of(LocalDate.of(2026, 10, 2)), renewing.nextDeadline(LocalDate.of(2026, 9, 10)),
                "90 days before the first term ends");
        assertEquals(Optional.of(LocalDate.of(2027, 10, 2)), renewing.nextDeadline(LocalDate.of(2026, 12, 1)),
                "that deadline passed: it renews, nothing runs out on 12-31; the next term's deadline is next");
    }

    @Test
    void datesMustMakeSense() {
        Agreement agreement = complete();
        agreement.setExpiresOn(START.minusDays(1));
        agreement.setTacitRenewal(true);
        assertEquals(Set.of("effectiveFrom", "expiresOn", "renewalTermMonths"),
                Set.copyOf(agreement.dateViolations().stream().map(InvalidInput.Violation::field).toList()));
    }

    @Test
    void anExpiryBeforeTheEffectiveDateNamesBothWithOneMessage() {
        Agreement agreement = complete();
        agreement.setExpiresOn(START.minusDays(1));
        assertEquals(List.of("effectiveFrom:agreement.dates.order", "expiresOn:agreement.dates.order"),
                agreement.dateViolations().stream().map(v -> v.field() + ":" + v.messageKey()).toList());
        agreement.setExpiresOn(START);
        assertEquals(List.of(), agreement.dateViolations(), "a single day is a period");
    }

    @Test
    void anAmendmentIsTheNextRevisionAndTakesOverWhenApproved() {
        Agreement original = approved();
        original.setExpiresOn(LocalDate.of(2027, 12, 31));
        Agreement amendment = original.amend("procurement", NOW);

        assertEquals(2, amendment.getRevision());
        assertEquals(AgreementStatus.DRAFT, amendment.getStatus());
        assertEquals(original.getPurposes(), amendment.getPurposes());
        assertTrue(amendment.unsettledClauses().isEmpty(), "the checklist is carried over");
        amendment.getChecklist().get(0).setNote("changed");
        assertEquals(null, original.getChecklist().get(0).getNote(), "a copy, not the same clause");
        assertTrue(original.inForceOn(LocalDate.of(2026, 11, 26)), "still in force while the amendment is reviewed");

        amendment.setPurposes(Set.of("e.mailing", "c"));
        amendment.submit("procurement", NOW);
        amendment.approve("legal", NOW);
        original.supersede(amendment, "legal", NOW, LocalDate.of(2026, 11, 26));

        assertEquals(AgreementStatus.SUPERSEDED, original.getStatus());
        assertTrue(original.inForceOn(LocalDate.of(2026, 11, 25)));
        assertFalse(original.inForceOn(LocalDate.of(2026, 11, 26)));
        assertTrue(amendment.inForceOn(LocalDate.of(2026, 11, 26)));
        assertThrows(Conflict.class, () -> amendment.amend("x", NOW).amend("y", NOW), "only approved versions are amended");
    }

    @Test
    void nonEeaCountriesNeedASafeguard() {
        Agreement agreement = complete();
        agreement.setCountries(Set.of("nl", "US", "IN", "NO"));
        agreement.setSafeguards(Map.of("us", TransferSafeguard.SCC_2021_914_MODULE_2, "CN", TransferSafeguard.BINDING_CORPORATE_RULES));
        assertEquals(List.of("IN"), agreement.countriesWithoutSafeguard(Set.of("NL", "NO")::contains));
        agreement.setCountries(Set.of("NL"));
        assertEquals(Map.of(), agreement.getSafeguards(), "a safeguard for a country out of scope is dropped");
    }
}
