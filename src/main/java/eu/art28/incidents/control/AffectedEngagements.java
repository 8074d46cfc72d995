package eu.art28.incidents.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.art28.catalogue.entity.Codes;
import eu.art28.chain.control.Chain;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.SensitiveCategories;

/**
 * Which engagements a breach at one processor touches on the day it happened, derived from the registry alone:
 * those with that processor itself, and those with every processor above it in the chain whose data reaches it,
 * along each path of links that carries the engagement's purposes and data categories and is in use on the day.
 * Plain Java over the chain's and the coverage's read models, so that it is the same on the page, in the API and
 * in the tests.
 */
public final class AffectedEngagements {

    /** A data category as the incident shows it: flagged with the articles that make it sensitive. */
    public record AffectedCategory(String code, List<String> articles) {

        public AffectedCategory {
            articles = List.copyOf(articles);
        }

        public boolean sensitive() {
            return !articles.isEmpty();
        }
    }

    /**
     * One affected engagement: with whom it is (the processor we engage), how the breach reaches it (the paths
     * down to the processor where it happened; none when it happened at that processor itself), what it processes
     * and the agreements in force on the day that cover some of its purposes.
     */
    public record Affected(long engagementId, long processorId, String label, List<String> paths,
            Set<String> purposes, List<AffectedCategory> dataCategories, Set<String> dataSubjects, Set<String> countries,
            List<String> agreements) {

        public Affected {
            paths = List.copyOf(paths);
            dataCategories = List.copyOf(dataCategories);
            agreements = List.copyOf(agreements);
        }

        public boolean direct() {
            return paths.isEmpty();
        }

        public boolean sensitive() {
            return dataCategories.stream().anyMatch(AffectedCategory::sensitive);
        }
    }

    private AffectedEngagements() {
    }

    /** The processors whose engagements may be affected: the one where it happened and every one above it. */
    public static Set<Long> processorsToRead(long sourceProcessorId, Chain chain) {
        Set<Long> processors = new LinkedHashSet<>(List.of(sourceProcessorId));
        processors.addAll(chain.upstream(sourceProcessorId));
        return processors;
    }

    /**
     * @param sourceProcessorId where the breach happened
     * @param day the day it happened (or, unknown, the day the processor became aware)
     * @param engagements at least the engagements of {@link #processorsToRead}
     * @param agreements the agreements of those processors, by processor
     */
    public static List<Affected> derive(long sourceProcessorId, LocalDate day, Chain chain,
            List<EngagementScope> engagements, Map<Long, List<AgreementScope>> agreements,
            SensitiveCategories sensitive) {
        List<Affected> affected = new ArrayList<>();
        for (EngagementScope engagement : engagements) {
            if (!runsOn(engagement, day)) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            if (engagement.processorId() != sourceProcessorId) {
                chain.paths(engagement.processorId(), day, link -> link.carries(engagement.purposes(),
                        engagement.dataCategories())).stream()
                        .filter(path -> path.last().subprocessorId() == sourceProcessorId)
                        .forEach(path -> paths.add(path.label()));
                if (paths.isEmpty()) {
                    continue;
                }
            }
            List<AffectedCategory> categories = engagement.dataCategories().stream().sorted()
                    .map(code -> new AffectedCategory(code, sensitive.articles(code))).toList();
            List<String> covering = agreements.getOrDefault(engagement.processorId(), List.of()).stream()
                    .filter(a -> a.term().inForceOn(day) && covers(a.purposes(), engagement.purposes()))
                    .map(AgreementScope::label).toList();
            affected.add(new Affected(engagement.id(), engagement.processorId(), engagement.label(), paths,
                    engagement.purposes(), categories, engagement.dataSubjects(), engagement.countries(), covering));
        }
        affected.sort(Comparator.comparing(Affected::direct).reversed().thenComparing(Affected::label)
                .thenComparing(Affected::engagementId));
        return affected;
    }

    private static boolean runsOn(EngagementScope engagement, LocalDate day) {
        return (engagement.from() == null || !engagement.from().isAfter(day))
                && (engagement.until() == null || !engagement.until().isBefore(day));
    }

    private static boolean covers(Set<String> agreed, Set<String> used) {
        return used.stream().anyMatch(u -> agreed.stream().anyMatch(a -> Codes.covers(a, u)));
    }
}
