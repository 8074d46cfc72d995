package eu.art28.alerts.boundary;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The open alerts count in the summary of processors/view.xhtml. Its own bean, because alerts know no record they
 * report on and processors must not depend on alerts.
 */
@Named
@RequestScoped
public class ProcessorAlertsBacking {

    @Inject
    Alerts alerts;

    private final Map<Long, Long> counted = new HashMap<>();

    /** Counted once per request, however often the page asks. */
    public long unresolved(Long processorId) {
        return processorId == null ? 0 : counted.computeIfAbsent(processorId, alerts::unresolvedCount);
    }
}
