package eu.art28.alerts.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;
import eu.art28.platform.entity.Text;

/**
 * A finding someone must act on. OPEN, then ACKNOWLEDGED by a person with a note, then RESOLVED by itself when
 * the finding disappears (with the time and the cause); OPEN again if it comes back. While not resolved it
 * holds the open key, which the database keeps unique: one open alert per rule and subject.
 */
@Entity
@Table(name = "alert")
public class Alert {

    private static final String SEPARATOR = "\u001F";

    /** From a sequence, not the insert: new alerts are written in one batch (db.migration.V19__alert_ids). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private Rule rule;

    private String subject;

    @Column(name = "subject_label")
    private String subjectLabel;

    @Column(name = "open_key")
    private String openKey;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    private AlertStatus status;

    @Column(name = "processor_id")
    private long processorId;

    @Column(name = "engagement_id")
    private Long engagementId;

    private String missing;

    @Column(name = "looked_at")
    private String lookedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "times_opened")
    private int timesOpened;

    @Column(name = "acknowledged_by")
    @SingleLine
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledgement_note")
    @MultiLine
    private String acknowledgementNote;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** When it last asked for attention: opened, reopened, or escalated to a higher severity. */
    @Column(name = "raised_at")
    private Instant raisedAt;

    private String resolution;

    /** Who is to act on it: a user name; null while nobody is assigned. */
    @SingleLine
    private String assignee;

    /** The day the assignee should have acted by. */
    @Column(name = "due_on")
    @BusinessDate
    private LocalDate dueOn;

    @Column(name = "assigned_by")
    @SingleLine
    private String assignedBy;

    protected Alert() {
    }

    public Alert(Finding finding, Instant at) {
        this.rule = finding.rule();
        this.subject = finding.subject().toString();
        this.processorId = finding.processorId();
        this.engagementId = finding.engagementId();
        this.openedAt = at;
        this.timesOpened = 1;
        this.status = AlertStatus.OPEN;
        this.openKey = key(rule, finding.subject());
        this.raisedAt = at;
        update(finding);
    }

    private static String key(Rule rule, Subject subject) {
        return rule + "|" + subject;
    }

    /**
     * The finding is still there, perhaps changed: keep the alert, with what is missing now. Returns whether it
     * escalated (a deadline drew nearer), which asks for attention again.
     */
    public boolean update(Finding finding, Instant at) {
        boolean escalated = severity != null && finding.severity().compareTo(severity) > 0;
        if (escalated) {
            raisedAt = at;
        }
        update(finding);
        return escalated;
    }

    private void update(Finding finding) {
        this.severity = finding.severity();
        this.subjectLabel = limit(finding.subjectLabel(), 300);
        this.missing = joined(finding.missing());
        this.lookedAt = joined(finding.agreementsLookedAt());
    }

    /** The alert as a reconciliation reads it: enough to tell whether a finding changes it, without managing it. */
    public record State(long id, Rule rule, Subject subject, AlertStatus status, Severity severity, String subjectLabel,
            String missing, String lookedAt) {

        /** The JPQL select list that {@link #of(Object[])} reads. */
        public static final String COLUMNS = "a.id, a.rule, a.subject, a.status, a.severity, a.subjectLabel,"
                + " a.missing, a.lookedAt";

        public static State of(Object[] row) {
            return new State((Long) row[0], (Rule) row[1], Subject.parse((String) row[2]), (AlertStatus) row[3], (Severity) row[4],
                    (String) row[5], (String) row[6], (String) row[7]);
        }

        public boolean isResolved() {
            return status == AlertStatus.RESOLVED;
        }

        /** Whether the alert says what this finding says: then there is nothing to write. */
        public boolean describes(Finding finding) {
            return severity == finding.severity()
                    && Objects.equals(subjectLabel, limit(finding.subjectLabel(), 300))
                    && Objects.equals(missing, joined(finding.missing()))
                    && Objects.equals(lookedAt, joined(finding.agreementsLookedAt()));
        }
    }

    private static String joined(List<String> values) {
        return limit(String.join(SEPARATOR, values), 2000);
    }

    private static String limit(String text, int length) {
        return Text.clipped(text, length);
    }

    /** The finding came back after it was resolved. */
    public void reopen(Finding finding, Instant at) {
        status = AlertStatus.OPEN;
        openKey = key(rule, getSubject());
        openedAt = at;
        timesOpened++;
        acknowledgedBy = null;
        acknowledgedAt = null;
        acknowledgementNote = null;
        resolvedAt = null;
        resolution = null;
        // a new occurrence: whoever had the old one is not told of it by an assignment that looks current
        assignee = null;
        dueOn = null;
        assignedBy = null;
        raisedAt = at;
        update(finding);
    }

    public void acknowledge(String by, Instant at, String note) {
        if (status != AlertStatus.OPEN) {
            throw new Conflict("alert.acknowledge.state", status);
        }
        String why = InvalidInput.lines("note", note, 1000);
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
        acknowledgementNote = why;
    }

    /**
     * Gives the alert to a person to act on by a day. Only an alert not yet resolved: one that resolved itself
     * needs nobody. The day may not lie before today; assigning again hands it over.
     */
    public void assign(String to, LocalDate due, String by, LocalDate today) {
        if (status == AlertStatus.RESOLVED) {
            throw new Conflict("alert.assign.state", status);
        }
        List<InvalidInput.Violation> violations = new ArrayList<>();
        String person = Text.trimmed(to);
        if (person == null) {
            violations.add(new InvalidInput.Violation("assignee", "alert.assign.assignee.required"));
        }
        if (due == null) {
            violations.add(new InvalidInput.Violation("dueOn", "alert.assign.dueOn.required"));
        } else if (due.isBefore(today)) {
            violations.add(new InvalidInput.Violation("dueOn", "alert.assign.dueOn.past"));
        } else if (!BusinessDate.Validator.within(due)) {
            violations.add(new InvalidInput.Violation("dueOn", "art28.date.range"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        assignee = person;
        dueOn = due;
        assignedBy = by;
    }

    /** Past its due day and not yet resolved. */
    public boolean overdueOn(LocalDate day) {
        return dueOn != null && status != AlertStatus.RESOLVED && day.isAfter(dueOn);
    }

    /** The finding disappeared; the cause says what changed (an agreement approved, the engagement edited, ...). */
    public void resolve(Instant at, String cause) {
        status = AlertStatus.RESOLVED;
        openKey = null;
        resolvedAt = at;
        resolution = limit(cause, 300);
    }

    public boolean isResolved() {
        return status == AlertStatus.RESOLVED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Rule getRule() {
        return rule;
    }

    public Subject getSubject() {
        return Subject.parse(subject);
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public Severity getSeverity() {
        return severity;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public long getProcessorId() {
        return processorId;
    }

    /** The page where a person acts on it, relative to the application ({@link Subject#page}). */
    public String getPage() {
        return getSubject().page(processorId);
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public List<String> getMissing() {
        return split(missing);
    }

    public List<String> getLookedAt() {
        return split(lookedAt);
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public int getTimesOpened() {
        return timesOpened;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgementNote() {
        return acknowledgementNote;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
