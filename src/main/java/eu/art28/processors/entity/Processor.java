package eu.art28.processors.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.CountryCode;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * A third party that processes personal data for us (verwerker); a sub-processor is a Processor too.
 * Registration numbers are stored compact and upper case, so that the same KvK number typed with or without
 * spaces is recognised as the same company.
 */
@Entity
@Table(name = "processor")
@NamedQuery(name = Processor.BY_KVK, query = "select p from Processor p where p.kvkNumber = :kvk")
@NamedQuery(name = Processor.COUNT, query = "select count(p) from Processor p")
public class Processor extends VersionedRecord {

    public static final String BY_KVK = "Processor.byKvk";
    public static final String COUNT = "Processor.count";

    @NotBlank
    @Size(max = 200)
    @SingleLine
    private String name;

    /** The name in lower case, computed by the database (V27) for the list's order and its index; never written. */
    @Column(name = "name_order", insertable = false, updatable = false)
    private String nameOrder;

    /** Kamer van Koophandel: eight digits, Dutch companies only, so optional. */
    @Pattern(regexp = "\\d{8}", message = "{processor.kvkNumber.invalid}")
    @Column(name = "kvk_number")
    @SingleLine
    private String kvkNumber;

    @Size(max = 20)
    @Pattern(regexp = "[A-Z]{2}[0-9A-Z+*]{2,13}", message = "{processor.vatNumber.invalid}")
    @Column(name = "vat_number")
    @SingleLine
    private String vatNumber;

    @NotNull
    @CountryCode
    @SingleLine
    private String country;

    @Size(max = 500)
    @MultiLine
    private String address;

