package eu.art28.evidence.boundary;

import java.time.Instant;
import java.time.LocalDate;

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
public record EvidenceJson(Long id, Long version, Long processorId, String processorName, EvidenceType type,
        String issuer, String scope, LocalDate issuedOn, LocalDate validUntil, boolean validToday,
        EvidenceValidity validity, String notes, DocumentJson currentDocument, String registeredBy,
        Instant createdAt, Instant updatedAt, Instant withdrawnAt, String withdrawnBy, String withdrawnReason) {

    static EvidenceJson of(Evidence e, EvidenceDocument current, int warningDays) {
        LocalDate today = LocalDate.now();
        return new EvidenceJson(e.getId(), e.getVersion(), e.getProcessor().getId(), e.getProcessor().getName(),
                e.getType(), e.getIssuer(), e.getScope(), e.getIssuedOn(), e.getValidUntil(), e.validOn(today),
                e.validityOn(today, warningDays), e.getNotes(), DocumentJson.of(current), e.getRegisteredBy(),
                e.getCreatedAt(), e.getUpdatedAt(), e.getWithdrawnAt(), e.getWithdrawnBy(), e.getWithdrawnReason());
    }

    /** Copies what a client may edit; as with PUT, a field left out is cleared. */
    Evidence applyTo(Evidence evidence) {
        evidence.setType(type);
        evidence.setIssuer(issuer);
        evidence.setScope(scope);
        evidence.setIssuedOn(issuedOn);
        evidence.setValidUntil(validUntil);
        evidence.setNotes(notes);
        return evidence;
    }
}
