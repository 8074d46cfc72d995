package eu.art28.alerts.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.platform.control.Messages;

/** An alert as the API shows it, with its explanation and fix in the language the client asked for. */
public record AlertJson(Long id, Long version, Rule type, Severity severity, AlertStatus status, String subject,
        long processorId, Long engagementId, List<String> missing, List<String> agreementsLookedAt,
        String explanation, String fix, Instant openedAt, int timesOpened, String acknowledgedBy,
        Instant acknowledgedAt, String acknowledgementNote, Instant resolvedAt, String resolution) {

    public record Acknowledgement(Long version, String note) {
    }

    /** A finding as the what-if check and an engagement's answer show it. */
    public record FindingJson(Rule type, Severity severity, List<String> missing, List<String> agreementsLookedAt,
            String explanation, String fix) {

        public static FindingJson of(Finding f, Locale locale) {
            return new FindingJson(f.rule(), f.severity(), f.missing(), f.agreementsLookedAt(),
                    AlertJson.explanation(f.rule(), f.subjectLabel(), f.missing(), f.agreementsLookedAt(), locale),
                    Messages.text(locale, "alert." + f.rule() + ".fix"));
        }
    }

    public static AlertJson of(Alert a, Locale locale) {
        return new AlertJson(a.getId(), a.getVersion(), a.getRule(), a.getSeverity(), a.getStatus(), a.getSubject(),
                a.getProcessorId(), a.getEngagementId(), a.getMissing(), a.getLookedAt(),
                explanation(a.getRule(), a.getSubjectLabel(), a.getMissing(), a.getLookedAt(), locale),
                Messages.text(locale, "alert." + a.getRule() + ".fix"), a.getOpenedAt(), a.getTimesOpened(),
                a.getAcknowledgedBy(), a.getAcknowledgedAt(), a.getAcknowledgementNote(), a.getResolvedAt(),
                a.getResolution());
    }

    /** What is wrong, naming the subject, what is missing and the agreements that were looked at. */
    public static String explanation(Rule rule, String subject, List<String> missing, List<String> lookedAt,
            Locale locale) {
        String none = Messages.text(locale, "alert.none");
        return Messages.text(locale, "alert." + rule, subject, missing.isEmpty() ? none : String.join(", ", missing),
                lookedAt.isEmpty() ? none : String.join(", ", lookedAt));
    }
}
