package eu.art28.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.catalogue.entity.Kind;

class CatalogueCodeInUseTest {

    @Test
    void unclaimedUntilSomeoneSaysSo() {
        CatalogueCodeInUse question = new CatalogueCodeInUse(Kind.PURPOSE, "e.mailing");
        assertFalse(question.inUse());

        question.usedBy("agreement DPA-1");
        question.usedBy("engagement 7");

        assertTrue(question.inUse());
        assertEquals(List.of("agreement DPA-1", "engagement 7"), question.users());
    }

    @Test
    void observersCanAnswerEvenWhenAskedWithAFixedList() {
        CatalogueCodeInUse question = new CatalogueCodeInUse(Kind.DATA_SUBJECT, "staff", List.of("report 2026"));
        question.usedBy("engagement 3");
        assertEquals(List.of("report 2026", "engagement 3"), question.users());
    }
}
