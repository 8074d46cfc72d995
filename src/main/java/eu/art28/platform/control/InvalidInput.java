package eu.art28.platform.control;

import java.util.List;

import eu.art28.platform.entity.Text;

/**
 * Input that breaks a rule Bean Validation cannot see (uniqueness, a state that forbids the change).
 * Each violation names the field, so a form can put the message next to it and the API can list it.
 */
public class InvalidInput extends RuntimeException {

    public record Violation(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Violation> violations;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.messageKey()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    /**
     * A record the input refers to by id ({@code processorId}), as the lookup returned it; when there is none the
     * input is wrong, not the address: a violation of {@code field}, not a 404.
     */
    public static <T> T unlessMissing(T referenced, String field, String messageKey) {
        if (referenced == null) {
            throw new InvalidInput(field, messageKey);
        }
        return referenced;
    }

    /**
     * A note or a reason a person gives with an action, as it is kept: trimmed, null when blank; refused, naming the
     * field, when longer than {@code max} or holding a control character other than a line break or a tab (what a
     * {@link eu.art28.platform.entity.MultiLine} field holds). Whether it may be blank is the caller's rule.
     */
    public static String lines(String field, String text, int max) {
        String trimmed = Text.trimmed(text);
        if (trimmed != null && trimmed.length() > max) {
            throw new InvalidInput(field, "art28.text.tooLong", max);
        }
        if (trimmed != null && !trimmed.equals(Text.lines(trimmed))) {
            throw new InvalidInput(field, "art28.text.control");
        }
        return trimmed;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same violations with a field named as the caller knows it: the API's word where a form's differs. */
    public InvalidInput renamed(String field, String as) {
        return new InvalidInput(violations.stream().map(v -> v.field().equals(field)
                ? new Violation(as, v.messageKey(), v.arguments()) : v).toList());
    }
}
