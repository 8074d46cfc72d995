package eu.art28.audit.entity;

import java.util.Map;
import java.util.Set;

/**
 * What happened to a record. Besides creating, changing and deleting, a change of its state (a field named
 * {@code status} or {@code decision}) is the step of its life that led there, named after the state reached: an
 * agreement that becomes APPROVED was approved.
 */
public enum Action {
    CREATE, UPDATE, DELETE,
    SUBMIT, APPROVE, REJECT, TERMINATE, SUPERSEDE, OFFBOARD, ACKNOWLEDGE, RESOLVE, REOPEN, REFUSE, OBJECT,
    /** a state reached that has no name of its own here yet */
    TRANSITION;

    /** The attributes whose change is a step in a record's life rather than an edit. */
    public static final Set<String> STATE_ATTRIBUTES = Set.of("status", "decision");

    private static final Map<String, Action> BY_STATE_REACHED = Map.ofEntries(
            Map.entry("IN_REVIEW", SUBMIT), Map.entry("APPROVED", APPROVE), Map.entry("REJECTED", REJECT),
            Map.entry("TERMINATED", TERMINATE), Map.entry("SUPERSEDED", SUPERSEDE),
            Map.entry("OFFBOARDED", OFFBOARD), Map.entry("ACKNOWLEDGED", ACKNOWLEDGE),
            Map.entry("RESOLVED", RESOLVE), Map.entry("OPEN", REOPEN), Map.entry("REFUSED", REFUSE),
            Map.entry("OBJECTED", OBJECT));

    public static Action reaching(String state) {
        return BY_STATE_REACHED.getOrDefault(state, TRANSITION);
    }
}
