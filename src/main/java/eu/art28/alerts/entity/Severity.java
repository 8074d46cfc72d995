package eu.art28.alerts.entity;

public enum Severity {
    LOW, MEDIUM, HIGH
}
