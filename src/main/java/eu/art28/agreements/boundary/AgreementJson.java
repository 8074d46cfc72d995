package eu.art28.agreements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementDocument;
import eu.art28.agreements.entity.AgreementEvent;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ClauseCheck;
import eu.art28.agreements.entity.Standard;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.TransferSafeguard;

/**
 * An agreement as the API shows and accepts it. On input the workflow fields (status, who decided, dates of
 * decisions) and the derived ones (inForceToday, noticeDeadline) are ignored: they change through the
 * workflow actions only.
 */
public record AgreementJson(Long id, Long version, Long processorId, String processorName, String reference,
        Integer revision, Long supersedesId, AgreementStatus status, boolean inForceToday, LocalDate signedOn,
        LocalDate effectiveFrom, LocalDate expiresOn, Boolean tacitRenewal, Integer renewalTermMonths,
        Integer noticePeriodDays, LocalDate noticeDeadline, Set<String> purposes, Set<String> dataCategories,
        Set<String> dataSubjects, Boolean specialCategories, Set<String> countries,
        Map<String, TransferSafeguard> safeguards, SubProcessing subProcessing, Integer subProcessingNoticeDays,
        Integer objectionPeriodDays, Integer breachNotificationHours, Standard standard, String governingLaw,
        List<ClauseJson> checklist, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
        String decisionReason, LocalDate terminatedOn, LocalDate supersededOn, Instant createdAt, Instant updatedAt) {

    public record ClauseJson(Clause clause, Boolean present, String reference, String note, String waiverReason) {
    }

    /** The body of a workflow action: the version last read, and a reason or date where the action needs one. */
    public record Decision(Long version, String reason, LocalDate terminatedOn) {
    }

    public record EventJson(AgreementEvent.Action action, String actor, Instant at, String reason) {
    }

    public record DocumentJson(Long id, String fileName, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {

        static DocumentJson of(AgreementDocument d) {
            return new DocumentJson(d.getId(), d.getFileName(), d.getSizeBytes(), d.getSha256(), d.getUploadedBy(),
                    d.getUploadedAt());
        }
    }

    static AgreementJson of(Agreement a) {
        LocalDate today = LocalDate.now();
        return new AgreementJson(a.getId(), a.getVersion(), a.getProcessor().getId(), a.getProcessor().getName(),
                a.getReference(), a.getRevision(), a.getSupersedes() == null ? null : a.getSupersedes().getId(),
                a.getStatus(), a.inForceOn(today), a.getSignedOn(), a.getEffectiveFrom(), a.getExpiresOn(),
                a.isTacitRenewal(), a.getRenewalTermMonths(), a.getNoticePeriodDays(),
                a.noticeDeadlineOn(today).orElse(null), Set.copyOf(a.getPurposes()), Set.copyOf(a.getDataCategories()),
                Set.copyOf(a.getDataSubjects()), a.isSpecialCategories(), Set.copyOf(a.getCountries()),
                Map.copyOf(a.getSafeguards()), a.getSubProcessing(), a.getSubProcessingNoticeDays(),
                a.getObjectionPeriodDays(), a.getBreachNotificationHours(), a.getStandard(), a.getGoverningLaw(),
                a.getChecklist().stream().map(c -> new ClauseJson(c.getClause(), c.isPresent(), c.getReference(),
                        c.getNote(), c.getWaiverReason())).toList(),
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
