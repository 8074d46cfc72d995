package eu.art28.requests.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.SingleLine;

/**
 * What a vendor says of a document it sends as evidence (type, issuer, dates), as kept until it is accepted: by an
 * EVIDENCE request, and by each questionnaire answer that asks for evidence, in columns of the same names. Never
 * changed in place: a new answer is a new value.
 */
@Embeddable
public class SentEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type")
    private EvidenceType type;

    @Column(name = "evidence_issuer")
    @SingleLine
    private String issuer;

    @Column(name = "evidence_issued_on")
    @BusinessDate
    private LocalDate issuedOn;

    @Column(name = "evidence_valid_until")
    @BusinessDate
    private LocalDate validUntil;

    protected SentEvidence() {
    }

    SentEvidence(Request.EvidenceAnswer answer) {
        type = answer.type();
        issuer = answer.issuer();
        issuedOn = answer.issuedOn();
        validUntil = answer.validUntil();
    }

    /** The answer kept; none kept (a row whose four columns are empty reads as no value) is a blank answer. */
    static Request.EvidenceAnswer answer(SentEvidence kept) {
        return kept == null ? new Request.EvidenceAnswer(null, null, null, null)
                : new Request.EvidenceAnswer(kept.type, kept.issuer, kept.issuedOn, kept.validUntil);
    }
}
