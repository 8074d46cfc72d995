package eu.art28.coverage.entity;

import java.util.List;

/**
 * One thing wrong with one engagement on one day. The explanation is a message key with its arguments, so
 * it reads in Dutch or English: which engagement, which agreements were looked at, what is missing, and the
 * fix ({@code coverage.<RULE>} and {@code coverage.<RULE>.fix}).
 */
public record Finding(Rule rule, long engagementId, List<String> missing, List<String> agreementsLookedAt) {

    public Finding {
        missing = List.copyOf(missing);
        agreementsLookedAt = List.copyOf(agreementsLookedAt);
    }

    public Severity severity() {
        return rule.severity();
    }

    /** One open alert per rule and engagement: the key alerts deduplicate on. */
    public String subject() {
        return "engagement:" + engagementId;
    }
}
