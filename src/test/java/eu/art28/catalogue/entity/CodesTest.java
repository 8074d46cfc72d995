package eu.art28.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @Test
    void aCodeCoversItselfAndItsDescendants() {
        assertTrue(Codes.covers("e", "e"));
        assertTrue(Codes.covers("e", "e.mailing"));
        assertTrue(Codes.covers("e", "e.mailing.post"));
        assertTrue(Codes.covers("e.mailing", "e.mailing.post"));
    }

    @Test
    void aCodeDoesNotCoverItsAncestorsSiblingsOrLookAlikes() {
        assertFalse(Codes.covers("e.mailing", "e"), "a child does not cover its parent");
        assertFalse(Codes.covers("e", "ex"), "a shared prefix is not a parent");
        assertFalse(Codes.covers("e", "e-mail"), "a dash does not make a child");
        assertFalse(Codes.covers("e.mailing", "e.mailings"));
        assertFalse(Codes.covers("e.mailing", "e.post"), "siblings do not cover each other");
        assertFalse(Codes.covers("contact", "financial.contact"), "the same word elsewhere in the tree");
    }

    @Test
    void nothingCoversOrIsCoveredByNull() {
        assertFalse(Codes.covers(null, "e"));
        assertFalse(Codes.covers("e", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"e", "a1", "contact", "contact.email", "logs-and-recordings.remote-sessions",
            "a.b.c.d", "2024", "x-1.y-2-z"})
    void validCodes(String code) {
        assertTrue(Codes.isValid(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "E", "Contact", "contact.Email", "contact..email", ".contact", "contact.",
            "-contact", "contact-", "con--tact", "contact.-email", "con tact", "contact_email", "contact/email",
            "e.mailing ", "ë", "contact.e-"})
    void invalidCodes(String code) {
        assertFalse(Codes.isValid(code), code);
    }

    @Test
    void codesHaveAMaximumLength() {
        assertTrue(Codes.isValid("a".repeat(Codes.MAX_LENGTH)));
        assertFalse(Codes.isValid("a".repeat(Codes.MAX_LENGTH + 1)));
        assertFalse(Codes.isValid(null));
    }

    @Test
    void theParentIsTheCodeBeforeTheLastDot() {
        assertNull(Codes.parentOf("contact"));
        assertEquals("contact", Codes.parentOf("contact.email"));
        assertEquals("a.b", Codes.parentOf("a.b.c"));
        assertNull(Codes.parentOf("logs-and-recordings"), "a dash is not a separator");
    }

    @Test
    void depthCountsTheSeparators() {
        assertEquals(0, Codes.depth("contact"));
        assertEquals(1, Codes.depth("contact.email"));
        assertEquals(2, Codes.depth("a.b-c.d"));
    }

    @Test
    void treeOrderPutsEveryChildRightAfterItsParent() {
        List<String> codes = new ArrayList<>(List.of("f", "e.mailing", "e-x", "e", "ex", "e.mailing.post",
                "e.a", "a"));
        codes.sort(Codes.TREE_ORDER);
        assertEquals(List.of("a", "e", "e.a", "e.mailing", "e.mailing.post", "e-x", "ex", "f"), codes);
    }

    @Test
    void aSetCoversACodeThroughAnyAncestor() {
        assertTrue(Codes.coveredByAny(java.util.Set.of("e"), "e.mailing.spring"));
        assertTrue(Codes.coveredByAny(java.util.Set.of("x", "e.mailing"), "e.mailing"));
        assertFalse(Codes.coveredByAny(java.util.Set.of("e.mailing"), "e"));
        assertFalse(Codes.coveredByAny(java.util.Set.of("e"), "ex"));
        assertFalse(Codes.coveredByAny(java.util.Set.of(), "e"));
    }
}
