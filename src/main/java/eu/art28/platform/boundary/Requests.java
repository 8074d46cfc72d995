package eu.art28.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;

/** Checks every resource makes of what a client sent, said once. */
public final class Requests {

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
}
