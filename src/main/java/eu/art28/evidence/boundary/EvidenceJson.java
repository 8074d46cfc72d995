package eu.art28.evidence.boundary;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceDocument;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.evidence.entity.EvidenceValidity;
import eu.art28.platform.boundary.DocumentJson;

/**
 * Evidence as the API shows and accepts it. On input only the processor (on creation), type, issuer, scope, dates
 * and notes count; {@code validToday}, {@code validity}, the current document and the withdrawal are derived or
 * change through their own calls.
 */
@Schema(description = "Security evidence or a confidentiality undertaking of a processor: a certificate, audit"
        + " report, pentest report or Art. 32 annex, valid from issuedOn through validUntil.", example = """
                {"processorId":7,"type":"ISO_27001","issuer":"DNV Business Assurance B.V.",
                 "scope":"Maintenance and monitoring of server parks; SoA v3","issuedOn":"2023-12-22",
                 "validUntil":"2026-12-21","notes":"Recertification audit planned"}""")
public record EvidenceJson(
        @Schema(description = "Assigned by Art28; ignored on input.", readOnly = true, example = "31") Long id,
        @Schema(description = "Optimistic lock: send the one last read with a change (409 when stale).",
                example = "0") Long version,
        @Schema(description = "The processor; required, never changes.", required = true, example = "7")
        Long processorId,
        @Schema(description = "The processor's name; ignored on input.", readOnly = true) String processorName,
        @Schema(description = "What kind of evidence; required.", required = true) EvidenceType type,
        @Schema(description = "Who issued it; required, at most 200 characters.", required = true,
                example = "DNV Business Assurance B.V.") String issuer,
        @Schema(description = "What it covers.", example = "Maintenance and monitoring of server parks; SoA v3")
        String scope,
        @Schema(description = "The day of issue; required, not in the future.", required = true) LocalDate issuedOn,
        @Schema(description = "The last valid day; empty: no end. ISO 27001, ISO 27701 and NEN 7510 need one,"
                + " at most three years after issue.", example = "2026-12-21") LocalDate validUntil,
        @Schema(description = "Valid today; ignored on input.", readOnly = true) boolean validToday,
        @Schema(description = "VALID, EXPIRING (ends soon), EXPIRED or WITHDRAWN; ignored on input.",
                readOnly = true) EvidenceValidity validity,
        @Schema(description = "Remarks.", example = "Recertification audit planned") String notes,
        @Schema(description = "The current document (PDF), without its bytes; ignored on input.", readOnly = true)
        DocumentJson currentDocument,
        @Schema(description = "Who registered it; ignored on input.", readOnly = true, example = "procurement")
        String registeredBy,
        @Schema(description = "When it was registered; ignored on input.", readOnly = true) Instant createdAt,
        @Schema(description = "When it last changed; ignored on input.", readOnly = true) Instant updatedAt,
        @Schema(description = "When it was withdrawn; ignored on input.", readOnly = true) Instant withdrawnAt,
        @Schema(description = "Who withdrew it; ignored on input.", readOnly = true) String withdrawnBy,
        @Schema(description = "Why it was withdrawn; ignored on input.", readOnly = true) String withdrawnReason) {

    static EvidenceJson of(Evidence e, EvidenceDocument current, int warningDays) {
        LocalDate today = LocalDate.now();
        return new EvidenceJson(e.getId(), e.getVersion(), e.getProcessor().getId(), e.getProcessor().getName(),
                e.getType(), e.getIssuer(), e.getScope(), e.getIssuedOn(), e.getValidUntil(), e.validOn(today),
                e.validityOn(today, warningDays), e.getNotes(), DocumentJson.of(current), e.getRegisteredBy(),
                e.getCreatedAt(), e.getUpdatedAt(), e.getWithdrawnAt(), e.getWithdrawnBy(), e.getWithdrawnReason());
    }

    /** Copies what a client may edit; as with PUT, a field left out is cleared. */
    Evidence applyTo(Evidence evidence) {
        return evidence.describe(type, issuer, scope, issuedOn, validUntil, notes);
    }
}
