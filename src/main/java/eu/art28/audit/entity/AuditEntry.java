package eu.art28.audit.entity;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One change of one record, as the audit trail keeps it. Read here only: entries are written by the
 * persistence layer itself, in the transaction of the change ({@code audit.control.ChangeRecorder}), and
 * EclipseLink refuses to write this class ({@link ReadOnly}), so no code path can change or delete one.
 */
@Entity
@ReadOnly
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.HISTORY, query = "select e from AuditEntry e where e.entityType = :type"
        + " and e.entityId = :id order by e.at, e.id")
public class AuditEntry {

    public static final String HISTORY = "AuditEntry.history";
    public static final String TABLE = "audit_entry";

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private Instant at;

    private String actor;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String action;

    /** JSON: {@code {"field":[before, after]}}. */
    private String changes;

    private String reason;

    protected AuditEntry() {
    }

    /** The fields changed, in the order recorded. */
    public List<Change> changes() {
        List<Change> list = new ArrayList<>();
        if (changes == null || changes.isBlank()) {
            return list;
        }
        try (JsonReader reader = Json.createReader(new StringReader(changes))) {
            JsonObject object = reader.readObject();
            object.forEach((field, values) -> {
                JsonArray pair = values.asJsonArray();
                list.add(new Change(field, pair.get(0), pair.size() > 1 ? pair.get(1) : JsonValue.NULL));
            });
        }
        return list;
    }

    public JsonObject changesJson() {
        try (JsonReader reader = Json.createReader(new StringReader(changes == null ? "{}" : changes))) {
            return reader.readObject();
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }
}
