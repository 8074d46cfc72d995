package eu.art28.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.boundary.ViewAgreementBacking.Segment;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.DpaProposal;
import eu.art28.agreements.entity.ProposalKind;
import eu.art28.platform.control.Conflict;

/** The passage is shown as plain text in pieces, the matched words marked; a proposal is decided once. */
class ProposalSegmentsTest {

    private static DpaProposal proposal(String passage, DpaProposal.Mark... marks) {
        return new DpaProposal(1, 2, ProposalKind.CLAUSE, Clause.B_CONFIDENTIALITY, "Artikel 3.1", 1, "Artikel 3.1",
                passage, List.of(marks), 0.654);
    }

    @Test
    void splitsThePassageIntoMarkedAndPlainPieces() {
        DpaProposal p = proposal("Staff <b>owe</b> geheimhouding and confidentiality.", new DpaProposal.Mark(17, 30),
                new DpaProposal.Mark(35, 50));
        assertEquals(List.of(new Segment("Staff <b>owe</b> ", false), new Segment("geheimhouding", true),
                new Segment(" and ", false), new Segment("confidentiality", true), new Segment(".", false)),
                ViewAgreementBacking.segments(p));
        assertEquals("0.65", p.getConfidence().toPlainString());
    }

    @Test
    void dropsMarksOutsideThePassage() {
        DpaProposal p = proposal("short", new DpaProposal.Mark(2, 40));
        assertEquals(List.of(new Segment("short", false)), ViewAgreementBacking.segments(p));
    }

    @Test
    void aCorrectionIsRecordedAsSuchAndADecisionIsFinal() {
        DpaProposal accepted = proposal("x");
        accepted.decide("Artikel 3.1", "legal", Instant.now());
        assertEquals(DpaProposal.State.ACCEPTED, accepted.getState());
        DpaProposal corrected = proposal("x");
        corrected.decide("Artikel 3", "legal", Instant.now());
        assertEquals(DpaProposal.State.CORRECTED, corrected.getState());
        assertThrows(Conflict.class, () -> corrected.dismiss("legal", Instant.now()));
    }
}
