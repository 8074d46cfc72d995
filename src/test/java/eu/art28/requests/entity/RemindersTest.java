package eu.art28.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which reminder is due on a day, case by case, with the default days 7, 3 and 1 before the due day. */
class RemindersTest {

    static final Reminders DEFAULT = Reminders.of("7,3,1");
    static final LocalDate DUE = LocalDate.of(2026, 12, 21);
    static final LocalDate SENT = LocalDate.of(2026, 12, 1);

    @Test
    void eachReminderFallsDueOnItsDayBeforeTheDueDay() {
        assertNull(DEFAULT.dueOn(DUE.minusDays(8), DUE, SENT, null), "nothing yet eight days before");
        assertEquals(7, DEFAULT.dueOn(DUE.minusDays(7), DUE, SENT, null));
        assertEquals(3, DEFAULT.dueOn(DUE.minusDays(3), DUE, SENT, 7));
        assertEquals(1, DEFAULT.dueOn(DUE.minusDays(1), DUE, SENT, 3));
    }

    @Test
    void noneIsSentTwice() {
        assertNull(DEFAULT.dueOn(DUE.minusDays(7), DUE, SENT, 7), "the same day again");
        assertNull(DEFAULT.dueOn(DUE.minusDays(5), DUE, SENT, 7), "between two reminder days");
        assertNull(DEFAULT.dueOn(DUE.minusDays(1), DUE, SENT, 1));
        assertNull(DEFAULT.dueOn(DUE, DUE, SENT, 1), "on the due day, after the last one");
    }

    @Test
    void aMissedDayCatchesUpWithTheLatestReminderOnly() {
        assertEquals(3, DEFAULT.dueOn(DUE.minusDays(2), DUE, SENT, null), "7 and 3 missed: only 3");
        assertEquals(1, DEFAULT.dueOn(DUE.minusDays(1), DUE, SENT, null), "all missed: only 1");
        assertNull(DEFAULT.dueOn(DUE.minusDays(1), DUE, SENT, 1), "and then none of the missed ones");
        assertEquals(1, DEFAULT.dueOn(DUE, DUE, SENT, 3), "the day before, missed, is caught up on the due day");
    }

    @Test
    void noneAfterTheDueDay() {
        assertNull(DEFAULT.dueOn(DUE.plusDays(1), DUE, SENT, null));
        assertNull(DEFAULT.dueOn(DUE.plusDays(1), DUE, SENT, 3));
    }

    @Test
    void aReminderDayBeforeTheRequestWasSentIsNoReminder() {
        LocalDate sentLate = DUE.minusDays(5);
        assertNull(DEFAULT.dueOn(sentLate, DUE, sentLate, null), "the 7-day one lay before the first mail");
        assertEquals(3, DEFAULT.dueOn(DUE.minusDays(3), DUE, sentLate, null));
        assertNull(DEFAULT.dueOn(DUE.minusDays(1), DUE, DUE.minusDays(1), null), "sent on the reminder day itself");
    }

    @Test
    void theDaysAreReadFromTheSettingInAnyOrderAndAnythingElseIsRefused() {
        assertEquals(List.of(10, 2), Reminders.of(" 2, 10,2 ").daysBefore());
        assertEquals(List.of(), Reminders.of("").daysBefore());
        assertNull(Reminders.of("").dueOn(DUE.minusDays(1), DUE, SENT, null), "no days: no reminders");
        assertThrows(IllegalArgumentException.class, () -> Reminders.of("7,x"));
        assertThrows(IllegalArgumentException.class, () -> Reminders.of("7,0"));
    }
}
