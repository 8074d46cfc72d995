package eu.art28.processors.entity;

/** The judgement of a review: does the processor give sufficient guarantees (Art. 28(1))? */
public enum ReviewOutcome {
    SUFFICIENT, SUFFICIENT_WITH_ACTIONS, INSUFFICIENT
}
