package eu.art28.alerts.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One thing wrong about one subject (an engagement, or a processor as a whole), as the coverage engine or
 * another policy concludes it. The explanation is a message key with arguments, so it reads in Dutch or
 * English: {@code alert.<RULE>} names what is missing and the agreements looked at, {@link #fixKeys()} say how
 * to fix it.
 */
public record Finding(Rule rule, Subject subject, long processorId, Long engagementId, String subjectLabel,
        List<String> missing, List<String> agreementsLookedAt, Severity severity) {

    /** The rules put right on a sub-processor's link rather than in the agreement, when the link is at fault. */
    private static final Set<Rule> LINK_FIXES = EnumSet.of(Rule.TRANSFER_WITHOUT_SAFEGUARD);
    private static final String PATH_STEP = " \u2192 ";

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

    /** The message keys of how to put it right, for {@link #fixKeys(Rule, Subject, List)}. */
    public List<String> fixKeys() {
        return fixKeys(rule, subject, missing);
    }

    /**
     * The message keys of how to put a finding right, {@code alert.<RULE>.fix}; for a transfer without safeguard
     * on a sub-processor's link {@code alert.<RULE>.link.fix}, as the safeguard is recorded on that link (the
     * chain page), not in an amendment. A finding about an engagement names such a link by its path beneath the
     * processor, "P → S: US"; one naming the processor's own countries and links as well gets both keys.
     */
    public static List<String> fixKeys(Rule rule, Subject subject, List<String> missing) {
        String fix = "alert." + rule + ".fix";
        if (!LINK_FIXES.contains(rule)) {
            return List.of(fix);
        }
        if (subject != null && subject.kind() == Subject.Kind.LINK) {
            return List.of(linkFix(rule));
        }
        boolean links = missing.stream().anyMatch(Finding::namesLink);
        boolean own = missing.isEmpty() || !missing.stream().allMatch(Finding::namesLink);
        return links && own ? List.of(fix, linkFix(rule)) : List.of(links ? linkFix(rule) : fix);
    }

    private static String linkFix(Rule rule) {
        return "alert." + rule + ".link.fix";
    }

    /** Whether an item missing names a sub-processor's path (the chain's labels join names with an arrow). */
    private static boolean namesLink(String item) {
        return item.contains(PATH_STEP);
    }
}
