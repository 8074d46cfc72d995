package eu.art28.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Purpose limitation with the compatibilities the first customer's privacy statement implies (migration V12). */
class CompatibilityTest {

    static final Compatibility STATEMENT = new Compatibility(Map.of("a", List.of("b", "f"), "b", List.of("a", "d"),
            "f", List.of("b")));

    @Test
    void thePurposeItselfAndWhatLiesBeneathIt() {
        assertTrue(STATEMENT.allows("e", "e"));
        assertTrue(STATEMENT.allows("e", "e.mailing"));
        assertFalse(STATEMENT.allows("e.mailing", "e"), "the whole of marketing is more than the mailing");
        assertFalse(STATEMENT.allows("e", "ex"), "a shared prefix is no ancestor");
    }

    @Test
    void enteringAContractLeadsToMaintainingTheRelationship() {
        assertTrue(STATEMENT.allows("a", "b"));
        assertTrue(STATEMENT.allows("a", "b.bookkeeping"), "beneath a compatible purpose");
        assertTrue(STATEMENT.allows("a.acceptance", "b.contact"), "compatible with its ancestor");
        assertFalse(STATEMENT.allows("a", "d"), "not transitive: a to b to d needs its own record");
    }

    @Test
    void notMarketingFromFraudData() {
        assertFalse(STATEMENT.allows("c.fraud", "e.mailing"));
        assertFalse(STATEMENT.allows("b", "e"));
        assertEquals(List.of("b", "c", "e.mailing"),
                STATEMENT.incompatible("b.contact", List.of("e.mailing", "b", "c", "d")),
                "contact data serves product development, but not the whole relationship, nor c or e");
    }

    @Test
    void nothingRecordedAllowsOnlyThePurposeItself() {
        assertTrue(Compatibility.NONE.allows("b", "b.contact"));
        assertFalse(Compatibility.NONE.allows("a", "b"));
    }
}
