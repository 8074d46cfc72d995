package eu.art28.incidents.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.art28.alerts.entity.Severity;
import eu.art28.incidents.control.AffectedEngagements.Affected;
import eu.art28.incidents.control.AffectedEngagements.AffectedCategory;
import eu.art28.incidents.entity.FollowUp;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.ReportChannel;

/**
 * An incident as the API shows it: what the processor told us; its notice against the window (hours, rounded up);
 * our deadline and where its clock stands; the decision; the follow-up; the affected engagements, each marked
 * {@code involved} when it counts (every one before the officer narrows them down); null in a list.
 */
public record IncidentJson(long id, long version, long processorId, String processorName, long sourceProcessorId,
        String sourceProcessorName, Instant occurredAt, Instant processorAwareAt, Instant reportedAt,
        ReportChannel reportedVia, Instant awareAt, String description, String systems, Long subjectsEstimate,
        Long recordsEstimate, String measures, String registeredBy, IncidentNoticeJson notice, Instant deadline,
        Severity urgency, boolean deadlinePassed, IncidentDecisionJson decision, List<IncidentFollowUpJson> followUps,
        boolean narrowed, List<AffectedEngagementJson> affected) {

    /** The processor's notice: the window (null: "without undue delay", {@code allowedHours} then applies). */
    public record IncidentNoticeJson(Integer windowHours, String agreement, int allowedHours, Instant dueAt, long takenHours,
            boolean late) {
    }

    public record IncidentDecisionJson(Instant decidedAt, String decidedBy, Boolean notifyAuthority, String authorityReason,
            LocalDate notifiedOn, String notificationReference, Boolean subjectsInformed, String subjectsReason) {
    }

    public record IncidentFollowUpJson(String description, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    public record AffectedEngagementJson(long engagementId, long processorId, String label, List<String> paths,
            Set<String> purposes, List<AffectedCategory> dataCategories, Set<String> dataSubjects, Set<String> countries,
            List<String> agreements, boolean involved) {
    }

    public static IncidentJson of(Incidents.Judged judged) {
        Incident i = judged.incident();
        List<Affected> involved = judged.involved();
        return new IncidentJson(i.getId(), i.getVersion(), i.getProcessorId(), judged.processorName(),
                i.getSourceProcessorId(), judged.sourceProcessorName(), i.getOccurredAt(), i.getProcessorAwareAt(),
                i.getReportedAt(), i.getReportedVia(), i.getAwareAt(), i.getDescription(), i.getSystems(),
                i.getSubjectsEstimate(), i.getRecordsEstimate(), i.getMeasures(), i.getRegisteredBy(),
                new IncidentNoticeJson(judged.notice().windowHours(), judged.noticeAgreement(), judged.notice().allowed(),
                        judged.notice().deadline(), Incidents.hours(judged.notice().taken()), judged.notice().late()),
                judged.deadline(), judged.stage().severity(), judged.stage().passed(),
                i.isDecided() ? new IncidentDecisionJson(i.getDecidedAt(), i.getDecidedBy(), i.getNotifyAuthority(),
                        i.getAuthorityReason(), i.getNotifiedOn(), i.getNotificationReference(),
                        i.getSubjectsInformed(), i.getSubjectsReason()) : null,
                i.getFollowUps().stream().map(f -> new IncidentFollowUpJson(f.getDescription(), f.getOwner(), f.getDueOn(),
                        f.getDoneOn())).toList(), i.isNarrowed(),
                judged.affected() == null ? null : judged.affected().stream().map(a -> new AffectedEngagementJson(
                        a.engagementId(), a.processorId(), a.label(), a.paths(), a.purposes(), a.dataCategories(),
                        a.dataSubjects(), a.countries(), a.agreements(), involved.contains(a))).toList());
    }

    static FollowUp followUp(IncidentFollowUpJson json) {
        return new FollowUp(json.description(), json.owner(), json.dueOn(), json.doneOn());
    }
}
