package eu.art28.incidents.entity;

/** How the processor told us of the breach. */
public enum ReportChannel {
    EMAIL, PHONE, PORTAL, LETTER, MEETING, OTHER
}
