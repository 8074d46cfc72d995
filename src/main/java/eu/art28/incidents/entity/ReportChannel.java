package eu.art28.incidents.entity;

/** How the processor told us of the breach. */
public enum ReportChannel {
    EMAIL, PHONE, PORTAL, LETTER, MEETING, OTHER,
    /** Through its personal link to our vendor portal (a request for incident reports): what an accepted report from the portal carries. */
    VENDOR_PORTAL
}
