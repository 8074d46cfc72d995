package eu.art28.requests.entity;

import eu.art28.deletion.entity.Choice;

/** How the processor says it ended its processing for us (Art. 28(3)(g)): it deleted the data, returned it, or both. */
public enum DeletionMethod {
    DELETED, RETURNED,
    /** Returned, and the copies deleted afterwards: what the article asks of a return. */
    BOTH;

    /**
     * The controller's choice this confirms when none was on record: a return, with or without the deletion of the
     * copies that follows it, is a return.
     */
    public Choice choice() {
        return this == DELETED ? Choice.DELETE : Choice.RETURN;
    }
}
