package eu.art28.alerts.entity;

/** An alert given to a person in the current transaction: the assignee hears of it by mail. */
public record AlertAssigned(Alert alert) {
}
