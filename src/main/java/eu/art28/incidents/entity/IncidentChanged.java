package eu.art28.incidents.entity;

/**
 * An incident was registered (by a person or from a processor's accepted report) or changed, decided or followed up,
 * in the current transaction; {@code cause} is a message key. What observes it judges the processors involved
 * again (risk: the reporting processor's and the one where it happened).
 */
public record IncidentChanged(long incidentId, String cause) {
}
