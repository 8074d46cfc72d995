package eu.art28.risk.entity;

/** The kind of record a risk factor comes from, so that a page can link to it. */
public enum RecordKind {
    ENGAGEMENT, AGREEMENT, LINK, EVIDENCE, REVIEW, ALERT, PROCESSOR, REQUEST, INCIDENT
}
