package eu.art28.audit.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.audit.entity.AuditEntry;

/**
 * WEB-INF/includes/history.xhtml: the history section of a record's page. Read once per request, however often
 * the table asks for its rows while it is drawn.
 */
@Named
@RequestScoped
public class HistoryBacking {

    @Inject
    AuditTrail trail;

    private final Map<String, List<AuditEntry>> read = new HashMap<>();

    public List<AuditEntry> of(String entityType, Object id) {
        if (entityType == null || id == null) {
            return List.of();
        }
        String entityId = String.valueOf(id);
        return read.computeIfAbsent(entityType + "/" + entityId, key -> trail.history(entityType, entityId));
    }
}
