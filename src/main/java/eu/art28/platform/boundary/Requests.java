package eu.art28.platform.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.BusinessDate;

/** Checks every resource makes of what a client sent, said once. */
public final class Requests {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Requests() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInput("body", "art28.body.required");
        }
        return body;
    }

    /** The client must name the version it read, and it must still be the current one. */
    public static long version(Long given, long current) {
        long read = version(given);
        Conflict.ifStale(read, current);
        return read;
    }

    public static long version(Long given) {
        if (given == null) {
            throw new InvalidInput("version", "record.version.required");
        }
        return given;
    }

    /** Dutch when the client asks for it, English otherwise. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().filter(l -> "nl".equals(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    /** Page numbers start at 0; a page holds at most {@link Page#MAX_SIZE} items. */
    public static void paging(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "art28.page.invalid");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInput("size", "art28.size.invalid", Page.MAX_SIZE);
        }
        // the first row's position is an int in JPA: a page that far would wrap round to a negative position
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInput("page", "art28.page.beyond");
        }
    }

    /**
     * A business date as clients write it, {@code 2026-11-26}; null when it is written otherwise or lies outside
     * {@link BusinessDate}'s range. The one reading of a date for bodies and query parameters.
     */
    public static LocalDate date(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return BusinessDate.Validator.within(day) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The violation of a date that {@link #date} does not accept. */
    public static InvalidInput.Violation dateRange(String field) {
        return new InvalidInput.Violation(field, "art28.date.range", BusinessDate.FIRST.toString(),
                BusinessDate.LAST.toString());
    }
}
