package eu.art28.engagements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import eu.art28.alerts.boundary.AlertJson;
import eu.art28.engagements.entity.Engagement;

/**
 * An engagement as the API shows and accepts it. {@code originalPurpose}, optional, is the purpose its data was
 * collected for when that is not one of its own purposes. {@code findings} are its unresolved alerts: what no
 * agreement covers right now; ignored on input.
 */
public record EngagementJson(Long id, Long version, Long processorId, String processorName, String description,
        String businessOwner, Set<String> purposes, String originalPurpose, Set<String> dataCategories, Set<String> dataSubjects,
        Set<String> countries, LocalDate startsOn, LocalDate endsOn, boolean covered, List<AlertJson> findings,
        Instant createdAt, Instant updatedAt) {

    static EngagementJson of(Engagement e, List<AlertJson> findings) {
        return new EngagementJson(e.getId(), e.getVersion(), e.getProcessor().getId(), e.getProcessor().getName(),
                e.getDescription(), e.getBusinessOwner(), Set.copyOf(e.getPurposes()), e.getOriginalPurpose(),
                Set.copyOf(e.getDataCategories()),
                Set.copyOf(e.getDataSubjects()), Set.copyOf(e.getCountries()), e.getStartsOn(), e.getEndsOn(),
                findings.isEmpty(), findings, e.getCreatedAt(), e.getUpdatedAt());
    }

    Engagement applyTo(Engagement engagement) {
        engagement.setDescription(description);
        engagement.setBusinessOwner(businessOwner);
        engagement.setPurposes(purposes);
        engagement.setOriginalPurpose(originalPurpose);
        engagement.setDataCategories(dataCategories);
        engagement.setDataSubjects(dataSubjects);
        engagement.setCountries(countries);
        engagement.setStartsOn(startsOn);
        engagement.setEndsOn(endsOn);
        return engagement;
    }
}
