package eu.art28.reports.control;

/**
 * Where a processor stands with its agreements today, the best of all its agreements: the constants are in order
 * of preference, so one in force outranks one in review, which outranks a draft.
 */
public enum AgreementStanding {
    /** Approved and within its term today. */
    IN_FORCE,
    /** Submitted, waiting for legal's decision. */
    IN_REVIEW,
    DRAFT,
    /** There are agreements, but none in force today (expired, terminated, rejected, or not yet effective). */
    NOT_IN_FORCE,
    NONE;

    public AgreementStanding better(AgreementStanding other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
