package eu.art28.alerts.entity;

import java.util.List;

/** Alerts opened, reopened or escalated in the current transaction: who wants to hear of them at once, hears. */
public record AlertsRaised(List<Alert> alerts) {

    public AlertsRaised {
        alerts = List.copyOf(alerts);
    }
}
