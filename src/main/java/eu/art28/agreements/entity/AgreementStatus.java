package eu.art28.agreements.entity;

/**
 * Where an agreement is in its life. Expiry is not a status: it follows from the dates. SUPERSEDED marks an
 * approved version that an approved amendment replaced.
 */
public enum AgreementStatus {
    DRAFT, IN_REVIEW, APPROVED, REJECTED, TERMINATED, SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
