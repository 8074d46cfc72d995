package eu.art28.agreements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementEvent;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ClauseCheck;
import eu.art28.agreements.entity.Standard;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.transfers.entity.TransferSafeguard;

/**
 * An agreement as the API shows and accepts it. On input the workflow fields (status, who decided, dates of
 * decisions) and the derived ones (inForceToday, noticeDeadline) are ignored: they change through the
 * workflow actions only.
 */
@Schema(description = "One version of a data processing agreement (DPA, verwerkersovereenkomst) with a processor."
        + " On input the workflow fields and the derived ones are ignored.", example = """
                {"processorId":7,"reference":"DPA-2026-001","signedOn":"2026-01-05","effectiveFrom":"2026-01-10",
                 "expiresOn":"2027-12-31","tacitRenewal":true,"renewalTermMonths":12,"noticePeriodDays":90,
                 "purposes":["e.mailing"],"dataCategories":["contact"],"dataSubjects":["customers"],
                 "specialCategories":false,"countries":["NL","US"],"safeguards":{"US":"SCC_2021_914_MODULE_2"},
                 "subProcessing":"GENERAL","subProcessingNoticeDays":30,"objectionPeriodDays":14,
                 "breachNotificationHours":48,"standard":"NLDIGITAL_DATA_PRO","governingLaw":"NL",
                 "checklist":[{"clause":"A_INSTRUCTIONS","present":true,"reference":"art. 3"},
                 {"clause":"B_CONFIDENTIALITY","present":false,"waiverReason":"Separate NDA on file"}]}""")
