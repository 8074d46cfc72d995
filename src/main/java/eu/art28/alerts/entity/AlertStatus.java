package eu.art28.alerts.entity;

public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
