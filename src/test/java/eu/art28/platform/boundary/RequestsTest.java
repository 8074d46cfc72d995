package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.art28.platform.control.InvalidInput;

/** Paging asks for a page every list can name; a refusal names the parameter at fault. */
class RequestsTest {

    @ParameterizedTest(name = "page {0}, size {1}: {2}")
    @CsvSource({
            "-1, 20, page, art28.page.invalid",
            "0, 0, size, art28.size.invalid",
            "0, 201, size, art28.size.invalid",
            // 10737419 x 200 passes the largest int: the first row would wrap round to a negative position
            "10737419, 200, page, art28.page.beyond",
    })
    void aPageNoListCanHoldIsRefusedNamingItsParameter(int page, int size, String field, String key) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Requests.paging(page, size));
        assertEquals(field, refused.violations().get(0).field());
        assertEquals(key, refused.violations().get(0).messageKey());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1900-01-01", "2026-11-26", "2999-12-31"})
    void aBusinessDateIsReadAsWritten(String text) {
        assertEquals(java.time.LocalDate.parse(text), Requests.date(text));
    }

    /** H2 stored year 999999999 and read back another day; year -1 became year 2; MariaDB refused both. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"+999999999-12-31", "-999999999-01-01", "-0001-01-01", "0000-01-01", "1899-12-31", "3000-01-01",
            "2026-02-30", "31-12-2026", "2026-1-5", "2026-11-26T00:00", "' 2026-11-26'"})
    void aDateOutsideTheBusinessRangeOrWrittenOtherwiseIsNoDate(String text) {
        assertEquals(null, Requests.date(text));
    }

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"0, 1", "0, 200", "10737418, 200", "2147483647, 1"})
    void pagesWithinReachAreAccepted(int page, int size) {
        assertDoesNotThrow(() -> Requests.paging(page, size));
    }
}
