package eu.art28.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.alerts.entity.Rule;

class AlertAnswersTest {

    @Test
    void eachAlertThatARequestAnswersHasItsKindsTheProposedOneFirst() {
        assertEquals(List.of(RequestKind.EVIDENCE), AlertAnswers.kindsFor(Rule.EVIDENCE_EXPIRED));
        assertEquals(List.of(RequestKind.EVIDENCE), AlertAnswers.kindsFor(Rule.EVIDENCE_EXPIRING));
        assertEquals(List.of(RequestKind.SECURITY_QUESTIONNAIRE, RequestKind.EVIDENCE),
                AlertAnswers.kindsFor(Rule.SECURITY_NOT_DEMONSTRATED));
        assertEquals(List.of(RequestKind.EVIDENCE), AlertAnswers.kindsFor(Rule.CONFIDENTIALITY_NOT_GUARANTEED));
        assertEquals(List.of(RequestKind.DELETION_CONFIRMATION), AlertAnswers.kindsFor(Rule.DELETION_NOT_CONFIRMED));
        assertEquals(List.of(RequestKind.SECURITY_QUESTIONNAIRE), AlertAnswers.kindsFor(Rule.REVIEW_DUE));
        assertEquals(List.of(RequestKind.SIGNED_DPA), AlertAnswers.kindsFor(Rule.AGREEMENT_EXPIRING));
        assertEquals(List.of(RequestKind.SIGNED_DPA), AlertAnswers.kindsFor(Rule.AGREEMENT_EXPIRED));
    }

    @Test
    void otherAlertsAndOtherKindsAreNotAnswered() {
        assertEquals(List.of(), AlertAnswers.kindsFor(Rule.PURPOSE_NOT_COVERED));
        assertEquals(List.of(), AlertAnswers.kindsFor(Rule.REQUEST_OVERDUE), "a late request is chased, not asked");
        assertEquals(List.of(), AlertAnswers.kindsFor(null));
        assertTrue(AlertAnswers.answers(Rule.SECURITY_NOT_DEMONSTRATED, RequestKind.EVIDENCE));
        assertFalse(AlertAnswers.answers(Rule.DELETION_NOT_CONFIRMED, RequestKind.EVIDENCE));
        assertFalse(AlertAnswers.answers(Rule.EVIDENCE_EXPIRED, RequestKind.SIGNED_DPA));
    }
}
