package eu.art28.coverage.control;

import java.time.LocalDate;
import java.util.Set;

/** What the engine needs of one engagement: what the processor is used for, where, and when. */
public record EngagementScope(long id, long processorId, String label, Set<String> purposes, Set<String> dataCategories,
        Set<String> dataSubjects, Set<String> countries, LocalDate from, LocalDate until) {

    public EngagementScope {
        purposes = Set.copyOf(purposes);
        dataCategories = Set.copyOf(dataCategories);
        dataSubjects = Set.copyOf(dataSubjects);
        countries = Set.copyOf(countries);
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
