package eu.art28.platform.control;

/**
 * The request is well-formed but clashes with the record's current state: someone else changed it first, or
 * the record is in a state that does not allow this action.
 */
public class Conflict extends RuntimeException {

    /** The one text for a stale version, in the API's 409 and on the pages. */
    public static final String STALE = "record.stale";

    private final String messageKey;
    private final transient Object[] arguments;

    public Conflict(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** Someone else changed the record since the client read it: found by our check or by the database's. */
    public static Conflict stale() {
        return new Conflict(STALE);
    }

    /**
     * Optimistic locking across a form or an API round trip: the version the client read must still be the current
     * one, or its change would silently overwrite one it never saw.
     */
    public static void ifStale(long sent, long current) {
        if (sent != current) {
            throw stale();
        }
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
