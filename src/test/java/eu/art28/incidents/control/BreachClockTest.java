package eu.art28.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.art28.alerts.entity.Severity;
import eu.art28.incidents.control.BreachClock.Window;

class BreachClockTest {

    private final BreachClock clock = new BreachClock();

    private static Instant at(String local) {
        return BreachClock.instant(LocalDateTime.parse(local));
    }

    @Test
    void aProcessorAllowedTwentyFourHoursThatTakesThirtyIsLateBySix() {
        BreachClock.Notice notice = clock.notice(at("2026-06-01T09:00"), at("2026-06-02T15:00"), 24);
        assertTrue(notice.late());
        assertTrue(notice.agreed());
        assertEquals(Duration.ofHours(30), notice.taken());
        assertEquals(Duration.ofHours(6), notice.lateBy());
        assertEquals(at("2026-06-02T09:00"), notice.deadline());
    }

    @Test
    void exactlyOnTheDeadlineIsInTime() {
        BreachClock.Notice notice = clock.notice(at("2026-06-01T09:00"), at("2026-06-02T09:00"), 24);
        assertFalse(notice.late());
        assertEquals(Duration.ZERO, notice.lateBy());
    }

    @Test
    void withoutAWindowUndueDelayAllowsTheConfiguredHours() {
        BreachClock.Notice notice = clock.notice(at("2026-06-01T09:00"), at("2026-06-02T09:01"), null);
        assertFalse(notice.agreed());
        assertEquals(BreachClock.DEFAULT_UNDUE_DELAY_HOURS, notice.allowed());
        assertTrue(notice.late());
        assertFalse(new BreachClock(48, List.of()).notice(at("2026-06-01T09:00"), at("2026-06-02T09:01"), null)
                .late());
    }

    @Test
    void hoursRunAcrossDaysAndMonths() {
        assertEquals(at("2026-07-03T23:30"), clock.ourDeadline(at("2026-06-30T23:30")));
        assertEquals(at("2027-01-03T10:00"), clock.ourDeadline(at("2026-12-31T10:00")));
    }

    @Test
    void seventyTwoHoursAreElapsedHoursWhenTheClocksGoForward() {
        // 29 March 2026 02:00 CET becomes 03:00 CEST: the wall clock shows 73 hours later
        assertEquals(LocalDateTime.parse("2026-03-31T11:00"),
                BreachClock.local(clock.ourDeadline(at("2026-03-28T10:00"))));
    }

    @Test
    void seventyTwoHoursAreElapsedHoursWhenTheClocksGoBack() {
        // 25 October 2026 03:00 CEST becomes 02:00 CET: the wall clock shows 71 hours later
        assertEquals(LocalDateTime.parse("2026-10-26T09:00"),
                BreachClock.local(clock.ourDeadline(at("2026-10-23T10:00"))));
        BreachClock.Notice notice = clock.notice(at("2026-10-24T20:00"), at("2026-10-25T20:00"), 24);
        assertEquals(Duration.ofHours(25), notice.taken());
        assertTrue(notice.late());
    }

    @Test
    void aTimeInTheSpringGapIsTheHourAfterAndATwiceShownTimeTheFirst() {
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), at("2026-03-29T02:30"));
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), at("2026-10-25T02:30"));
    }

    @Test
    void theDayIsTheDayInAmsterdam() {
        assertEquals(LocalDate.parse("2026-06-02"), BreachClock.day(Instant.parse("2026-06-01T22:30:00Z")));
        assertEquals(LocalDate.parse("2027-01-01"), BreachClock.day(Instant.parse("2026-12-31T23:30:00Z")));
    }

    @Test
    void theShortestWindowInForceAppliesAndNoneWhenNoneInForceSetsOne() {
        assertEquals(Optional.of(new Window(2, 24, true)), BreachClock.windowOf(List.of(new Window(1, 48, true),
                new Window(2, 24, true), new Window(3, 12, false), new Window(4, null, true))));
        assertEquals(Optional.empty(), BreachClock.windowOf(List.of(new Window(4, null, true),
                new Window(3, 12, false))));
        assertEquals(Optional.empty(), BreachClock.windowOf(List.of()));
    }

    @Test
    void ourClockIsQuietThenAlertsAtEachPointAndIsHighWhenItPasses() {
        Instant aware = at("2026-06-01T09:00");
        assertEquals(BreachClock.Stage.QUIET, clock.stage(aware, aware.plus(Duration.ofHours(23)), false));
        assertEquals(new BreachClock.Stage(Severity.LOW, 48, false),
                clock.stage(aware, aware.plus(Duration.ofHours(24)), false));
        assertEquals(new BreachClock.Stage(Severity.MEDIUM, 24, false),
                clock.stage(aware, aware.plus(Duration.ofHours(50)), false));
        assertEquals(new BreachClock.Stage(Severity.HIGH, 6, false),
                clock.stage(aware, aware.plus(Duration.ofHours(66)), false));
        assertEquals(new BreachClock.Stage(Severity.HIGH, null, true),
                clock.stage(aware, aware.plus(Duration.ofHours(72)), false));
        assertEquals(BreachClock.Stage.QUIET, clock.stage(aware, aware.plus(Duration.ofHours(80)), true));
    }

    @Test
    void thePointsAreConfigurable() {
        BreachClock one = new BreachClock(24, BreachClock.points(" 12 "));
        Instant aware = at("2026-06-01T09:00");
        assertEquals(BreachClock.Stage.QUIET, one.stage(aware, aware.plus(Duration.ofHours(59)), false));
        assertEquals(new BreachClock.Stage(Severity.HIGH, 12, false),
                one.stage(aware, aware.plus(Duration.ofHours(60)), false));
        assertEquals(List.of(48, 24, 6), new BreachClock(24, BreachClock.points("6,48,24,24")).alertHours());
        assertThrows(IllegalArgumentException.class, () -> new BreachClock(24, List.of(73)));
        assertThrows(IllegalArgumentException.class, () -> new BreachClock(0, List.of()));
    }

    @Test
    void theNextChangeIsTheNextPointThenTheDeadline() {
        Instant aware = at("2026-06-01T09:00");
        assertEquals(Optional.of(aware.plus(Duration.ofHours(24))), clock.nextChange(aware, aware));
        assertEquals(Optional.of(aware.plus(Duration.ofHours(72))),
                clock.nextChange(aware, aware.plus(Duration.ofHours(67))));
        assertEquals(Optional.empty(), clock.nextChange(aware, aware.plus(Duration.ofHours(72))));
    }
}
