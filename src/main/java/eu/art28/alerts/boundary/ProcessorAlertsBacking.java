package eu.art28.alerts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.platform.boundary.ReadOnce;

/**
 * The open alerts count in the summary of processors/view.xhtml. Its own bean, because alerts know no record they
 * report on and processors must not depend on alerts.
 */
@Named
@RequestScoped
public class ProcessorAlertsBacking {

    @Inject
    Alerts alerts;

    private final ReadOnce<Long, Long> counted = new ReadOnce<>(id -> alerts.unresolvedCount(id));

    public long unresolved(Long processorId) {
        return processorId == null ? 0 : counted.of(processorId);
    }
}
