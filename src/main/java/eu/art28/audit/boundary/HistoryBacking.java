package eu.art28.audit.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.audit.entity.AuditEntry;
import eu.art28.platform.control.NotPermitted;

/**
 * WEB-INF/includes/history.xhtml: the history section of a record's page. Read once per request, however often
 * the table asks for its rows while it is drawn. A history the caller may not read (someone else's account or
 * tokens, {@link AuditTrail#history}) shows no entries.
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
        return read.computeIfAbsent(entityType + "/" + entityId, key -> readable(entityType, entityId));
    }

    private List<AuditEntry> readable(String entityType, String entityId) {
        try {
            return trail.history(entityType, entityId);
        } catch (NotPermitted notTheirs) {
            return List.of();
        }
    }
}
