package eu.art28.chain.entity;

/** What legal decided about a link; none yet while it is requested or pending. */
public enum Decision {
    APPROVED, REFUSED, OBJECTED
}
