package eu.art28.audit.boundary;

import java.time.Instant;

import jakarta.json.JsonObject;

import eu.art28.audit.entity.AuditEntry;

/** An audit entry as the API shows it; changes as recorded: {@code {"field":[before, after]}}. */
public record AuditEntryJson(long id, Instant at, String actor, String entityType, String entityId, String action,
        JsonObject changes, String reason) {

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.getId(), entry.getAt(), entry.getActor(), entry.getEntityType(),
                entry.getEntityId(), entry.getAction(), entry.changesJson(), entry.getReason());
    }
}
