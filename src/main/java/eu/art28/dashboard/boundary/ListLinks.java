package eu.art28.dashboard.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

/**
 * Where a figure on the dashboard leads: the list it counts, filtered the way it counts, through the view
 * parameters of that list. Paths inside the application, without the context path; empty filters are left out.
 */
public final class ListLinks {

    private ListLinks() {
    }

    /** alerts/list.xhtml filtered by type, severity, status(es) and subject; any of them may be null or empty. */
    public static String alerts(Rule type, Severity severity, Collection<AlertStatus> statuses, Subject subject) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", type);
        parameters.put("severity", severity);
        parameters.put("status", statuses == null || statuses.isEmpty() ? null : AlertStatus.join(statuses));
        parameters.put("subject", subject);
        return path("/alerts/list.xhtml", parameters);
    }

    /** The alerts not yet resolved assigned to one person. */
    public static String assignedTo(String person) {
        return path("/alerts/list.xhtml", Map.of("assignee", person));
    }

    /** The alerts not yet resolved about one subject: what is wrong with it now. */
    public static String alertsAbout(Subject subject) {
        return alerts(null, null, AlertStatus.UNRESOLVED, subject);
    }

    /** processors/list.xhtml filtered by risk tier, coverage and status. */
    public static String processors(RiskTier riskTier, CoverageStatus coverage, ProcessorStatus status) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("riskTier", riskTier);
        parameters.put("coverage", coverage);
        parameters.put("status", status);
        return path("/processors/list.xhtml", parameters);
    }

    public static String agreements(AgreementStatus status) {
        return path("/agreements/list.xhtml", Map.of("status", status));
    }

    public static String agreement(long id) {
        return path("/agreements/view.xhtml", Map.of("id", id));
    }

    public static String processor(long id) {
        return path("/processors/view.xhtml", Map.of("id", id));
    }

    /** The processor's requests tab. */
    public static String processorRequests(long id) {
        return "/processors/view.xhtml?id=" + id + "&tab=REQUESTS";
    }

    public static String incident(long id) {
        return path("/incidents/view.xhtml", Map.of("id", id));
    }

    private static String path(String page, Map<String, Object> parameters) {
        String query = parameters.entrySet().stream().filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(String.valueOf(p.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? page : page + "?" + query;
    }
}
