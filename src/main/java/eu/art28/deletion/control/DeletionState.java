package eu.art28.deletion.control;

/**
 * Where the deletion or return of something that ended stands today: confirmed by the processor, awaited up to and
 * including the last allowed day, overdue after it.
 */
public enum DeletionState {
    CONFIRMED, AWAITING, OVERDUE
}
