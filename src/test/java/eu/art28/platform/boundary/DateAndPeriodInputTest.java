package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What a person may type into a date or a period input, and how the input shows it back. */
class DateAndPeriodInputTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void aDayIsTypedAsPeopleWriteItOrInIso() {
        for (String typed : new String[] {"28-11-2026", "28-11-2026 ", "28/11/2026", "28.11.2026", "2026-11-28"}) {
            assertEquals(Optional.of(DAY), BusinessDayInput.parse(typed), typed);
        }
        assertEquals(Optional.of(LocalDate.of(2026, 3, 5)), BusinessDayInput.parse("5-3-2026"));
        assertEquals("05-03-2026", BusinessDayInput.SHOWN.format(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void whatIsNoDayIsRefused() {
        for (String typed : new String[] {"31-02-2026", "2026-13-01", "28-11-26", "tomorrow", "11/28/2026", ""}) {
            assertEquals(Optional.empty(), BusinessDayInput.parse(typed), typed);
        }
    }

    @Test
    void aPeriodIsTypedInWordsOfEitherLanguageOrInIso() {
        assertEquals(Optional.of(Period.ofYears(2)), PeriodInput.parse("2 jaar"));
        assertEquals(Optional.of(Period.ofYears(2)), PeriodInput.parse("2 years"));
        assertEquals(Optional.of(Period.of(1, 6, 0)), PeriodInput.parse("1 jaar en 6 maanden"));
        assertEquals(Optional.of(Period.of(1, 6, 0)), PeriodInput.parse("1 year, 6 months"));
        assertEquals(Optional.of(Period.ofDays(30)), PeriodInput.parse("30 dagen"));
        assertEquals(Optional.of(Period.ofDays(14)), PeriodInput.parse("2 weken"));
        assertEquals(Optional.of(Period.ofYears(7)), PeriodInput.parse("P7Y"));
        assertEquals(Optional.of(Period.ofMonths(6)), PeriodInput.parse("p6m"));
        for (String typed : new String[] {"twee jaar", "2", "2 eeuwen", "P", "jaar 2"}) {
            assertEquals(Optional.empty(), PeriodInput.parse(typed), typed);
        }
    }

    @Test
    void aStoredPeriodIsShownInWords() {
        assertEquals("2 jaar", PeriodInput.show("P2Y", Locale.forLanguageTag("nl")));
        assertEquals("1 year 6 months", PeriodInput.show("P1Y6M", Locale.ENGLISH));
        assertEquals("not a period", PeriodInput.show("not a period", Locale.ENGLISH));
    }
}
