package eu.art28.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.requests.entity.DeletionMethod;
import eu.art28.requests.entity.SubprocessorChange;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestKind;
import eu.art28.requests.entity.RequestState;

/**
 * A request to a processor as the API shows and accepts it. On input only kind, contact, language, due day,
 * message and the alert count; the rest is derived or changes through its own calls. The link itself is never
 * shown: it is in the contact's mail only.
 */
@Schema(description = "Something asked of a processor, answered by its contact through a personal link.",
        example = """
                {"kind":"EVIDENCE","contactEmail":"security@hosting.example","language":"en",
                 "dueOn":"2026-12-21","message":"Your ISO 27001 certificate ran out on 30 November.","alertId":42}""")
public record RequestJson(
        @Schema(description = "Assigned by Art28; ignored on input.", readOnly = true, example = "12") Long id,
        @Schema(description = "Optimistic lock: send the one last read to revoke (409 when stale).", example = "0")
        Long version,
        @Schema(description = "The processor; from the address, ignored on input.", readOnly = true) Long processorId,
        @Schema(description = "What is asked for; required.", required = true) RequestKind kind,
        @Schema(description = "The state today (EXPIRED once past the due day and the grace period); ignored on"
                + " input.", readOnly = true) RequestState state,
        @Schema(description = "The address of one of the processor's contacts; required.", required = true,
                example = "security@hosting.example") String contactEmail,
        @Schema(description = "The contact's name; ignored on input.", readOnly = true) String contactName,
        @Schema(description = "The language of the mail and the vendor's pages: nl (default) or en.",
                example = "en") String language,
        @Schema(description = "The day the answer is due; required, today or later.", required = true)
        LocalDate dueOn,
        @Schema(description = "The last day the link works: the due day plus the grace period; ignored on input.",
                readOnly = true) LocalDate linkValidUntil,
        @Schema(description = "Our words to the contact, in the mail and on their page; at most 2000 characters.")
        String message,
        @Schema(description = "The open alert of this processor the request answers; the kind must be one that"
                + " answers it (see the create operation).", example = "42") Long alertId,
        @Schema(description = "Who asked; ignored on input.", readOnly = true) String requestedBy,
        @Schema(description = "When it was asked; ignored on input.", readOnly = true) Instant createdAt,
        @Schema(description = "When the contact first opened the link; ignored on input.", readOnly = true)
        Instant openedAt,
        @Schema(description = "When the contact submitted the answer; ignored on input.", readOnly = true)
        Instant submittedAt,
        @Schema(description = "Who revoked it; ignored on input.", readOnly = true) String revokedBy,
        @Schema(description = "When it was revoked; ignored on input.", readOnly = true) Instant revokedAt,
        @Schema(description = "The contact's answer to an EVIDENCE request (draft or submitted), not on file until"
                + " accepted; ignored on input.", readOnly = true) Answer answer,
        @Schema(description = "Who accepted or returned the answer; ignored on input.", readOnly = true)
        String decidedBy,
        @Schema(description = "When it was accepted or returned; ignored on input.", readOnly = true)
        Instant decidedAt,
        @Schema(description = "Why the answer was returned; ignored on input.", readOnly = true) String reviewRemark,
        @Schema(description = "The evidence registered when the answer was accepted; ignored on input.",
                readOnly = true) Long evidenceId,
        @Schema(description = "The contact's answer to a DELETION_CONFIRMATION request (draft or submitted), recorded"
                + " as the processor's confirmation only once accepted; ignored on input.", readOnly = true)
        Deletion deletion,
        @Schema(description = "The contact's answer to a SUBPROCESSOR_LIST request (draft or submitted), entered in"
                + " the chain only once accepted; ignored on input.", readOnly = true) SubprocessorList subprocessors,
        @Schema(description = "SECURITY_QUESTIONNAIRE: the questionnaire version it carries (its answers at"
                + " /answers); ignored on input.", readOnly = true) Integer questionnaireVersion,
        @Schema(description = "SECURITY_QUESTIONNAIRE: the overall score of the answers as accepted, in per cent;"
                + " ignored on input.", readOnly = true) Integer questionnaireScore,
        @Schema(description = "The contact's report to an INCIDENT_REPORT request (draft or submitted), registered as"
                + " an incident only once accepted; ignored on input.", readOnly = true) IncidentReport incident,
        @Schema(description = "INCIDENT_REPORT: the incident registered when the last report was accepted (the"
                + " link takes one breach after another); ignored on input.", readOnly = true) Long incidentId,
        @Schema(description = "The contact's answer to a SIGNED_DPA request (draft or submitted; the PDF at"
                + " /document), an agreement version only once accepted; ignored on input.", readOnly = true)
        SignedDpa signedDpa,
        @Schema(description = "SIGNED_DPA: the draft agreement version made from the document when the answer was"
                + " accepted, for the four-eyes review; ignored on input.", readOnly = true) Long agreementId) {

    static RequestJson of(Request r) {
        return new RequestJson(r.getId(), r.getVersion(), r.getProcessor().getId(), r.getKind(),
                r.stateOn(LocalDate.now()), r.getContactEmail(), r.getContactName(), r.getLanguage(), r.getDueOn(),
                r.getLinkValidUntil(), r.getMessage(), r.getAlertId(), r.getRequestedBy(), r.getCreatedAt(),
                r.getOpenedAt(), r.getSubmittedAt(), r.getRevokedBy(), r.getRevokedAt(),
                r.getKind() == RequestKind.EVIDENCE ? Answer.of(r.getEvidenceAnswer()) : null, r.getDecidedBy(),
                r.getDecidedAt(), r.getReviewRemark(), r.getEvidenceId(),
                r.getKind() == RequestKind.DELETION_CONFIRMATION ? Deletion.of(r.getDeletionAnswer()) : null,
                r.getKind() == RequestKind.SUBPROCESSOR_LIST ? SubprocessorList.of(r) : null,
                r.getQuestionnaireVersion(), r.getQuestionnaireScore(),
                r.getKind() == RequestKind.INCIDENT_REPORT ? IncidentReport.of(r.getIncidentAnswer()) : null,
                r.getIncidentId(),
                r.getKind() == RequestKind.SIGNED_DPA ? new SignedDpa(r.getSignedDpaAnswer().signedOn()) : null,
                r.getAgreementId());
    }

    Request.Asked asked() {
        return new Request.Asked(kind, contactEmail, language, dueOn, message, alertId);
    }

    /** The body of a revocation: the version last read. */
    @Schema(example = "{\"version\":0}")
    public record Revocation(Long version) {
    }

    /** The body of an acceptance: the version last read. */
    @Schema(example = "{\"version\":2}")
    public record Acceptance(Long version) {
    }

    /** The body of a return to the vendor: the version last read and why, in general or per question. */
    @Schema(example = "{\"version\":2,\"remark\":\"The certificate does not cover our hosting contract.\"}")
    public record Return(Long version, @Schema(description = "Why, for the contact; at most 1000 characters."
            + " Required, except for a SECURITY_QUESTIONNAIRE with a remark on a question.") String remark,
            @Schema(description = "SECURITY_QUESTIONNAIRE only: a remark per question, by its code; at most 1000"
                    + " characters each, as {\"mfa\":\"Which factors?\"}.") java.util.Map<String, String> remarks) {
    }

    /** The certificate the contact sent: what it is, who issued it, from when until when. */
    @Schema(name = "RequestEvidenceAnswer")
    public record Answer(EvidenceType type, String issuer, LocalDate issuedOn, LocalDate validUntil) {
        static Answer of(Request.EvidenceAnswer answer) {
            return new Answer(answer.type(), answer.issuer(), answer.issuedOn(), answer.validUntil());
        }
    }

    /** The contact's statement that the processor deleted or returned the personal data. */
    @Schema(name = "RequestDeletion")
    public record Deletion(
            @Schema(description = "The day of deletion or return; not in the future.") LocalDate deletedOn,
            @Schema(description = "DELETED, RETURNED, or BOTH (returned, and the copies deleted).")
            DeletionMethod method,
            @Schema(description = "The contact's remark, if any.") String remark) {
        static Deletion of(Request.DeletionAnswer answer) {
            return new Deletion(answer.deletedOn(), answer.method(), answer.remark());
        }
    }

    /**
     * The contact's sub-processor list: what it added, what it no longer uses; both empty confirms the list on file,
     * and {@code confirmedOn} is then the day it was confirmed, once accepted.
     */
    @Schema(name = "RequestSubprocessorList")
    public record SubprocessorList(List<Change> added, List<Change> noLongerUsed,
            @Schema(description = "The day an unchanged list was confirmed, once accepted.") LocalDate confirmedOn) {
        static SubprocessorList of(Request r) {
            return new SubprocessorList(r.getAdditions().stream().map(Change::of).toList(),
                    r.getNoLongerUsed().stream().map(Change::of).toList(), r.getListConfirmedOn());
        }
    }

    /** One sub-processor of the contact's list, and the link it is (no longer used) or became (added, accepted). */
    @Schema(name = "RequestSubprocessorChange")
    public record Change(String name,
            @Schema(description = "ISO 3166-1 alpha-2; for an addition.", example = "IE") String country,
            String service,
            @Schema(description = "The chain's link: the one no longer used, or the one an accepted addition became.")
            Long linkId) {
        static Change of(SubprocessorChange c) {
            return new Change(c.getName(), c.getCountry(), c.getService(), c.getLinkId());
        }
    }

    /** The signed agreement the contact sent: the day it was signed (the PDF is the request's document). */
    @Schema(name = "RequestSignedDpa")
    public record SignedDpa(@Schema(description = "The day it was signed; not in the future.") LocalDate signedOn) {
    }

    /**
     * A breach as the contact reports it; when it was reported to us is the request's {@code submittedAt}, through
     * the vendor portal.
     */
    @Schema(name = "RequestIncidentReport")
    public record IncidentReport(
            @Schema(description = "When the breach happened, if known.") Instant occurredAt,
            @Schema(description = "When the processor became aware of it.") Instant processorAwareAt,
            @Schema(description = "What happened.") String description,
            @Schema(description = "The services and systems involved.") String systems,
            @Schema(description = "Estimated number of data subjects.") Long subjectsEstimate,
            @Schema(description = "Estimated number of records.") Long recordsEstimate,
            @Schema(description = "The measures taken.") String measures,
            @Schema(description = "The sub-processor where it happened; null: at the processor itself.")
            Long sourceProcessorId) {
        static IncidentReport of(Request.IncidentAnswer a) {
            return new IncidentReport(a.occurredAt(), a.processorAwareAt(), a.description(), a.systems(),
                    a.subjectsEstimate(), a.recordsEstimate(), a.measures(), a.sourceProcessorId());
        }
    }
}
