package eu.art28.evidence.entity;

/** Where a piece of evidence stands on a day, for lists and badges; coverage asks {@link Evidence#validOn} instead. */
public enum EvidenceValidity {
    VALID, EXPIRING, EXPIRED, WITHDRAWN
}
