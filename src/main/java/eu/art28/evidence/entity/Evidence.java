package eu.art28.evidence.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.DateOrder;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.processors.entity.Processor;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * A certificate, audit report, pentest report, Art. 32 annex or confidentiality undertaking of a processor: who
 * issued it, what it covers, from when until when. It supports our judgement that the processor gives sufficient
 * guarantees (Art. 28(1)); it is not a certification under Art. 42. Withdrawn rather than deleted, so that what a
 * judgement rested on stays on record.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = Evidence.OF_PROCESSOR, query = "select e from Evidence e where e.processor.id = :processor"
        + " and e.withdrawnAt is null order by e.type, e.issuedOn desc, e.id desc")
public class Evidence extends VersionedRecord {

    public static final String OF_PROCESSOR = "Evidence.ofProcessor";
    static final int CERTIFICATION_CYCLE_YEARS = 3;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @NotNull
    @Enumerated(EnumType.STRING)
    private EvidenceType type;

    /** The certification body, auditor, pentester or signatory. */
    @NotBlank
    @Size(max = 200)
    @SingleLine
    private String issuer;

    /** What it covers, in the document's words ("ISMS for hosting and managed services, SoA v4"). */
    @Size(max = 1000)
    @MultiLine
    private String scope;

    @NotNull
    @Column(name = "issued_on")
    @BusinessDate
    private LocalDate issuedOn;

    /** Empty: no end date (an undertaking for the duration of the contract). */
    @Column(name = "valid_until")
    @BusinessDate
    private LocalDate validUntil;

    @Size(max = 2000)
    @MultiLine
    private String notes;

    @Column(name = "registered_by")
    @SingleLine
    private String registeredBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    @SingleLine
    private String withdrawnBy;

    @Column(name = "withdrawn_reason")
    @MultiLine
    private String withdrawnReason;

    protected Evidence() {
    }

    public Evidence(Processor processor, String registeredBy) {
        this.processor = processor;
        this.registeredBy = registeredBy;
    }

    /**
     * What Bean Validation cannot see: the dates must make sense on {@code today}, a certificate has the end of its
     * cycle, and "other" must say what it is.
     */
    public List<InvalidInput.Violation> violations(LocalDate today) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (issuedOn != null && issuedOn.isAfter(today)) {
            violations.add(new InvalidInput.Violation("issuedOn", "evidence.issuedOn.future"));
        }
        violations.addAll(DateOrder.violations("issuedOn", issuedOn, "validUntil", validUntil,
                "evidence.dates.order"));
        if (type != null && type.hasCertificationCycle()) {
            if (validUntil == null) {
                violations.add(new InvalidInput.Violation("validUntil", "evidence.validUntil.requiredForCertificate"));
            } else if (issuedOn != null && validUntil.isAfter(issuedOn.plusYears(CERTIFICATION_CYCLE_YEARS))) {
                violations.add(new InvalidInput.Violation("validUntil", "evidence.validUntil.beyondCycle",
                        CERTIFICATION_CYCLE_YEARS));
            }
        }
        if (type == EvidenceType.OTHER && scope == null && notes == null) {
            violations.add(new InvalidInput.Violation("scope", "evidence.scope.requiredForOther"));
        }
        return violations;
    }

    /** On file and within its dates on that day; withdrawn evidence supports nothing any more. */
    public boolean validOn(LocalDate day) {
        return withdrawnAt == null && validOn(issuedOn, validUntil, day);
    }

    /** From the day of issue through the last valid day, both included; without an end date, from issue on. */
    public static boolean validOn(LocalDate issuedOn, LocalDate validUntil, LocalDate day) {
        return issuedOn != null && !issuedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    /** Valid on {@code day}, and ending within {@code warningDays} after it: time to ask for the renewal. */
    public EvidenceValidity validityOn(LocalDate day, int warningDays) {
        if (withdrawnAt != null) {
            return EvidenceValidity.WITHDRAWN;
        }
        if (!validOn(day)) {
            return EvidenceValidity.EXPIRED;
        }
        return validUntil != null && !validUntil.isAfter(day.plusDays(warningDays)) ? EvidenceValidity.EXPIRING
                : EvidenceValidity.VALID;
    }

    /** Takes the evidence off file (registered in error, revoked, superseded), keeping it on record with why. */
    public void withdraw(String by, Instant at, String reason) {
        ensureOnFile();
        String why = Text.trimmed(reason);
        if (why == null) {
            throw new InvalidInput("reason", "evidence.withdraw.reasonRequired");
        }
        if (why.length() > 1000) {
            throw new InvalidInput("reason", "art28.text.tooLong", 1000);
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawnReason = why;
    }

    /** Withdrawn evidence is history: it is not changed and gets no new documents. */
    public void ensureOnFile() {
        if (withdrawnAt != null) {
            throw new Conflict("evidence.withdrawn", withdrawnBy);
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Processor getProcessor() {
        return processor;
    }

    /** Chosen when registering; evidence stays with the processor it was registered for. */
    public void setProcessor(Processor processor) {
        if (getId() != null && (processor == null || !processor.getId().equals(this.processor.getId()))) {
            throw new InvalidInput("processorId", "evidence.processor.fixed");
        }
        this.processor = processor;
    }

    /**
     * What a registration says about the evidence, all at once, the same whether typed, sent through the API or
     * answered by a vendor; each part as its setter takes it.
     */
    public Evidence describe(EvidenceType type, String issuer, String scope, LocalDate issuedOn, LocalDate validUntil,
            String notes) {
        setType(type);
        setIssuer(issuer);
        setScope(scope);
        setIssuedOn(issuedOn);
        setValidUntil(validUntil);
        setNotes(notes);
        return this;
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
        this.issuer = Text.trimmed(issuer);
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = Text.trimmed(scope);
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Text.trimmed(notes);
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }
}
