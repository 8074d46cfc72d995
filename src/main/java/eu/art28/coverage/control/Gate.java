package eu.art28.coverage.control;

import java.util.List;
import java.util.Locale;

import eu.art28.alerts.entity.Rule;
import eu.art28.platform.control.Messages;

/**
 * One promise of the privacy statement, for one processor, as its checklist shows it: passed or not, and why, as a
 * message key ({@code gate.<RULE>.passed} or {@code .failed}) with its arguments, so it reads in either language.
 */
public record Gate(Rule rule, boolean passed, List<String> reasons) {

    public Gate {
        reasons = List.copyOf(reasons);
    }

    public static Gate passed(Rule rule, String... reasons) {
        return new Gate(rule, true, List.of(reasons));
    }

    public static Gate failed(Rule rule, String... reasons) {
        return new Gate(rule, false, List.of(reasons));
    }

    public String reasonKey() {
        return "gate." + rule + (passed ? ".passed" : ".failed");
    }

    /** Why, in the reader's language: each reason a stored text or a list of them (Messages.items). */
    public String reason(Locale locale) {
        return Messages.text(locale, reasonKey(), reasons.stream().map(r -> Messages.shownItems(locale, r)).toArray());
    }
}
