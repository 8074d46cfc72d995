package eu.art28.deletion.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;

class DeletionOrReturnTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Instant MORNING = Instant.parse("2026-11-26T09:00:00Z");
    static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    static List<String> fields(Runnable action) {
        return assertThrows(InvalidInput.class, action::run).violations().stream().map(InvalidInput.Violation::field)
                .toList();
    }

    @Test
    void aboutOneEngagementOrOneAgreement() {
        assertEquals("engagement:7", DeletionOrReturn.ofEngagement(1, 7).subject().toString());
        assertEquals("agreement:7", DeletionOrReturn.ofAgreement(1, 7).subject().toString());
    }

    @Test
    void aConfirmationNeedsAChoiceAndCannotLieInTheFuture() {
        DeletionOrReturn record = DeletionOrReturn.ofEngagement(1, 7);
        assertEquals(List.of("choice"), fields(() -> record.record(null, TODAY, null, "legal", NOON, TODAY)));
        assertEquals(List.of("confirmedOn"), fields(() -> record.record(Choice.DELETE, TODAY.plusDays(1), null,
                "legal", NOON, TODAY)));
        assertEquals(List.of("confirmedOn", "choice"), fields(() -> record.record(null, TODAY.plusDays(1), null,
                "legal", NOON, TODAY)));
        assertEquals(List.of("note"), fields(() -> record.record(Choice.DELETE, null, "x".repeat(2001), "legal",
                NOON, TODAY)));
        assertNull(record.getChoice(), "refused whole");

        record.record(Choice.DELETE, TODAY, "  Certificate by mail  ", "legal", NOON, TODAY);
        assertTrue(record.isConfirmed());
        assertEquals("Certificate by mail", record.getNote());
    }

    @Test
    void whoChoseAndWhoRecordedTheConfirmationChangeOnlyWithWhatTheyStandFor() {
        DeletionOrReturn record = DeletionOrReturn.ofEngagement(1, 7);
        record.record(Choice.RETURN, null, null, "legal", MORNING, TODAY);
        assertEquals("legal", record.getChosenBy());
        assertFalse(record.isConfirmed());

        record.record(Choice.RETURN, TODAY.minusDays(1), null, "procurement", NOON, TODAY);
        assertEquals("legal", record.getChosenBy(), "the same choice");
        assertEquals(MORNING, record.getChosenAt());
        assertEquals("procurement", record.getConfirmedBy());

        record.record(Choice.DELETE, TODAY.minusDays(1), "changed our mind", "legal", NOON, TODAY);
        assertEquals("legal", record.getChosenBy());
        assertEquals(NOON, record.getChosenAt());
        assertEquals("procurement", record.getConfirmedBy(), "the same confirmation");
    }
}
