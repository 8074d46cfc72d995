package eu.art28.platform.control;

import java.util.Objects;

/**
 * The request is well-formed but clashes with the record's current state: someone else changed it first, or
 * the record is in a state that does not allow this action.
 */
public class Conflict extends RuntimeException {

    /** The one text for a stale version, in the API's 409 and on the pages. */
    public static final String STALE = "record.stale";

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public Conflict(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private Conflict(String field, String messageKey, Object... arguments) {
        super(field == null ? messageKey : field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * The one way a record refuses a change to a field its state has fixed (a decided link's notice date, a
     * confirmed deletion's choice): never ignored silently, always a conflict that names the field.
     *
     * @param messageKey says why the field is fixed and how to record the change instead
     * @return {@code next} when the field may change or does not
     */
    public static <T> T unlessFrozen(boolean frozen, String field, T current, T next, String messageKey,
            Object... arguments) {
        if (frozen && !Objects.equals(current, next)) {
            throw new Conflict(field, messageKey, arguments);
        }
        return next;
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

    /** The field whose change was refused, or null when the record's state refuses the action as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
