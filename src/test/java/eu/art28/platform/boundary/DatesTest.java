package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DatesTest {

    static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aDayReadsAsTheLanguageWritesIt() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertEquals("27 nov. 2026", Dates.format(day, NL));
        assertEquals("27 Nov 2026", Dates.format(day, Locale.ENGLISH));
        assertEquals("3 mei 2027", Dates.format(LocalDate.of(2027, 5, 3), NL));
        assertEquals("", Dates.format(null, NL));
    }

    @Test
    void aMomentHasItsTimeToo() {
        String shown = Dates.format(Instant.parse("2026-11-27T10:15:30Z"), NL);
        assertTrue(shown.matches("27 nov\\. 2026 \\d{2}:\\d{2}"), shown);
    }
}
