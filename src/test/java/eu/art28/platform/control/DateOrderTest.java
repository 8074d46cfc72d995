package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateOrderTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static List<String> named(LocalDate first, LocalDate last) {
        return DateOrder.violations("startsOn", first, "endsOn", last, "x.dates.order").stream()
                .map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    @Test
    void aPeriodRunningBackwardsNamesBothFieldsWithTheSameMessage() {
        assertEquals(List.of("startsOn:x.dates.order", "endsOn:x.dates.order"), named(DAY, DAY.minusDays(1)));
    }

    @Test
    void theSameDayOrLaterOrAMissingDayIsNoViolation() {
        assertEquals(List.of(), named(DAY, DAY));
        assertEquals(List.of(), named(DAY, DAY.plusDays(1)));
        assertEquals(List.of(), named(null, DAY));
        assertEquals(List.of(), named(DAY, null));
    }

    @Test
    void ensureRefusesWithBothFields() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> DateOrder.ensure("from", DAY, "to", DAY.minusDays(1), "audit.dates.order"));
        assertEquals(List.of("from", "to"), refused.violations().stream().map(InvalidInput.Violation::field).toList());
    }
}
