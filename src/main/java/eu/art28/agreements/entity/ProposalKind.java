package eu.art28.agreements.entity;

/** What a proposal read from the signed document would fill in: a checklist item, or one field of the form. */
public enum ProposalKind {
    CLAUSE, SIGNED_ON, EFFECTIVE_FROM, EXPIRES_ON, RENEWAL_TERM_MONTHS, NOTICE_PERIOD_DAYS, BREACH_NOTIFICATION_HOURS,
    SUB_PROCESSING, SUB_PROCESSING_NOTICE_DAYS, OBJECTION_PERIOD_DAYS, STANDARD, SUBPROCESSOR
}
