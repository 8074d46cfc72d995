package eu.art28.alerts.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.primefaces.PrimeFaces;
import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.LazyDataModel;

import eu.art28.platform.entity.Role;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;

/**
 * alerts/list.xhtml: alerts paged in the database, newest first, and acknowledging one with a note. The view
 * parameters {@code type}, {@code severity} and {@code status} preset the column filters, so that a link (from
 * the dashboard) opens the list already filtered and the person sees, and may change, what is filtered;
 * {@code processorId} and {@code subject} have no column and narrow the list as a whole.
 */
@Named
@ViewScoped
public class ListAlertsBacking implements Serializable {

    @PersistenceContext
    transient EntityManager em;

    @Inject
    Alerts alerts;

    private Long processorId;
    private String subject;
    private Rule rule;
    private Severity severity;
    private List<AlertStatus> statuses = new ArrayList<>();
    private LazyDataModel<Alert> model;
    private Alert selected;
    private String note;

    @PostConstruct
    void init() {
        model = JPALazyDataModel.<Alert>builder()
                .entityClass(Alert.class)
                .entityManager(() -> em)
                .rowKeyField("id")
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (processorId != null) {
                        predicates.add(cb.equal(root.get("processorId"), processorId));
                    }
                    if (subject != null) {
                        predicates.add(cb.equal(root.get("subject"), subject));
                    }
                })
                .sortEnricher((sort, cb, cq, root, orders) -> orders.add(cb.desc(root.get("id"))))
                .build();
    }

    public boolean isMayAcknowledge() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.LEGAL);
    }

    public void select(Alert alert) {
        selected = alert;
        note = null;
    }

    public void acknowledge() {
        try {
            alerts.acknowledge(selected.getId(), selected.getVersion(), note);
            PageMessages.info("alerts.list.acknowledged");
            PrimeFaces.current().executeScript("PF('acknowledgeDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.show("acknowledgeForm", e);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    public LazyDataModel<Alert> getModel() {
        return model;
    }

    public Rule[] getRules() {
        return Rule.values();
    }

    public AlertStatus[] getAllStatuses() {
        return AlertStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = Text.trimmed(subject);
    }

    public Rule getRule() {
        return rule;
    }

    public void setRule(Rule rule) {
        this.rule = rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    /** The statuses the status column filters on; empty: all. */
    public List<AlertStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<AlertStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    /** The view parameter {@code status}: one status or several, comma-separated ({@code OPEN,ACKNOWLEDGED}). */
    public String getStatus() {
        return AlertStatus.join(statuses);
    }

    public void setStatus(String status) {
        setStatuses(AlertStatus.parse(status));
    }

    public Alert getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
