package eu.art28.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import eu.art28.audit.entity.Action;
import eu.art28.audit.entity.AuditEntry;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Spreadsheet;

/**
 * audit/list.xhtml (auditors and administrators): the audit trail searched by the filters above the table, paged
 * in the database by the same query as the API ({@link AuditTrail}), and exported as CSV as filtered.
 */
@Named
@ViewScoped
public class ListAuditBacking implements Serializable {

    @Inject
    AuditTrail trail;

    private String entityType;
    private String entityId;
    private String actor;
    private Action action;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private AuditTrail.Query query = AuditTrail.Query.all();

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(query));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return trail.find(query, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    /** Applies the filters as typed; the table shows the first page of what they find. */
    public void search() {
        try {
            query = new AuditTrail.Query(entityType, entityId, actor, action, from, to, text);
        } catch (InvalidInput e) {
            PageMessages.show("filters", e);
        }
    }

    /** What the filters say now, searched or not: the file holds what the person sees they asked for. */
    public StreamedContent getCsv() {
        search();
        AuditTrail.Query exported = query;
        return DefaultStreamedContent.builder().name("audit.csv").contentType(Spreadsheet.CSV_TYPE)
                .writer(out -> trail.export(exported, out)).build();
    }

    /** The changed fields in one cell of the Excel export: "field: before → after", one per line. */
    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return trail.entityTypes();
    }

    public Action[] getActions() {
        return Action.values();
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
