package eu.art28.requests.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.requests.entity.Request;

/**
 * What a vendor types about a document it sends as evidence, its type, issuer and dates, as the inputs hold it: on the
 * evidence request's page and at each questionnaire question that asks for evidence.
 */
public class EvidenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EvidenceType type;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate validUntil;

    /** The inputs filled from what was kept with the request. */
    void fill(Request.EvidenceAnswer kept) {
        type = kept.type();
        issuer = kept.issuer();
        issuedOn = kept.issuedOn();
        validUntil = kept.validUntil();
    }

    Request.EvidenceAnswer answer() {
        return new Request.EvidenceAnswer(type, issuer, issuedOn, validUntil);
    }

    public EvidenceType getType() {
        return type;
    }

    public void setType(EvidenceType type) {
        this.type = type;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
