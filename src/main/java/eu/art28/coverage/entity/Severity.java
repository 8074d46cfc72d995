package eu.art28.coverage.entity;

public enum Severity {
    LOW, MEDIUM, HIGH
}
