package eu.art28.engagements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.alerts.boundary.AlertJson;
import eu.art28.engagements.entity.Engagement;

/**
 * An engagement as the API shows and accepts it. {@code originalPurpose}, optional, is the purpose its data was
 * collected for when that is not one of its own purposes. {@code findings} are its unresolved alerts: what no
 * agreement covers right now; ignored on input.
 */
@Schema(description = "An engagement (inzet): we use a processor for purposes on data categories of data subjects,"
        + " in countries, for a period. Judged against the processor's agreements whenever it is stored.",
        example = """
                {"processorId":7,"description":"Customer mailing spring 2027","businessOwner":"Marketing",
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "countries":["NL"],"dataSubjectCount":250000,"startsOn":"2027-03-01","endsOn":"2027-05-31"}""")
public record EngagementJson(
        @Schema(description = "Assigned by Art28; ignored on input.", readOnly = true, example = "12") Long id,
        @Schema(description = "Optimistic lock: send the one last read with a change (409 when stale).",
                example = "1") Long version,
        @Schema(description = "The processor used; required.", required = true, example = "7") Long processorId,
        @Schema(description = "The processor's name; ignored on input.", readOnly = true,
                example = "Drukkerij De Letterzetter B.V.") String processorName,
        @Schema(description = "What the processor does for us here, in words; required.", required = true,
                example = "Customer mailing spring 2027") String description,
        @Schema(description = "Who in our organisation answers for the engagement; required.", required = true,
                example = "Marketing") String businessOwner,
        @Schema(description = "Purpose codes from the catalogue; at least one.", required = true,
                example = "[\"e.mailing\"]") Set<String> purposes,
        @Schema(description = "Optional: the purpose the data was collected for, when it is used for something"
                + " else (purpose limitation, Art. 6(4)).", example = "b.contact") String originalPurpose,
        @Schema(description = "Data category codes from the catalogue; at least one.", required = true,
                example = "[\"contact\"]") Set<String> dataCategories,
        @Schema(description = "Data subject category codes from the catalogue; at least one.", required = true,
                example = "[\"customers\"]") Set<String> dataSubjects,
        @Schema(description = "Where the data is processed, ISO 3166-1 alpha-2; at least one.", required = true,
                example = "[\"NL\"]") Set<String> countries,
        @Schema(description = "Optional: about how many people's data it processes, a whole number from 0; the risk"
                + " policy scores it in bands.", example = "250000") Long dataSubjectCount,
        @Schema(description = "The first day; required.", required = true) LocalDate startsOn,
        @Schema(description = "The last day; empty: open-ended.", example = "2027-05-31") LocalDate endsOn,
        @Schema(description = "No open findings; ignored on input.", readOnly = true) boolean covered,
        @Schema(description = "What no agreement covers right now: the engagement's unresolved alerts; ignored on"
                + " input.", readOnly = true) List<AlertJson> findings,
        @Schema(description = "When it was registered; ignored on input.", readOnly = true) Instant createdAt,
        @Schema(description = "When it last changed; ignored on input.", readOnly = true) Instant updatedAt) {

    static EngagementJson of(Engagement e, List<AlertJson> findings) {
        return new EngagementJson(e.getId(), e.getVersion(), e.getProcessor().getId(), e.getProcessor().getName(),
                e.getDescription(), e.getBusinessOwner(), Set.copyOf(e.getPurposes()), e.getOriginalPurpose(),
                Set.copyOf(e.getDataCategories()),
                Set.copyOf(e.getDataSubjects()), Set.copyOf(e.getCountries()), e.getDataSubjectCount(), e.getStartsOn(), e.getEndsOn(),
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
        engagement.setDataSubjectCount(dataSubjectCount);
        engagement.setStartsOn(startsOn);
        engagement.setEndsOn(endsOn);
        return engagement;
    }
}
