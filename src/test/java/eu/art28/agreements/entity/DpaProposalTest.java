package eu.art28.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.Conflict;

class DpaProposalTest {

    private static DpaProposal clause(boolean saysOtherwise) {
        return new DpaProposal(1, 2, ProposalKind.CLAUSE, Clause.F_ASSISTANCE, "Clause 8.1", 3, "Clause 8.1",
                "The processor shall not be required to assist.", List.of(), 0.6, saysOtherwise);
    }

    @Test
    void anItemTheDocumentSaysOtherwiseIsNotedOrDismissedNeverAccepted() {
        DpaProposal otherwise = clause(true);
        assertThrows(Conflict.class, otherwise::ensureAcceptable);
        assertThrows(Conflict.class, () -> otherwise.decide("Clause 8.1", "legal", Instant.now()));
        otherwise.dismiss("legal", Instant.now());
        assertEquals(DpaProposal.State.DISMISSED, otherwise.getState());
    }

    @Test
    void anItemFoundIsAcceptedAsProposedOrCorrected() {
        DpaProposal found = clause(false);
        found.decide("Clause 8.2", "legal", Instant.now());
        assertEquals(DpaProposal.State.CORRECTED, found.getState());
        assertThrows(Conflict.class, () -> found.decide("Clause 8.2", "legal", Instant.now()), "decided once");
    }

    @Test
    void onlyAChecklistItemCanBeSaidOtherwise() {
        assertThrows(IllegalArgumentException.class, () -> new DpaProposal(1, 2, ProposalKind.NOTICE_PERIOD_DAYS, null,
                "30", 1, null, "p", List.of(), 0.5, true));
    }

    @Test
    void theOtherValuesFoundForAFieldAreItsAlternativesButNotForItemsOrSubprocessors() {
        DpaProposal notice = field(ProposalKind.NOTICE_PERIOD_DAYS, "90", 2);
        DpaProposal rival = field(ProposalKind.NOTICE_PERIOD_DAYS, "30", 7);
        DpaProposal breach = field(ProposalKind.BREACH_NOTIFICATION_HOURS, "48", 3);
        DpaProposal first = field(ProposalKind.SUBPROCESSOR, "Mailjet SAS|FR|", 9);
        DpaProposal second = field(ProposalKind.SUBPROCESSOR, "Mollie B.V.|NL|", 9);
        java.util.Map<DpaProposal, List<DpaProposal>> alternatives = DpaProposal.alternatives(
                List.of(notice, rival, breach, first, second));
        assertEquals(List.of(rival), alternatives.get(notice));
        assertEquals(List.of(notice), alternatives.get(rival));
        assertEquals(List.of(), alternatives.get(breach));
        assertEquals(List.of(), alternatives.get(first));
    }

    private static DpaProposal field(ProposalKind kind, String value, int page) {
        return new DpaProposal(1, 2, kind, null, value, page, null, "passage", List.of(), 0.7);
    }
}
