package eu.art28.alerts.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Messages;

/** An alert as the API shows it, with its explanation and fix in the language the client asked for. */
@Schema(description = "An alert: a finding someone must act on, one open alert per rule and subject. Resolved by"
        + " itself when its finding disappears. Explanation and fix follow Accept-Language (en, nl).")
public record AlertJson(
        @Schema(description = "Assigned by Art28.", example = "20") Long id,
        @Schema(description = "Optimistic lock: send it with acknowledge (409 when stale).", example = "1")
        Long version,
        @Schema(description = "The rule that found it.") Rule type,
        @Schema(description = "How urgent it is.") Severity severity,
        @Schema(description = "OPEN -> ACKNOWLEDGED; RESOLVED by itself when the finding disappears.")
        AlertStatus status,
        @Schema(description = "What it is about: engagement:{id}, agreement:{id}, evidence:{id}, link:{id},"
                + " incident:{id}, request:{id} or processor:{id}.", example = "engagement:7") String subject,
        @Schema(description = "The processor concerned.", example = "8") long processorId,
        @Schema(description = "The engagement concerned, when it is about one.", example = "7") Long engagementId,
        @Schema(description = "What is missing: codes, countries, evidence types or a path down the chain.",
                example = "[\"e.mailing\"]") List<String> missing,
        @Schema(description = "The agreements that were looked at.",
                example = "[\"DPA-2026-043 r1 (Approved)\"]") List<String> agreementsLookedAt,
        @Schema(description = "What is wrong, in words.") String explanation,
        @Schema(description = "How to put it right, in words.") String fix,
        @Schema(description = "When it was (last) opened.") Instant openedAt,
        @Schema(description = "How often it was opened: more than 1 when the finding came back.", example = "1")
        int timesOpened,
        @Schema(description = "Who acknowledged it.", example = "manager") String acknowledgedBy,
        @Schema(description = "When it was acknowledged.") Instant acknowledgedAt,
        @Schema(description = "What the acknowledger noted.", example = "Asked the vendor")
        String acknowledgementNote,
        @Schema(description = "When it resolved itself.") Instant resolvedAt,
        @Schema(description = "What resolved it.", example = "agreement DPA-7 revision 2 approved")
        String resolution,
        @Schema(description = "Who is to act on it (a user name); empty while unassigned.", example = "legal")
        String assignee,
        @Schema(description = "The day the assignee should have acted by.", example = "2026-12-15") LocalDate dueOn,
        @Schema(description = "Who assigned it.", example = "manager") String assignedBy) {

    @Schema(description = "Assigning an alert: the version last read, the person and the day it is due.",
            example = "{\"version\":1,\"assignee\":\"legal\",\"dueOn\":\"2026-12-15\"}")
    public record Assignment(
            @Schema(description = "The version last read.", required = true, example = "1") Long version,
            @Schema(description = "A user with the role LEGAL or MANAGER.", required = true, example = "legal")
            String assignee,
            @Schema(description = "Not before today.", required = true, example = "2026-12-15") LocalDate dueOn) {
    }

    @Schema(description = "Acknowledging several alerts with one note; those no longer open are left as they are.",
            example = "{\"ids\":[20,21],\"note\":\"Asked the vendor\"}")
    public record Acknowledgements(
            @Schema(description = "The alerts to acknowledge.", required = true) List<Long> ids,
            @Schema(description = "Who is on it and what they do.", example = "Asked the vendor") String note) {
    }

    @Schema(description = "Acknowledging an alert: the version last read and a note.",
            example = "{\"version\":1,\"note\":\"Asked the vendor for their ISO 27001 certificate\"}")
    public record Acknowledgement(
            @Schema(description = "The version last read.", required = true, example = "1") Long version,
            @Schema(description = "Who is on it and what they do.", example = "Asked the vendor") String note) {
    }

    /** A finding as the what-if check and an engagement's answer show it. */
    @Schema(description = "A finding of the coverage engine: what is wrong and how to fix it.")
    public record FindingJson(@Schema(description = "The rule that found it.") Rule type,
            @Schema(description = "How urgent it is.") Severity severity,
            @Schema(description = "What is missing.", example = "[\"e.mailing\"]") List<String> missing,
            @Schema(description = "The agreements that were looked at.") List<String> agreementsLookedAt,
            @Schema(description = "What is wrong, in words.") String explanation,
            @Schema(description = "How to put it right, in words.") String fix) {

        public static FindingJson of(Finding f, CodeNames names) {
            Locale locale = names.locale();
            return new FindingJson(f.rule(), f.severity(), f.missing(), shown(f.agreementsLookedAt(), locale),
                    AlertJson.explanation(f.rule(), f.subjectLabel(), f.missing(), f.agreementsLookedAt(), names),
                    AlertJson.fix(f.rule(), f.subject(), f.missing(), locale));
        }
    }

    public static AlertJson of(Alert a, CodeNames names) {
        Locale locale = names.locale();
        return new AlertJson(a.getId(), a.getVersion(), a.getRule(), a.getSeverity(), a.getStatus(), a.getSubject().toString(),
                a.getProcessorId(), a.getEngagementId(), a.getMissing(), shown(a.getLookedAt(), locale),
                explanation(a.getRule(), a.getSubjectLabel(), a.getMissing(), a.getLookedAt(), names),
                fix(a.getRule(), a.getSubject(), a.getMissing(), locale), a.getOpenedAt(), a.getTimesOpened(),
                a.getAcknowledgedBy(), a.getAcknowledgedAt(), a.getAcknowledgementNote(), a.getResolvedAt(),
                Messages.shown(locale, a.getResolution()), a.getAssignee(), a.getDueOn(), a.getAssignedBy());
    }

    /** How to put it right: the rule's fix, or the link's where a sub-processor's link is at fault. */
    public static String fix(Rule rule, Subject subject, List<String> missing, Locale locale) {
        return Finding.fixKeys(rule, subject, missing).stream().map(key -> Messages.text(locale, key))
                .collect(Collectors.joining(" "));
    }

    /**
     * What is wrong, naming the subject, what is missing and the agreements that were looked at, in the reader's
     * language: the items are stored as data (codes, ISO days, evidence types) or as stored texts (Messages.stored)
     * and put in words only now, so an alert reads in the language of whoever reads it, whenever.
     */
    public static String explanation(Rule rule, String subject, List<String> missing, List<String> lookedAt,
            CodeNames names) {
        Locale locale = names.locale();
        return Messages.text(locale, "alert." + rule, Messages.shown(locale, subject), listed(rule, missing, names),
                listed(rule == Rule.PURPOSE_INCOMPATIBLE ? rule : null, lookedAt, names));
    }

    /** Items in words (FindingItems); the rule is null for the agreements looked at, which are stored texts. */
    private static String listed(Rule rule, List<String> items, CodeNames names) {
        if (items.isEmpty()) {
            return Messages.text(names.locale(), "alert.none");
        }
        return items.stream().map(item -> FindingItems.named(rule, item, names)).collect(Collectors.joining(", "));
    }

    /** The agreements looked at, as the API shows them: in the client's language. */
    private static List<String> shown(List<String> items, Locale locale) {
        return items.stream().map(item -> Messages.shown(locale, item)).toList();
    }
}
