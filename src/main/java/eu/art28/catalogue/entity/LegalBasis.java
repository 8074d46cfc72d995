package eu.art28.catalogue.entity;

/** The six lawful bases of Art. 6(1) GDPR, by their letter. */
public enum LegalBasis {
    /** consent */
    A,
    /** performance of a contract */
    B,
    /** legal obligation */
    C,
    /** vital interests */
    D,
    /** public task */
    E,
    /** legitimate interests */
    F
}
