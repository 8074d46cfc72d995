package eu.art28.chain.entity;

/** How we authorised a sub-processor (Art. 28(2)). */
public enum Authorisation {
    /** Legal approved this sub-processor by name. */
    SPECIFIC,
    /** The processor told us in advance under a general authorisation; we could object until the deadline. */
    GENERAL
}
