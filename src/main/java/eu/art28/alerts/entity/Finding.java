package eu.art28.alerts.entity;

import java.util.List;

/**
 * One thing wrong about one subject (an engagement, or a processor as a whole), as the coverage engine or
 * another policy concludes it. The explanation is a message key with arguments, so it reads in Dutch or
 * English: {@code alert.<RULE>} names what is missing and the agreements looked at, {@code alert.<RULE>.fix}
 * says how to fix it.
 */
public record Finding(Rule rule, Subject subject, long processorId, Long engagementId, String subjectLabel,
        List<String> missing, List<String> agreementsLookedAt, Severity severity) {

    public Finding {
        missing = List.copyOf(missing);
        agreementsLookedAt = List.copyOf(agreementsLookedAt);
    }

    /** With the rule's own severity. */
    public Finding(Rule rule, Subject subject, long processorId, Long engagementId, String subjectLabel,
            List<String> missing, List<String> agreementsLookedAt) {
        this(rule, subject, processorId, engagementId, subjectLabel, missing, agreementsLookedAt, rule.severity());
    }

    /** About an engagement, or about a processor as a whole when {@code engagementId} is null. */
    public Finding(Rule rule, long processorId, Long engagementId, String subjectLabel, List<String> missing,
            List<String> agreementsLookedAt) {
        this(rule, Subject.of(processorId, engagementId), processorId, engagementId, subjectLabel, missing,
                agreementsLookedAt);
    }
}
