package eu.art28.evidence.control;

import java.time.LocalDate;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceType;

/** What coverage and the expiry alerts need of one piece of evidence on file (never a withdrawn one). */
public record EvidenceScope(long id, long processorId, EvidenceType type, String issuer, LocalDate issuedOn,
        LocalDate validUntil) {

    /** From the day of issue through the last valid day, both included; without an end date, from issue on. */
    public boolean validOn(LocalDate day) {
        return Evidence.validOn(issuedOn, validUntil, day);
    }
}