public record AgreementJson(
        @Schema(description = "Assigned by Art28; ignored on input.", readOnly = true, example = "12") Long id,
        @Schema(description = "Optimistic lock: send the one last read with a change (409 when stale).",
                example = "3") Long version,
        @Schema(description = "The processor the agreement is with; required, never changes.", required = true,
                example = "7") Long processorId,
        @Schema(description = "The processor's name; ignored on input.", readOnly = true,
                example = "Drukkerij De Letterzetter B.V.") String processorName,
        @Schema(description = "Our reference for the agreement; required.", required = true,
                example = "DPA-2026-001") String reference,
        @Schema(description = "1 for the original, one more for each amendment; ignored on input.", readOnly = true,
                example = "1") Integer revision,
        @Schema(description = "The version this amendment replaces once approved; ignored on input.",
                readOnly = true) Long supersedesId,
        @Schema(description = "Workflow state: DRAFT -> IN_REVIEW -> APPROVED | REJECTED; APPROVED -> TERMINATED"
                + " or SUPERSEDED. Expiry is derived from the dates. Ignored on input.", readOnly = true)
        AgreementStatus status,
        @Schema(description = "Approved and within its dates today; ignored on input.", readOnly = true)
        boolean inForceToday,
        @Schema(description = "The day it was signed.") LocalDate signedOn,
        @Schema(description = "The first day it is in force (once approved); needed to submit.")
        LocalDate effectiveFrom,
        @Schema(description = "The last day it is in force; empty: indefinitely.", example = "2027-12-31")
        LocalDate expiresOn,
        @Schema(description = "Renews itself by renewalTermMonths unless notice is given.") Boolean tacitRenewal,
        @Schema(description = "Months each tacit renewal adds.", example = "12") Integer renewalTermMonths,
        @Schema(description = "Days of notice needed to stop a tacit renewal.", example = "90")
        Integer noticePeriodDays,
        @Schema(description = "Tacit renewal only: the last day to give notice; ignored on input.", readOnly = true,
                example = "2027-10-02") LocalDate noticeDeadline,
        @Schema(description = "Purpose codes from the catalogue it covers (a code covers its descendants).",
                example = "[\"e.mailing\"]") Set<String> purposes,
        @Schema(description = "Data category codes from the catalogue it covers.", example = "[\"contact\"]")
        Set<String> dataCategories,
        @Schema(description = "Data subject category codes from the catalogue it covers.",
                example = "[\"customers\"]") Set<String> dataSubjects,
        @Schema(description = "Whether special categories of personal data (Art. 9) may be processed.")
        Boolean specialCategories,
        @Schema(description = "Processing countries, ISO 3166-1 alpha-2.", example = "[\"NL\",\"US\"]")
        Set<String> countries,
        @Schema(description = "The transfer safeguard for each country outside the EEA, by country code.",
                example = "{\"US\":\"SCC_2021_914_MODULE_2\"}") Map<String, TransferSafeguard> safeguards,
        @Schema(description = "Whether and how the processor may engage sub-processors.") SubProcessing subProcessing,
        @Schema(description = "GENERAL: days of notice the processor gives before adding a sub-processor.",
                example = "30") Integer subProcessingNoticeDays,
        @Schema(description = "GENERAL: days we have to object to a new sub-processor.", example = "14")
        Integer objectionPeriodDays,
        @Schema(description = "Hours within which the processor reports a personal data breach to us.",
                example = "48") Integer breachNotificationHours,
        @Schema(description = "The model the agreement follows.") Standard standard,
        @Schema(description = "Governing law, ISO 3166-1 alpha-2.", example = "NL") String governingLaw,
        @Schema(description = "The Art. 28(3)(a)-(h) clause checklist: each clause present, or waived with a"
                + " reason; complete before approval.") List<ClauseJson> checklist,
        @Schema(description = "The clauses neither present nor waived: approval refuses them, so submitting"
                + " with any is allowed but warned of; ignored on input.", readOnly = true)
        List<Clause> missingClauses,
        @Schema(description = "Who submitted it for review; ignored on input.", readOnly = true,
                example = "procurement") String submittedBy,
        @Schema(description = "When it was submitted; ignored on input.", readOnly = true) Instant submittedAt,
        @Schema(description = "Who approved or rejected it (never the submitter); ignored on input.",
                readOnly = true, example = "legal") String decidedBy,
        @Schema(description = "When it was decided; ignored on input.", readOnly = true) Instant decidedAt,
        @Schema(description = "Why it was rejected or terminated; ignored on input.", readOnly = true)
        String decisionReason,
        @Schema(description = "Its last day in force after termination; ignored on input.", readOnly = true)
        LocalDate terminatedOn,
        @Schema(description = "The day an approved amendment replaced it; ignored on input.", readOnly = true)
        LocalDate supersededOn,
        @Schema(description = "When it was registered; ignored on input.", readOnly = true) Instant createdAt,
        @Schema(description = "When it last changed; ignored on input.", readOnly = true) Instant updatedAt) {

    @Schema(description = "One clause of the Art. 28(3) checklist.")
    public record ClauseJson(
            @Schema(description = "The clause.", required = true) Clause clause,
            @Schema(description = "Whether the agreement contains it.", example = "true") Boolean present,
            @Schema(description = "Where in the agreement.", example = "art. 3") String reference,
            @Schema(description = "A remark.") String note,
            @Schema(description = "Why a clause that is not present is acceptable.",
                    example = "Separate NDA on file") String waiverReason,
            @Schema(description = "Legal's remark when the version was sent back (rejected); cleared when it is"
                    + " submitted again; ignored on input.", readOnly = true) String reviewRemark) {
    }

    /** The body of a workflow action: the version last read, and a reason or date where the action needs one. */
    @Schema(name = "AgreementDecision", description = "The body of a workflow action (submit, approve, reject,"
            + " terminate): the version last read, and a reason or date where the action needs one.",
            example = "{\"version\":2,\"reason\":\"Contract ended\",\"terminatedOn\":\"2026-12-31\"}")
    public record Decision(
            @Schema(description = "The version last read.", required = true, example = "2") Long version,
            @Schema(description = "reject and terminate: why.", example = "Contract ended") String reason,
            @Schema(description = "terminate: the last day in force.") LocalDate terminatedOn,
            @Schema(description = "reject: a remark per clause, shown to the submitter beside the clause.",
                    example = "{\"H_AUDITS\":\"Audits limited to once a year: not acceptable\"}")
            Map<Clause, String> remarks) {
    }

    @Schema(description = "One step in an agreement's history.")
    public record EventJson(@Schema(description = "What happened.") AgreementEvent.Action action,
            @Schema(description = "Who did it.", example = "legal") String actor,
            @Schema(description = "When.") Instant at,
            @Schema(description = "Why, where the step needs a reason.") String reason) {
    }

    static AgreementJson of(Agreement a) {
        LocalDate today = LocalDate.now();
        return new AgreementJson(a.getId(), a.getVersion(), a.getProcessor().getId(), a.getProcessor().getName(),
                a.getReference(), a.getRevision(), a.getSupersedesId(),
                a.getStatus(), a.inForceOn(today), a.getSignedOn(), a.getEffectiveFrom(), a.getExpiresOn(),
                a.isTacitRenewal(), a.getRenewalTermMonths(), a.getNoticePeriodDays(),
                a.noticeDeadlineOn(today).orElse(null), Set.copyOf(a.getPurposes()), Set.copyOf(a.getDataCategories()),
                Set.copyOf(a.getDataSubjects()), a.isSpecialCategories(), Set.copyOf(a.getCountries()),
                Map.copyOf(a.getSafeguards()), a.getSubProcessing(), a.getSubProcessingNoticeDays(),
                a.getObjectionPeriodDays(), a.getBreachNotificationHours(), a.getStandard(), a.getGoverningLaw(),
                a.getChecklist().stream().map(c -> new ClauseJson(c.getClause(), c.isPresent(), c.getReference(),
                        c.getNote(), c.getWaiverReason(), c.getReviewRemark())).toList(), a.unsettledClauses(),
                a.getSubmittedBy(), a.getSubmittedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionReason(),
                a.getTerminatedOn(), a.getSupersededOn(), a.getCreatedAt(), a.getUpdatedAt());
    }

    /** Copies what a client may edit; as with PUT, a field left out is cleared. */
    Agreement applyTo(Agreement agreement) {
        agreement.setReference(reference);
        agreement.setSignedOn(signedOn);
        agreement.setEffectiveFrom(effectiveFrom);
        agreement.setExpiresOn(expiresOn);
        agreement.setTacitRenewal(Boolean.TRUE.equals(tacitRenewal));
        agreement.setRenewalTermMonths(renewalTermMonths);
        agreement.setNoticePeriodDays(noticePeriodDays);
        agreement.setPurposes(purposes);
        agreement.setDataCategories(dataCategories);
        agreement.setDataSubjects(dataSubjects);
        agreement.setSpecialCategories(Boolean.TRUE.equals(specialCategories));
        agreement.setCountries(countries);
        agreement.setSafeguards(safeguards);
        agreement.setSubProcessing(subProcessing == null ? SubProcessing.NOT_ALLOWED : subProcessing);
        agreement.setSubProcessingNoticeDays(subProcessingNoticeDays);
        agreement.setObjectionPeriodDays(objectionPeriodDays);
        agreement.setBreachNotificationHours(breachNotificationHours);
        agreement.setStandard(standard);
        agreement.setGoverningLaw(governingLaw);
        if (checklist != null) {
            for (ClauseJson item : checklist) {
                if (item == null || item.clause() == null) {
                    continue;
                }
                ClauseCheck check = agreement.clause(item.clause()).orElseThrow();
                check.setPresent(Boolean.TRUE.equals(item.present()));
                check.setReference(item.reference());
                check.setNote(item.note());
                check.setWaiverReason(item.waiverReason());
            }
        }
        return agreement;
    }
}
