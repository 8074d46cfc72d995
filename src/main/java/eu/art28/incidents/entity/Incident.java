package eu.art28.incidents.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Table;
import jakarta.validation.Valid;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;

/**
 * A personal data breach a processor told us of (Art. 33(2)), at its own place or at one of its sub-processors
 * ({@code sourceProcessorId}). Guards the order of its moments (it occurred, the processor became aware, told us;
 * we became aware at the latest when told, and none of it lies ahead), the processor's notice window fixed when it
 * was registered, the officer's narrowing of the affected engagements and the decision of Art. 33(5). It is never
 * deleted: the breach register must show every breach, also those not notified.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.ALL, query = "select i from Incident i order by i.awareAt desc, i.id desc")
@NamedQuery(name = Incident.OF_PROCESSOR, query = "select i from Incident i"
        + " where i.processorId = :processor or i.sourceProcessorId = :processor order by i.awareAt desc, i.id desc")
@NamedQuery(name = Incident.UNDECIDED, query = "select i from Incident i where i.decidedAt is null"
        + " order by i.awareAt, i.id")
public class Incident extends VersionedRecord {

    /**
     * The controller's time zone: what "the day" of a moment means (the agreement in force, the day notified), and
     * how moments are typed and shown.
     */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public static final String ALL = "Incident.all";
    public static final String OF_PROCESSOR = "Incident.ofProcessor";
    public static final String UNDECIDED = "Incident.undecided";
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int SYSTEMS_LENGTH = 2000;
    public static final int REASON_LENGTH = 2000;
    public static final int REFERENCE_LENGTH = 100;

    /** Ids rather than relations: read next to the chain's and the coverage's read models, never navigated. */
    @Column(name = "processor_id")
    private long processorId;

    @Column(name = "source_processor_id")
    private long sourceProcessorId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "processor_aware_at")
    private Instant processorAwareAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_via")
    private ReportChannel reportedVia;

    @Column(name = "aware_at")
    private Instant awareAt;

    @MultiLine
    private String description;

    @MultiLine
    private String systems;

    @Column(name = "subjects_estimate")
    private Long subjectsEstimate;

    @Column(name = "records_estimate")
    private Long recordsEstimate;

    @MultiLine
    private String measures;

    /** The agreed window in hours, from the agreement in force on the day; null: "without undue delay". */
    @Column(name = "notice_window_hours")
    private Integer noticeWindowHours;

    @Column(name = "notice_agreement_id")
    private Long noticeAgreementId;

    @Column(name = "registered_by")
    @SingleLine
    private String registeredBy;

    /** Whether the officer narrowed the affected engagements down to {@link #engagementIds}. */
    private boolean narrowed;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "incident_engagement", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "engagement_id")
    private Set<Long> engagementIds = new TreeSet<>();

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    @SingleLine
    private String decidedBy;

    @Column(name = "notify_authority")
    private Boolean notifyAuthority;

    @Column(name = "authority_reason")
    @MultiLine
    private String authorityReason;

    @Column(name = "notified_on")
    @BusinessDate
    private LocalDate notifiedOn;

    @Column(name = "notification_reference")
    @SingleLine
    private String notificationReference;

    @Column(name = "subjects_informed")
    private Boolean subjectsInformed;

    @Column(name = "subjects_reason")
    @MultiLine
    private String subjectsReason;

    @Valid
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "incident_action", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "action_order")
    private List<FollowUp> followUps = new ArrayList<>();

    /** What the processor told us; the moments are instants, typed in the controller's zone on the pages. */
    public record Report(Instant occurredAt, Instant processorAwareAt, Instant reportedAt, ReportChannel reportedVia,
            Instant awareAt, String description, String systems, Long subjectsEstimate, Long recordsEstimate,
            String measures) {
    }

    /** What we decided (Art. 33(5), Art. 34). */
    public record Decision(Boolean notifyAuthority, String authorityReason, LocalDate notifiedOn,
            String notificationReference, Boolean subjectsInformed, String subjectsReason) {
    }

    protected Incident() {
    }

    /**
     * @param sourceProcessorId where the breach happened: the processor itself or one of its sub-processors
     * @param noticeWindowHours the window of the agreement in force on the day the processor became aware; null when
     *            none in force sets one
     */
    public Incident(long processorId, long sourceProcessorId, Report report, Integer noticeWindowHours,
            Long noticeAgreementId, String by, Instant now) {
        this.processorId = processorId;
        this.sourceProcessorId = sourceProcessorId;
        this.noticeWindowHours = noticeWindowHours;
        this.noticeAgreementId = noticeAgreementId;
        this.registeredBy = by;
        revise(report, now);
    }

    /**
     * The facts as they are known now (a processor often sends better estimates later); the notice window stays the
     * one fixed at registration. Refused whole, naming each field.
     */
    public final void revise(Report report, Instant now) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        require(violations, report.processorAwareAt(), "processorAwareAt");
        require(violations, report.reportedAt(), "reportedAt");
        require(violations, report.reportedVia(), "reportedVia");
        require(violations, report.awareAt(), "awareAt");
        String text = Text.trimmed(report.description());
        require(violations, text, "description");
        length(violations, text, DESCRIPTION_LENGTH, "description");
        length(violations, Text.trimmed(report.systems()), SYSTEMS_LENGTH, "systems");
        length(violations, Text.trimmed(report.measures()), DESCRIPTION_LENGTH, "measures");
        notAfter(violations, report.occurredAt(), report.processorAwareAt(), "occurredAt",
                "incident.occurredAt.afterProcessorAware");
        notAfter(violations, report.processorAwareAt(), report.reportedAt(), "reportedAt",
                "incident.reportedAt.beforeProcessorAware");
        notAfter(violations, report.occurredAt(), report.awareAt(), "awareAt", "incident.awareAt.beforeOccurred");
        notAfter(violations, report.awareAt(), report.reportedAt(), "awareAt", "incident.awareAt.afterReported");
        for (var moment : List.of(new Object[] {"occurredAt", report.occurredAt()},
                new Object[] {"processorAwareAt", report.processorAwareAt()},
                new Object[] {"reportedAt", report.reportedAt()}, new Object[] {"awareAt", report.awareAt()})) {
            if (moment[1] != null && ((Instant) moment[1]).isAfter(now)) {
                violations.add(new InvalidInput.Violation((String) moment[0], "incident.moment.future"));
            }
        }
        if (report.subjectsEstimate() != null && report.subjectsEstimate() < 0) {
            violations.add(new InvalidInput.Violation("subjectsEstimate", "incident.estimate.negative"));
        }
        if (report.recordsEstimate() != null && report.recordsEstimate() < 0) {
            violations.add(new InvalidInput.Violation("recordsEstimate", "incident.estimate.negative"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(dedup(violations));
        }
        occurredAt = report.occurredAt();
        processorAwareAt = report.processorAwareAt();
        reportedAt = report.reportedAt();
        reportedVia = report.reportedVia();
        awareAt = report.awareAt();
        description = text;
        systems = Text.trimmed(report.systems());
        subjectsEstimate = report.subjectsEstimate();
        recordsEstimate = report.recordsEstimate();
        measures = Text.trimmed(report.measures());
    }

    /**
     * Keeps only these of the affected engagements as really involved; each must be among {@code affected} (what the
     * registry derives for the incident's day).
     */
    public void narrow(Collection<Long> kept, Collection<Long> affected) {
        List<Long> unknown = kept.stream().filter(id -> !affected.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("engagementIds", "incident.engagements.notAffected", unknown.toString());
        }
        narrowed = true;
        engagementIds.clear();
        engagementIds.addAll(kept);
    }

    /** Back to every engagement derived as affected. */
    public void widen() {
        narrowed = false;
        engagementIds.clear();
    }

    /**
     * Records the decision of Art. 33(5): notify the authority or not, and why not; the day and reference of the
     * notification; whether the data subjects are informed (Art. 34) and why or why not. May be revised (the trail
     * keeps each version); when it was first decided stays, as it shows whether we decided within our 72 hours.
     */
    public void decide(Decision decision, String by, Instant now) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        String authority = Text.trimmed(decision.authorityReason());
        String subjects = Text.trimmed(decision.subjectsReason());
        String reference = Text.trimmed(decision.notificationReference());
        require(violations, decision.notifyAuthority(), "notifyAuthority");
        require(violations, decision.subjectsInformed(), "subjectsInformed");
        if (Boolean.FALSE.equals(decision.notifyAuthority()) && authority == null) {
            violations.add(new InvalidInput.Violation("authorityReason", "incident.authorityReason.required"));
        }
        if (Boolean.TRUE.equals(decision.notifyAuthority()) && decision.notifiedOn() == null) {
            violations.add(new InvalidInput.Violation("notifiedOn", "incident.notifiedOn.required"));
        }
        if (!Boolean.TRUE.equals(decision.notifyAuthority())
                && (decision.notifiedOn() != null || reference != null)) {
            violations.add(new InvalidInput.Violation("notifiedOn", "incident.notifiedOn.notNotified"));
        }
        LocalDate today = now.atZone(ZONE).toLocalDate();
        if (decision.notifiedOn() != null && decision.notifiedOn().isAfter(today)) {
            violations.add(new InvalidInput.Violation("notifiedOn", "incident.notifiedOn.future"));
        }
        LocalDate aware = awareAt.atZone(ZONE).toLocalDate();
        if (decision.notifiedOn() != null && decision.notifiedOn().isBefore(aware)) {
            violations.add(new InvalidInput.Violation("notifiedOn", "incident.notifiedOn.beforeAware"));
        }
        require(violations, subjects, "subjectsReason");
        length(violations, authority, REASON_LENGTH, "authorityReason");
        length(violations, subjects, REASON_LENGTH, "subjectsReason");
        length(violations, reference, REFERENCE_LENGTH, "notificationReference");
        if (!violations.isEmpty()) {
            throw new InvalidInput(dedup(violations));
        }
        if (decidedAt == null) {
            decidedAt = now;
            decidedBy = by;
        }
        notifyAuthority = decision.notifyAuthority();
        authorityReason = authority;
        notifiedOn = decision.notifiedOn();
        notificationReference = reference;
        subjectsInformed = decision.subjectsInformed();
        subjectsReason = subjects;
    }

    /** The follow-up actions as they are now: each with what, who and by when; done not before today. */
    public void followUp(List<FollowUp> actions, LocalDate today) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        List<FollowUp> clean = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            FollowUp action = actions.get(i);
            String field = "followUps[" + i + "].";
            String what = Text.trimmed(action.getDescription());
            String who = Text.trimmed(action.getOwner());
            require(violations, what, field + "description");
            require(violations, who, field + "owner");
            require(violations, action.getDueOn(), field + "dueOn");
            line(violations, what, FollowUp.DESCRIPTION_LENGTH, field + "description");
            line(violations, who, FollowUp.OWNER_LENGTH, field + "owner");
            if (action.getDoneOn() != null && action.getDoneOn().isAfter(today)) {
                violations.add(new InvalidInput.Violation(field + "doneOn", "incident.followUp.doneInFuture"));
            }
            clean.add(new FollowUp(what, who, action.getDueOn(), action.getDoneOn()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        followUps.clear();
        followUps.addAll(clean);
    }

    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("an incident is never deleted (Art. 33(5) documentation): " + getId());
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    private static void require(List<InvalidInput.Violation> violations, Object value, String field) {
        if (value == null) {
            violations.add(new InvalidInput.Violation(field, "incident." + field.replaceAll("\\[\\d+]", "")
                    + ".required"));
        }
    }

    private static void length(List<InvalidInput.Violation> violations, String value, int max, String field) {
        if (value != null && value.length() > max) {
            violations.add(new InvalidInput.Violation(field, "art28.text.tooLong", max));
        }
    }

    /** One line of text: refused, naming the field, with a line break or another control character in it. */
    private static void line(List<InvalidInput.Violation> violations, String value, int max, String field) {
        length(violations, value, max, field);
        if (value != null && !value.equals(Text.lines(Text.oneLine(value)))) {
            violations.add(new InvalidInput.Violation(field, "art28.text.control"));
        }
    }

    private static void notAfter(List<InvalidInput.Violation> violations, Instant earlier, Instant later,
            String field, String key) {
        if (earlier != null && later != null && earlier.isAfter(later)) {
            violations.add(new InvalidInput.Violation(field, key));
        }
    }

    /** One message per field: the first reason found is the one to fix first. */
    private static List<InvalidInput.Violation> dedup(List<InvalidInput.Violation> violations) {
        Set<String> seen = new TreeSet<>();
        return violations.stream().filter(v -> seen.add(v.field())).toList();
    }

    public long getProcessorId() {
        return processorId;
    }

    public long getSourceProcessorId() {
        return sourceProcessorId;
    }

    /** Reported for one of the processor's sub-processors rather than for itself. */
    public boolean isAtSubprocessor() {
        return sourceProcessorId != processorId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getProcessorAwareAt() {
        return processorAwareAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public ReportChannel getReportedVia() {
        return reportedVia;
    }

    public Instant getAwareAt() {
        return awareAt;
    }

    public String getDescription() {
        return description;
    }

    public String getSystems() {
        return systems;
    }

    public Long getSubjectsEstimate() {
        return subjectsEstimate;
    }

    public Long getRecordsEstimate() {
        return recordsEstimate;
    }

    public String getMeasures() {
        return measures;
    }

    public Integer getNoticeWindowHours() {
        return noticeWindowHours;
    }

    public Long getNoticeAgreementId() {
        return noticeAgreementId;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public boolean isNarrowed() {
        return narrowed;
    }

    public Set<Long> getEngagementIds() {
        return Set.copyOf(engagementIds);
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Boolean getNotifyAuthority() {
        return notifyAuthority;
    }

    public String getAuthorityReason() {
        return authorityReason;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public String getNotificationReference() {
        return notificationReference;
    }

    public Boolean getSubjectsInformed() {
        return subjectsInformed;
    }

    public String getSubjectsReason() {
        return subjectsReason;
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }
}
