package eu.art28.alerts.entity;

import java.util.List;

/**
 * One thing wrong about one subject (an engagement, or a processor as a whole), as the coverage engine or
 * another policy concludes it. The explanation is a message key with arguments, so it reads in Dutch or
 * English: {@code alert.<RULE>} names what is missing and the agreements looked at, {@code alert.<RULE>.fix}
 * says how to fix it.
 */
public record Finding(Rule rule, long processorId, Long engagementId, String subjectLabel, List<String> missing,
        List<String> agreementsLookedAt) {

    public Finding {
        missing = List.copyOf(missing);
        agreementsLookedAt = List.copyOf(agreementsLookedAt);
    }

    public Severity severity() {
        return rule.severity();
    }

    /** What the finding is about; alerts keep one open alert per rule and subject. */
    public String subject() {
        return subjectOf(processorId, engagementId);
    }

    public static String subjectOf(long processorId, Long engagementId) {
        return engagementId != null ? "engagement:" + engagementId : "processor:" + processorId;
    }
}
