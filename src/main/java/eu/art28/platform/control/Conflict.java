package eu.art28.platform.control;

/**
 * The request is well-formed but clashes with the record's current state: someone else changed it first, or
 * the record is in a state that does not allow this action.
 */
public class Conflict extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public Conflict(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
