package eu.art28.chain.entity;

import java.time.LocalDate;

/**
 * Where a link's authorisation stands on a day. A specific one is REQUESTED until legal APPROVED or REFUSED it;
 * a general one is PENDING until its objection deadline, ACCEPTED the day after without objection, OBJECTED if
 * legal objected in time.
 */
public enum LinkStatus {
    REQUESTED, APPROVED, REFUSED, PENDING, ACCEPTED, OBJECTED;

    /** The one place where the status follows from the stored facts and the day. */
    public static LinkStatus of(Authorisation authorisation, Decision decision, LocalDate deadline, LocalDate day) {
        if (authorisation == Authorisation.SPECIFIC) {
            return decision == Decision.APPROVED ? APPROVED : decision == Decision.REFUSED ? REFUSED : REQUESTED;
        }
        if (decision == Decision.OBJECTED) {
            return OBJECTED;
        }
        return deadline != null && day.isAfter(deadline) ? ACCEPTED : PENDING;
    }

    /** Whether the processor may use the sub-processor on the strength of this status. */
    public boolean authorised() {
        return this == APPROVED || this == ACCEPTED;
    }

    /** Whether legal still has something to decide. */
    public boolean open() {
        return this == REQUESTED || this == PENDING;
    }
}
