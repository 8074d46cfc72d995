package eu.art28.coverage.control;

import java.time.LocalDate;
import java.util.Set;

import eu.art28.processors.entity.RiskTier;

/**
 * What the engine needs of one engagement: what the processor is used for, where, and when; the purpose its data
 * was collected for when that is another one (null otherwise); and the processor's risk tier, which decides the
 * security evidence it must have; and how many people's data it processes, as stated (null: not stated), which
 * only risk reads.
 */
public record EngagementScope(long id, long processorId, String label, Set<String> purposes, Set<String> dataCategories,
        Set<String> dataSubjects, Set<String> countries, LocalDate from, LocalDate until, String originalPurpose,
        RiskTier riskTier, Long dataSubjectCount) {

    public EngagementScope {
        purposes = Set.copyOf(purposes);
        dataCategories = Set.copyOf(dataCategories);
        dataSubjects = Set.copyOf(dataSubjects);
        countries = Set.copyOf(countries);
    }

    /** Its number of data subjects not stated. */
    public EngagementScope(long id, long processorId, String label, Set<String> purposes, Set<String> dataCategories,
            Set<String> dataSubjects, Set<String> countries, LocalDate from, LocalDate until, String originalPurpose,
            RiskTier riskTier) {
        this(id, processorId, label, purposes, dataCategories, dataSubjects, countries, from, until, originalPurpose,
                riskTier, null);
    }

    /** Data collected for its own purposes, at a processor of the high risk tier. */
    public EngagementScope(long id, long processorId, String label, Set<String> purposes, Set<String> dataCategories,
            Set<String> dataSubjects, Set<String> countries, LocalDate from, LocalDate until) {
        this(id, processorId, label, purposes, dataCategories, dataSubjects, countries, from, until, null,
                RiskTier.HIGH);
    }

    /**
     * The day to judge it on: today while it runs, its first day if it has not started yet, none once it has
     * ended (nothing is processed any more).
     */
    public LocalDate dayToJudge(LocalDate today) {
        if (until != null && until.isBefore(today)) {
            return null;
        }
        return from != null && from.isAfter(today) ? from : today;
    }
}