    @Size(max = 300)
    @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "{processor.website.invalid}")
    @SingleLine
    private String website;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "processor_service", joinColumns = @JoinColumn(name = "processor_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "service")
    @Size(max = 50)
    private List<@NotBlank @SingleLine @Size(max = 200) String> services = new ArrayList<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "processor_contact", joinColumns = @JoinColumn(name = "processor_id"))
    @OrderColumn(name = "list_index")
    @Size(max = 50)
    @Valid
    private List<Contact> contacts = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier")
    private RiskTier riskTier = RiskTier.MEDIUM;

    /**
     * Whether a person set the tier in force rather than the computed risk (feature risk); the computed tier then
     * leaves it alone. True for every tier typed before risk was computed, with no reason (V29).
     */
    @Column(name = "risk_tier_overridden")
    private boolean riskTierOverridden;

    /** Why a person overrode the computed tier; empty for a tier typed on the form or before risk was computed. */
    @Size(max = 1000)
    @Column(name = "risk_tier_reason")
    @MultiLine
    private String riskTierReason;

    /** The risk feature's latest scores, read-only; batched so that a page of processors reads them at once. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", referencedColumnName = "processor_id", insertable = false, updatable = false)
    @BatchFetch(BatchFetchType.IN)
    private StoredRiskScore riskScore;

    /** The user name of the colleague who owns the relationship; they hear of its alerts by mail. */
    @Size(max = 64)
    @SingleLine
    private String owner;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ProcessorStatus status = ProcessorStatus.ACTIVE;

    @Column(name = "offboarded_on")
    @BusinessDate
    private LocalDate offboardedOn;

    @Size(max = 1000)
    @Column(name = "offboarding_reason")
    @MultiLine
    private String offboardingReason;

    public Processor() {
    }

    public Processor(String name, String country) {
        setName(name);
        setCountry(country);
    }

    /**
     * We stop working with this processor. The date may not lie in the future: offboarding records what
     * happened, and a planned end belongs to the agreement.
     */
    public void offboard(LocalDate on, String reason, LocalDate today) {
        if (status == ProcessorStatus.OFFBOARDED) {
            throw new Conflict("processor.offboard.already", offboardedOn);
        }
        if (on == null) {
            throw new InvalidInput("offboardedOn", "processor.offboardedOn.required");
        }
        if (on.isAfter(today)) {
            throw new InvalidInput("offboardedOn", "processor.offboardedOn.future");
        }
        String why = reason("offboardingReason", "processor.offboardingReason.required", reason);
        this.status = ProcessorStatus.OFFBOARDED;
        this.offboardedOn = on;
        this.offboardingReason = why;
    }

    public boolean isOffboarded() {
        return status == ProcessorStatus.OFFBOARDED;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.trimmed(name);
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public void setKvkNumber(String kvkNumber) {
        this.kvkNumber = Text.compact(kvkNumber);
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = Text.compact(vatNumber);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = Text.compact(country);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Text.trimmed(address);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Text.trimmed(website);
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = new ArrayList<>(services == null ? List.of()
                : services.stream().map(Text::trimmed).filter(s -> s != null).distinct().toList());
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = new ArrayList<>(contacts == null ? List.of() : contacts);
    }

    public RiskTier getRiskTier() {
        return riskTier;
    }

    /**
     * A tier a person gives through the API or the import (the form shows the tier, it does not take it): an
     * override without a reason, which the computed tier leaves alone. On a new processor it is in force from its
     * registration; on a registered one only when it differs from the tier in force.
     */
    public void chooseRiskTier(RiskTier tier) {
        if (getId() == null || tier != this.riskTier) {
            this.riskTierOverridden = true;
            this.riskTierReason = null;
        }
        this.riskTier = tier;
    }

    /**
     * The starting tier of the sample data, which the computed tier replaces at the demo's first scoring; changing
     * it on a registered processor is an override without a reason, as {@link #chooseRiskTier} makes it.
     */
    public void setRiskTier(RiskTier riskTier) {
        if (getId() != null && riskTier != this.riskTier) {
            this.riskTierOverridden = true;
            this.riskTierReason = null;
        }
        this.riskTier = riskTier;
    }

    /**
     * A person sets the tier in force whatever the computed risk says, and says why.
     *
     * @throws InvalidInput without a tier or a reason
     */
    public void overrideRiskTier(RiskTier tier, String reason) {
        if (tier == null) {
            throw new InvalidInput("riskTier", "processor.riskTier.required");
        }
        String why = reason("riskTierReason", "processor.riskTierReason.required", reason);
        this.riskTier = tier;
        this.riskTierOverridden = true;
        this.riskTierReason = why;
    }

    /** A reason a person must give: trimmed, at most 1000 characters, lines of text only. */
    private static String reason(String field, String requiredKey, String text) {
        String why = InvalidInput.lines(field, text, 1000);
        if (why == null) {
            throw new InvalidInput(field, requiredKey);
        }
        return why;
    }

    /** The computed tier takes over again, at once. */
    public void followComputedRiskTier(RiskTier computed) {
        this.riskTierOverridden = false;
        this.riskTierReason = null;
        this.riskTier = computed;
    }

    /** The computed tier, in force unless a person overrode it; whether the tier in force changed. */
    public boolean computedRiskTier(RiskTier computed) {
        if (riskTierOverridden || computed == null || computed == riskTier) {
            return false;
        }
        this.riskTier = computed;
        return true;
    }

    /** The stored risk scores, null until the processor is scored. */
    public StoredRiskScore getRiskScore() {
        return riskScore;
    }

    public boolean isRiskTierOverridden() {
        return riskTierOverridden;
    }

    public String getRiskTierReason() {
        return riskTierReason;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        String name = Text.trimmed(owner);
        this.owner = name == null ? null : name.toLowerCase();
    }

    public ProcessorStatus getStatus() {
        return status;
    }

    public LocalDate getOffboardedOn() {
        return offboardedOn;
    }

    public String getOffboardingReason() {
        return offboardingReason;
    }

    // The score of the last security questionnaire accepted from the processor (issue 24), for its risk (issue 25):
    // what it scored, the day it answered, through which request. Set only on acceptance, never typed.

    @Column(name = "questionnaire_score")
    private Integer questionnaireScore;

    @Column(name = "questionnaire_scored_on")
    @BusinessDate
    private LocalDate questionnaireScoredOn;

    @Column(name = "questionnaire_request_id")
    private Long questionnaireRequestId;

    /** An accepted questionnaire's overall score (null when nothing in it applied) replaces the one before. */
    public void questionnaireScored(Integer score, LocalDate answeredOn, long requestId) {
        questionnaireScore = score;
        questionnaireScoredOn = answeredOn;
        questionnaireRequestId = requestId;
    }

    public Integer getQuestionnaireScore() {
        return questionnaireScore;
    }

    public LocalDate getQuestionnaireScoredOn() {
        return questionnaireScoredOn;
    }

    public Long getQuestionnaireRequestId() {
        return questionnaireRequestId;
    }
}
