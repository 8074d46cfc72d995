package eu.art28.alerts.entity;

/**
 * What a finding is about; each has its own explanation and fix in the message bundles. The severity is the
 * rule's own, except where a deadline escalates it as it draws near (the expiry policy).
 */
public enum Rule {
    NO_AGREEMENT(Severity.HIGH),
    AGREEMENT_NOT_IN_FORCE(Severity.HIGH),
    AGREEMENT_SCOPE_EMPTY(Severity.HIGH),
    PURPOSE_NOT_COVERED(Severity.HIGH),
    DATA_CATEGORY_NOT_COVERED(Severity.HIGH),
    DATA_SUBJECT_NOT_COVERED(Severity.MEDIUM),
    SPECIAL_CATEGORY_NOT_ALLOWED(Severity.HIGH),
    COUNTRY_NOT_COVERED(Severity.MEDIUM),
    TRANSFER_WITHOUT_SAFEGUARD(Severity.HIGH),
    SUBPROCESSING_NOT_ALLOWED(Severity.HIGH),
    SUBPROCESSOR_NOT_AUTHORISED(Severity.HIGH),
    SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT(Severity.HIGH),
    FLOW_DOWN_MISSING(Severity.MEDIUM),
    OBJECTION_DEADLINE_NEAR(Severity.MEDIUM),
    CONFIDENTIALITY_NOT_GUARANTEED(Severity.HIGH),
    SECURITY_NOT_DEMONSTRATED(Severity.HIGH),
    PURPOSE_INCOMPATIBLE(Severity.HIGH),
    AGREEMENT_EXPIRING(Severity.LOW),
    AGREEMENT_EXPIRED(Severity.HIGH),
    NOTICE_DEADLINE_NEAR(Severity.LOW),
    EVIDENCE_EXPIRING(Severity.LOW),
    EVIDENCE_EXPIRED(Severity.HIGH),
    REVIEW_DUE(Severity.MEDIUM),
    DELETION_NOT_CONFIRMED(Severity.MEDIUM),
    INCIDENT_NOTICE_LATE(Severity.MEDIUM),
    INCIDENT_DECISION_DUE(Severity.MEDIUM),
    INCIDENT_DECISION_OVERDUE(Severity.HIGH),
    INCIDENT_REPORTED(Severity.HIGH),
    REQUEST_OVERDUE(Severity.MEDIUM);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
