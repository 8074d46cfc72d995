package eu.art28.platform.entity;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** How typed text is tidied before it is stored: surrounding blanks go, and an empty field means no value. */
public final class Text {

    /** What ends a line early or acts on a terminal: control characters and Unicode's line and paragraph separators. */
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029&&[^\\n\\r\\t]]+");

    private Text() {
    }

    /**
     * Text made fit for a {@link SingleLine} field, which holds only what this leaves unchanged: each run of line
     * breaks and control characters becomes one space. For text a machine brought (a DPA's words, a mail line).
     */
    public static String oneLine(String value) {
        return value == null ? null : BREAKS.matcher(value).replaceAll(" ");
    }

    /** The same for a {@link MultiLine} field: line breaks and tabs stay, other control characters become a space. */
    public static String lines(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll(" ");
    }

    /** At most {@code length} characters: a longer text ends in an ellipsis where it was cut. */
    public static String clipped(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "\u2026";
    }

    public static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Country codes as a sorted set, each compacted (" nl " → "NL"); whether they exist is {@code @CountryCode}'s check. */
    public static Set<String> countries(Collection<String> countries) {
        Set<String> tidy = new TreeSet<>();
        if (countries != null) {
            countries.stream().map(Text::compact).filter(c -> c != null).forEach(tidy::add);
        }
        return tidy;
    }

    /** A catalogue code as stored: trimmed, lower case; null when blank. */
    public static String code(String code) {
        String trimmed = trimmed(code);
        return trimmed == null ? null : trimmed.toLowerCase();
    }

    /** Catalogue codes as a set: trimmed, lower case, blanks dropped, sorted for stable output. */
    public static Set<String> codes(Collection<String> codes) {
        Set<String> tidy = new TreeSet<>();
        if (codes != null) {
            codes.stream().map(Text::code).filter(c -> c != null).forEach(tidy::add);
        }
        return tidy;
    }

    /** Registration numbers are written with spaces and dots for readability; they are stored without. */
    public static String compact(String value) {
        String trimmed = trimmed(value);
        return trimmed == null ? null : trimmed.replaceAll("[\\s.]", "").toUpperCase();
    }
}
