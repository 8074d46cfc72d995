package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class DocumentLimitTest {

    private static final long MB = 1024 * 1024;
    private static final long CONFIGURED = 20 * MB;

    @Test
    void theSmallerOfTheConfiguredLimitAndThePacketLessItsOverheadHolds() {
        assertEquals(CONFIGURED, DocumentLimit.configured(CONFIGURED).bytes(), "H2: no packet, the configured limit");
        assertEquals(16 * MB - DocumentLimit.OVERHEAD_BYTES,
                new DocumentLimit(CONFIGURED, OptionalLong.of(16 * MB)).bytes(), "MariaDB's default of 16 MB");
        assertEquals(CONFIGURED, new DocumentLimit(CONFIGURED, OptionalLong.of(64 * MB)).bytes());
        assertEquals(CONFIGURED, new DocumentLimit(CONFIGURED, OptionalLong.of(CONFIGURED + DocumentLimit.OVERHEAD_BYTES))
                .bytes(), "exactly enough room");
        assertEquals(0, new DocumentLimit(CONFIGURED, OptionalLong.of(1024)).bytes(), "never negative");
    }

    @Test
    void aDocumentAboveThePacketIsRefusedSayingTheDatabaseSetsTheLimit() {
        DocumentLimit mariadb = new DocumentLimit(CONFIGURED, OptionalLong.of(16 * MB));
        mariadb.check(mariadb.bytes());
        DocumentTooLarge refused = assertThrows(DocumentTooLarge.class, () -> mariadb.check(17 * MB));
        assertEquals("document.tooLargeForDatabase", refused.violations().get(0).messageKey());
        assertEquals("document", refused.violations().get(0).field());
        assertEquals(List.of(15L), List.of(refused.violations().get(0).arguments()), "16 MB less the overhead");
        assertEquals("document.tooLargeForDatabase", assertThrows(DocumentTooLarge.class,
                () -> mariadb.check(CONFIGURED + 1)).violations().get(0).messageKey(), "the limit that binds is named");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            String text = Messages.text(locale, "document.tooLargeForDatabase", 15L);
            assertTrue(text.contains("15 MB") && text.contains("max_allowed_packet"), text);
        }
    }

    @Test
    void aDocumentAboveTheConfiguredLimitIsRefusedAsBefore() {
        DocumentLimit h2 = DocumentLimit.configured(CONFIGURED);
        h2.check(17 * MB);
        DocumentTooLarge refused = assertThrows(DocumentTooLarge.class, () -> h2.check(CONFIGURED + 1));
        assertEquals("document.tooLarge", refused.violations().get(0).messageKey());
        assertEquals(List.of(20L), List.of(refused.violations().get(0).arguments()));
    }

    @Test
    void theLogWarnsOnlyWhenThePacketIsTooSmall() {
        assertFalse(DocumentLimit.configured(CONFIGURED).warning().isPresent());
        assertFalse(new DocumentLimit(CONFIGURED, OptionalLong.of(64 * MB)).warning().isPresent());
        String warning = new DocumentLimit(CONFIGURED, OptionalLong.of(16 * MB)).warning().orElseThrow();
        assertTrue(warning.contains("max_allowed_packet is 16777216") && warning.contains("at least 22020096"), warning);
    }
}
