package eu.art28.alerts.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.criteria.Expression;

import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.boundary.Tables;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;

/**
 * alerts/list.xhtml, the worklist: one compact row per alert, the most severe first and within a severity the
 * oldest first, paged in the database; the explanation when a row is expanded; acknowledging the selected rows with
 * one note; assigning one to a person by a day. The filters are view parameters set by a plain GET form, so that
 * the address says what is shown and can be bookmarked or sent: {@code type}, {@code severity}, {@code status}
 * (comma-separated; {@code all} for every status; open and acknowledged when absent), {@code assignee},
 * {@code processorId} and {@code subject}.
 */
@Named
@ViewScoped
public class ListAlertsBacking implements Serializable {

    /** The status filter's word for "every status"; without a status the list shows what still needs someone. */
    static final String ALL = "all";

    @Inject
    Tables tables;

    @Inject
    Alerts alerts;

    private Long processorId;
    private String subject;
    private Rule rule;
    private Severity severity;
    private String assignee;
    private List<AlertStatus> statuses = new ArrayList<>(AlertStatus.UNRESOLVED);
    private LazyDataModel<Alert> model;
    private List<Alert> selection = new ArrayList<>();
    private Alert selected;
    private String note;
    private String assignTo;
    private LocalDate dueOn;
    private final Map<Long, String> processorNames = new HashMap<>();
    private List<String> assignees;

    @PostConstruct
    void init() {
        model = tables.model(tables.rows(Alert.class)
                .filterEnricher((filters, cb, cq, root, predicates) -> {
                    if (processorId != null) {
                        predicates.add(cb.equal(root.get("processorId"), processorId));
                    }
                    if (subject != null) {
                        predicates.add(cb.equal(root.get("subject"), subject));
                    }
                    if (rule != null) {
                        predicates.add(cb.equal(root.get("rule"), rule));
                    }
                    if (severity != null) {
                        predicates.add(cb.equal(root.get("severity"), severity));
                    }
                    if (assignee != null) {
                        predicates.add(cb.equal(root.get("assignee"), assignee));
                    }
                    if (!statuses.isEmpty()) {
                        predicates.add(root.get("status").in(statuses));
                    }
                })
                // severity is stored as text, which does not sort by urgency: the most severe first, then the oldest
                .sortEnricher((sort, cb, cq, root, orders) -> {
                    Expression<Integer> urgency = cb.<Integer>selectCase()
                            .when(cb.equal(root.get("severity"), Severity.HIGH), 0)
                            .when(cb.equal(root.get("severity"), Severity.MEDIUM), 1)
                            .otherwise(2);
                    orders.add(cb.asc(urgency));
                    orders.add(cb.asc(root.get("openedAt")));
                    orders.add(cb.asc(root.get("id")));
                })
                .build());
    }

    public boolean isMayAcknowledge() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.MANAGER) || external.isUserInRole(Role.Names.LEGAL);
    }

    public void select(Alert alert) {
        selected = alert;
        note = null;
        assignTo = alert.getAssignee();
        dueOn = alert.getDueOn() != null ? alert.getDueOn() : LocalDate.now().plusDays(7);
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

    /** Before the bulk dialog opens: a note starts empty. */
    public void prepareBulk() {
        note = null;
    }

    /** Acknowledges the selected rows still open, with one note; says how many, and how many were not open. */
    public void acknowledgeSelected() {
        try {
            int done = alerts.acknowledge(selection.stream().map(Alert::getId).toList(), note).size();
            PageMessages.info("alerts.list.acknowledgedMany", done, selection.size() - done);
            selection = new ArrayList<>();
            PrimeFaces.current().executeScript("PF('bulkDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.showGlobally(e);
        }
    }

    public void assign() {
        try {
            Alert assigned = alerts.assign(selected.getId(), selected.getVersion(), assignTo, dueOn);
            PageMessages.info("alerts.list.assigned", assigned.getAssignee());
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        } catch (InvalidInput e) {
            PageMessages.show("assignForm", e);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    /** Read once per view: the filter and the dialog both list them. */
    public List<String> getAssignees() {
        if (assignees == null) {
            assignees = alerts.assignees();
        }
        return assignees;
    }

    /** The processor's name, read for the whole page at once the first time a row asks. */
    public String processorName(long id) {
        if (!processorNames.containsKey(id)) {
            List<Long> ids = new ArrayList<>(model.getWrappedData() == null ? List.of()
                    : model.getWrappedData().stream().map(Alert::getProcessorId).distinct().toList());
            ids.add(id);
            processorNames.putAll(alerts.processorNames(ids));
        }
        return processorNames.get(id);
    }

    /** Whole days since it was opened: 0 today. */
    public long age(Alert alert) {
        return Math.max(0, Duration.between(alert.getOpenedAt(), Instant.now()).toDays());
    }

    public boolean overdue(Alert alert) {
        return alert.overdueOn(LocalDate.now());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public LazyDataModel<Alert> getModel() {
        return model;
    }

    public Rule[] getRules() {
        return Rule.values();
    }

    /** The choices of the status filter, as the address writes them. */
    public List<String> getStatusChoices() {
        return List.of(AlertStatus.join(AlertStatus.UNRESOLVED), AlertStatus.OPEN.name(),
                AlertStatus.ACKNOWLEDGED.name(), AlertStatus.RESOLVED.name(), ALL);
    }

    /** The most severe first, as the list is sorted. */
    public List<Severity> getSeverities() {
        return List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW);
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

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = Text.trimmed(assignee);
    }

    /** The view parameter {@code status}: statuses comma-separated ({@code OPEN,ACKNOWLEDGED}), or {@code all}. */
    public String getStatus() {
        return statuses.isEmpty() ? ALL : AlertStatus.join(statuses);
    }

    public void setStatus(String status) {
        List<AlertStatus> parsed = AlertStatus.parse(status);
        statuses = status == null ? new ArrayList<>(AlertStatus.UNRESOLVED) : new ArrayList<>(parsed);
    }

    public List<Alert> getSelection() {
        return selection;
    }

    public void setSelection(List<Alert> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
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

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
