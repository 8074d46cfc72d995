package eu.art28.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text a machine brought is made fit for the field it goes to, instead of being refused there. */
class TextTest {

    @Test
    void oneLineTurnsEachRunOfBreaksAndControlCharactersIntoASpace() {
        assertEquals("Cloud Host B.V. NL hosting", Text.oneLine("Cloud Host\tB.V.\r\nNL\u2028\u0007hosting"));
        assertEquals(null, Text.oneLine(null));
    }

    @Test
    void linesKeepBreaksAndTabsButNoOtherControlCharacter() {
        assertEquals("p. 3: Article 5\n\tThe processor [31m shall", Text.lines("p. 3: Article 5\n\tThe processor"
                + "\u000c\u001b[31m shall"));
    }
}
