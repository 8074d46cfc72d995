package eu.art28.alerts.entity;

/** The daily scan is due (once across all nodes): every feature that judges by the calendar does its part. */
public record ScanDue(String cause) {
}
