package eu.art28.platform.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The one rule for two days that bound a period (effective from and expires on, starts on and ends on, issued on
 * and valid until): the first may not lie after the last; the same day is a period of one day. Broken, both fields
 * are named with the same message, which says which comes first: either may be the one that is wrong, so a form
 * marks both and the API lists both.
 */
public final class DateOrder {

    private DateOrder() {
    }

    /**
     * @param messageKey says which day comes first, in the words of the record ("The start date must lie on or
     *        before the end date.")
     * @return nothing when either day is missing or they run forward; otherwise one violation per field
     */
    public static List<InvalidInput.Violation> violations(String firstField, LocalDate first, String lastField,
            LocalDate last, String messageKey) {
        if (first == null || last == null || !last.isBefore(first)) {
            return List.of();
        }
        return List.of(new InvalidInput.Violation(firstField, messageKey),
                new InvalidInput.Violation(lastField, messageKey));
    }

    /** Refuses the two days when they do not run forward, naming both fields. */
    public static void ensure(String firstField, LocalDate first, String lastField, LocalDate last,
            String messageKey) {
        List<InvalidInput.Violation> violations = violations(firstField, first, lastField, last, messageKey);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
