package eu.art28.agreements.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.DateOrder;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.CountryCode;
import eu.art28.platform.control.ProcessingScope;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.processors.entity.Processor;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * A data processing agreement (DPA, verwerkersovereenkomst) between us and one processor, in one version.
 * An amendment is a new Agreement with the same reference and the next revision; the approved version stays
 * in force until the amendment is approved. The agreement guards its own workflow and keeps its history.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(name = Agreement.PENDING_AMENDMENTS, query = "select a from Agreement a where a.supersedes = :agreement"
        + " and a.status in (eu.art28.agreements.entity.AgreementStatus.DRAFT,"
        + " eu.art28.agreements.entity.AgreementStatus.IN_REVIEW, eu.art28.agreements.entity.AgreementStatus.REJECTED)")
@NamedQuery(name = Agreement.REVIEW_QUEUE, query = "select a from Agreement a join fetch a.processor"
        + " where a.status = eu.art28.agreements.entity.AgreementStatus.IN_REVIEW order by a.submittedAt, a.id")
public class Agreement extends VersionedRecord {

    public static final String PENDING_AMENDMENTS = "Agreement.pendingAmendments";
    public static final String REVIEW_QUEUE = "Agreement.reviewQueue";

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @NotBlank
    @Size(max = 100)
    @SingleLine
    private String reference;

    /** 1 for the agreement as first signed, 2 for its first amendment, and so on. */
    private int revision = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    private Agreement supersedes;

    /**
     * The same column, read only: a list names the version an amendment supersedes without loading that version
     * (with its processor and checklist, three statements per amendment on a page).
     */
    @Column(name = "supersedes_id", insertable = false, updatable = false)
    private Long supersedesId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "signed_on")
    @BusinessDate
    private LocalDate signedOn;

    @Column(name = "effective_from")
    @BusinessDate
    private LocalDate effectiveFrom;

    /** Empty: indefinite. */
    @Column(name = "expires_on")
    @BusinessDate
    private LocalDate expiresOn;

    @Column(name = "tacit_renewal")
    private boolean tacitRenewal;

    @Min(1)
    @Max(120)
    @Column(name = "renewal_term_months")
    private Integer renewalTermMonths;

    @Min(0)
    @Max(730)
    @Column(name = "notice_period_days")
    private Integer noticePeriodDays;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "agreement_purpose", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> purposes = new TreeSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "agreement_data_category", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> dataCategories = new TreeSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "agreement_data_subject", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> dataSubjects = new TreeSet<>();

    /** Whether the agreement allows special categories of personal data (Art. 9). */
    @Column(name = "special_categories")
    private boolean specialCategories;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "agreement_country", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "country")
    private Set<@CountryCode String> countries = new TreeSet<>();

    /** The safeguard for each country outside the EEA where processing may take place. */
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "agreement_safeguard", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "country")
    @Enumerated(EnumType.STRING)
    @Column(name = "safeguard")
    private Map<String, TransferSafeguard> safeguards = new TreeMap<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_processing")
    private SubProcessing subProcessing = SubProcessing.NOT_ALLOWED;

    @Min(0)
    @Max(365)
    @Column(name = "sub_processing_notice_days")
    private Integer subProcessingNoticeDays;

    @Min(0)
    @Max(365)
    @Column(name = "objection_period_days")
    private Integer objectionPeriodDays;

    /** Art. 33(2): how soon after becoming aware the processor must tell us of a breach. */
    @Min(1)
    @Max(720)
    @Column(name = "breach_notification_hours")
    private Integer breachNotificationHours;

    @Enumerated(EnumType.STRING)
    private Standard standard;

    @CountryCode
    @Column(name = "governing_law")
    @SingleLine
    private String governingLaw;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "agreement_clause", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<ClauseCheck> checklist = new ArrayList<>();

    @Column(name = "submitted_by")
    @SingleLine
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    @SingleLine
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    @MultiLine
    private String decisionReason;

    @Column(name = "terminated_on")
    @BusinessDate
    private LocalDate terminatedOn;

    @Column(name = "superseded_on")
    @BusinessDate
    private LocalDate supersededOn;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<AgreementEvent> history = new ArrayList<>();

    protected Agreement() {
    }

    public Agreement(Processor processor, String reference) {
        this.processor = processor;
        setReference(reference);
        Arrays.stream(Clause.values()).map(ClauseCheck::new).forEach(checklist::add);
    }

    public void recordCreation(String actor, Instant at) {
        record(AgreementEvent.Action.CREATED, actor, at, null);
    }

    // ---- the workflow ----

    /** Drafts and rejected versions may change; a version in review or decided is fixed. */
    public void ensureEditable() {
        if (!status.editable()) {
            throw new Conflict("agreement.notEditable", status);
        }
    }

    /** Sends the agreement to legal. It must be complete enough to review. */
    public void submit(String actor, Instant at) {
        if (!status.editable()) {
            throw new Conflict("agreement.submit.state", status);
        }
        List<InvalidInput.Violation> missing = new ArrayList<>();
        require(missing, signedOn != null, "signedOn", "agreement.signedOn.required");
        require(missing, effectiveFrom != null, "effectiveFrom", "agreement.effectiveFrom.required");
        missing.addAll(scope().missing("agreement"));
        missing.addAll(dateViolations());
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        status = AgreementStatus.IN_REVIEW;
        submittedBy = actor;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
        decisionReason = null;
        // the remarks were about the version sent back; what is submitted now is reviewed afresh
        checklist.forEach(c -> c.setReviewRemark(null));
        record(AgreementEvent.Action.SUBMITTED, actor, at, null);
    }

    /**
     * The submitter takes a version out of review, back to a draft: to change it, or because nobody else can
     * review it yet. Only the submitter, and only while nobody has decided.
     */
    public void withdraw(String actor, Instant at) {
        if (status != AgreementStatus.IN_REVIEW) {
            throw new Conflict("agreement.withdraw.state", status);
        }
        if (!actor.equals(submittedBy)) {
            throw new NotPermitted("agreement.withdraw.notSubmitter");
        }
        status = AgreementStatus.DRAFT;
        submittedBy = null;
        submittedAt = null;
        record(AgreementEvent.Action.WITHDRAWN, actor, at, null);
    }

    /** Whether this person may take it out of review ({@link #withdraw}). */
    public boolean mayWithdraw(String actor) {
        return status == AgreementStatus.IN_REVIEW && actor != null && actor.equals(submittedBy);
    }

    /** Whether this person may approve or reject it: in review, and not their own submission (four eyes). */
    public boolean mayDecide(String reviewer) {
        return status == AgreementStatus.IN_REVIEW && reviewer != null && !reviewer.equals(submittedBy);
    }

    /**
     * Legal approves: four eyes, so never the one who submitted it, and only with every clause of the
     * checklist present or waived with a reason.
     */
    public void approve(String reviewer, Instant at) {
        decide(reviewer);
        List<Clause> unsettled = checklist.stream().filter(c -> !c.settled()).map(ClauseCheck::getClause).toList();
        if (!unsettled.isEmpty()) {
            throw new Conflict("agreement.approve.checklist", unsettled);
        }
        status = AgreementStatus.APPROVED;
        decidedBy = reviewer;
        decidedAt = at;
        record(AgreementEvent.Action.APPROVED, reviewer, at, null);
    }

    public void reject(String reviewer, Instant at, String reason) {
        reject(reviewer, at, reason, Map.of());
    }

    /**
     * Legal sends the version back to the submitter with a reason and, where a clause is the trouble, a remark on
     * that clause, which the submitter sees beside it until the version is submitted again.
     */
    public void reject(String reviewer, Instant at, String reason, Map<Clause, String> remarks) {
        decide(reviewer);
        String why = required(reason, "reason", "agreement.reason.required");
        for (ClauseCheck check : checklist) {
            String remark = Text.trimmed(remarks.get(check.getClause()));
            if (remark != null && remark.length() > 1000) {
                throw new InvalidInput("remark." + check.getClause(), "art28.text.tooLong", 1000);
            }
            check.setReviewRemark(remark);
        }
        status = AgreementStatus.REJECTED;
        decidedBy = reviewer;
        decidedAt = at;
        decisionReason = why;
        record(AgreementEvent.Action.REJECTED, reviewer, at, why);
    }

    private void decide(String reviewer) {
        if (status != AgreementStatus.IN_REVIEW) {
            throw new Conflict("agreement.decide.state", status);
        }
        if (reviewer.equals(submittedBy)) {
            throw new NotPermitted("agreement.decide.ownSubmission");
        }
    }

    /**
     * Ends an approved agreement; it stays in force up to and including the termination date. Never before it took
     * effect: that would rewrite coverage back to before the agreement existed. A day already past is allowed (the
     * contract ended and we learn of it late) but rewrites coverage backwards, so the history says it was
     * retroactive.
     */
    public void terminate(String actor, Instant at, LocalDate on, String reason) {
        if (status != AgreementStatus.APPROVED) {
            throw new Conflict("agreement.terminate.state", status);
        }
        if (on == null) {
            throw new InvalidInput("terminatedOn", "agreement.terminatedOn.required");
        }
        if (effectiveFrom != null && on.isBefore(effectiveFrom)) {
            throw new InvalidInput("terminatedOn", "agreement.terminatedOn.beforeEffective", effectiveFrom);
        }
        String why = required(reason, "reason", "agreement.reason.required");
        status = AgreementStatus.TERMINATED;
        terminatedOn = on;
        decisionReason = why;
        boolean retroactive = on.isBefore(LocalDate.ofInstant(at, ZoneId.systemDefault()));
        record(retroactive ? AgreementEvent.Action.TERMINATED_RETROACTIVELY : AgreementEvent.Action.TERMINATED,
                actor, at, why);
    }

    /** A new draft version with everything this one says, to change and send through review again. */
    public Agreement amend(String actor, Instant at) {
        if (status != AgreementStatus.APPROVED) {
            throw new Conflict("agreement.amend.state", status);
        }
        Agreement amendment = new Agreement();
        amendment.processor = processor;
        amendment.reference = reference;
        amendment.revision = revision + 1;
        amendment.supersedes = this;
        amendment.signedOn = signedOn;
        amendment.effectiveFrom = effectiveFrom;
        amendment.expiresOn = expiresOn;
        amendment.tacitRenewal = tacitRenewal;
        amendment.renewalTermMonths = renewalTermMonths;
        amendment.noticePeriodDays = noticePeriodDays;
        amendment.purposes = new TreeSet<>(purposes);
        amendment.dataCategories = new TreeSet<>(dataCategories);
        amendment.dataSubjects = new TreeSet<>(dataSubjects);
        amendment.specialCategories = specialCategories;
        amendment.countries = new TreeSet<>(countries);
        amendment.safeguards = new TreeMap<>(safeguards);
        amendment.subProcessing = subProcessing;
        amendment.subProcessingNoticeDays = subProcessingNoticeDays;
        amendment.objectionPeriodDays = objectionPeriodDays;
        amendment.breachNotificationHours = breachNotificationHours;
        amendment.standard = standard;
        amendment.governingLaw = governingLaw;
        amendment.checklist = new ArrayList<>(checklist.stream().map(ClauseCheck::copy).toList());
        amendment.record(AgreementEvent.Action.AMENDED, actor, at, Messages.stored("agreement.event.amends", reference, revision));
        return amendment;
    }

    /** The approved amendment takes over from today; this version stays on record. */
    public void supersede(Agreement amendment, String actor, Instant at, LocalDate today) {
        if (status != AgreementStatus.APPROVED) {
            return;
        }
        status = AgreementStatus.SUPERSEDED;
        supersededOn = today;
        record(AgreementEvent.Action.SUPERSEDED, actor, at, Messages.stored("agreement.event.supersededBy", amendment.revision));
    }

    public void recordChange(String actor, Instant at) {
        record(AgreementEvent.Action.CHANGED, actor, at, null);
    }

    public void recordDocument(String actor, Instant at, String fileName) {
        record(AgreementEvent.Action.DOCUMENT_UPLOADED, actor, at, fileName);
    }

    private void record(AgreementEvent.Action action, String actor, Instant at, String reason) {
        history.add(new AgreementEvent(this, action, actor, at, reason));
    }

    // ---- dates ----

    /** Rules about the dates that hold for every version, checked on save and on submission. */
    public List<InvalidInput.Violation> dateViolations() {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        violations.addAll(DateOrder.violations("effectiveFrom", effectiveFrom, "expiresOn", expiresOn,
                "agreement.dates.order"));
        if (tacitRenewal && expiresOn == null) {
            violations.add(new InvalidInput.Violation("expiresOn", "agreement.expiresOn.requiredForRenewal"));
        }
        if (tacitRenewal && renewalTermMonths == null) {
            violations.add(new InvalidInput.Violation("renewalTermMonths", "agreement.renewalTermMonths.required"));
        }
        return violations;
    }

    /** The dates and state that decide when this version is in force. */
    public Term term() {
        return new Term(status, effectiveFrom, expiresOn, tacitRenewal, renewalTermMonths, noticePeriodDays,
                terminatedOn, supersededOn);
    }

    public boolean inForceOn(LocalDate day) {
        return term().inForceOn(day);
    }

    public boolean expiredOn(LocalDate day) {
        return term().expiredOn(day);
    }

    public Optional<LocalDate> termEndOn(LocalDate day) {
        return term().termEndOn(day);
    }

    public Optional<LocalDate> noticeDeadlineOn(LocalDate day) {
        return term().noticeDeadlineOn(day);
    }

    public List<Clause> unsettledClauses() {
        return checklist.stream().filter(c -> !c.settled()).map(ClauseCheck::getClause).toList();
    }

    /**
     * Countries outside the EEA in scope without a safeguard. Which countries lie in the EEA is data the
     * administrator keeps (transfers), so the caller says.
     */
    public List<String> countriesWithoutSafeguard(Predicate<String> inEea) {
        return scope().countriesWithout(safeguards, inEea);
    }

    public ProcessingScope scope() {
        return new ProcessingScope(purposes, dataCategories, dataSubjects, countries);
    }

    public Optional<ClauseCheck> clause(Clause clause) {
        return checklist.stream().filter(c -> c.getClause() == clause).findFirst();
    }

    private static void require(List<InvalidInput.Violation> missing, boolean ok, String field, String key) {
        if (!ok) {
            missing.add(new InvalidInput.Violation(field, key));
        }
    }

    private static String required(String text, String field, String key) {
        String trimmed = Text.trimmed(text);
        if (trimmed == null) {
            throw new InvalidInput(field, key);
        }
        if (trimmed.length() > 1000) {
            throw new InvalidInput(field, "art28.text.tooLong", 1000);
        }
        return trimmed;
    }

    // ---- plain properties, editable while the agreement is a draft ----

    public Processor getProcessor() {
        return processor;
    }

    public void setProcessor(Processor processor) {
        this.processor = processor;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = Text.trimmed(reference);
    }

    public int getRevision() {
        return revision;
    }

    /** A reference as the lists write it: with the revision once the agreement has been amended. */
    public static String reference(String reference, int revision) {
        return revision > 1 ? reference + " (" + revision + ")" : reference;
    }

    /** The id of the version this amendment supersedes, null for a first version; loads that version only when new. */
    public Long getSupersedesId() {
        if (supersedesId != null) {
            return supersedesId;
        }
        return supersedes == null ? null : supersedes.getId();
    }

    public Agreement getSupersedes() {
        return supersedes;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isTacitRenewal() {
        return tacitRenewal;
    }

    public void setTacitRenewal(boolean tacitRenewal) {
        this.tacitRenewal = tacitRenewal;
    }

    public Integer getRenewalTermMonths() {
        return renewalTermMonths;
    }

    public void setRenewalTermMonths(Integer renewalTermMonths) {
        this.renewalTermMonths = renewalTermMonths;
    }

    public Integer getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public void setNoticePeriodDays(Integer noticePeriodDays) {
        this.noticePeriodDays = noticePeriodDays;
    }

    public Set<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(Set<String> purposes) {
        this.purposes = Text.codes(purposes);
    }

    public Set<String> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Set<String> dataCategories) {
        this.dataCategories = Text.codes(dataCategories);
    }

    public Set<String> getDataSubjects() {
        return dataSubjects;
    }

    public void setDataSubjects(Set<String> dataSubjects) {
        this.dataSubjects = Text.codes(dataSubjects);
    }

    public boolean isSpecialCategories() {
        return specialCategories;
    }

    public void setSpecialCategories(boolean specialCategories) {
        this.specialCategories = specialCategories;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = Text.countries(countries);
        safeguards.keySet().retainAll(this.countries);
    }

    public Map<String, TransferSafeguard> getSafeguards() {
        return safeguards;
    }

    public void setSafeguards(Map<String, TransferSafeguard> safeguards) {
        this.safeguards = ProcessingScope.byCountry(safeguards, country -> true);
    }

    public SubProcessing getSubProcessing() {
        return subProcessing;
    }

    public void setSubProcessing(SubProcessing subProcessing) {
        this.subProcessing = subProcessing;
    }

    public Integer getSubProcessingNoticeDays() {
        return subProcessingNoticeDays;
    }

    public void setSubProcessingNoticeDays(Integer subProcessingNoticeDays) {
        this.subProcessingNoticeDays = subProcessingNoticeDays;
    }

    public Integer getObjectionPeriodDays() {
        return objectionPeriodDays;
    }

    public void setObjectionPeriodDays(Integer objectionPeriodDays) {
        this.objectionPeriodDays = objectionPeriodDays;
    }

    public Integer getBreachNotificationHours() {
        return breachNotificationHours;
    }

    public void setBreachNotificationHours(Integer breachNotificationHours) {
        this.breachNotificationHours = breachNotificationHours;
    }

    public Standard getStandard() {
        return standard;
    }

    public void setStandard(Standard standard) {
        this.standard = standard;
    }

    public String getGoverningLaw() {
        return governingLaw;
    }

    public void setGoverningLaw(String governingLaw) {
        this.governingLaw = Text.compact(governingLaw);
    }

    /** In the order of Art. 28(3). */
    public List<ClauseCheck> getChecklist() {
        checklist.sort(Comparator.comparing(ClauseCheck::getClause));
        return checklist;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    public List<AgreementEvent> getHistory() {
        return List.copyOf(history);
    }

    /** Checklist as a map, for forms that address a clause by name. */
    public Map<Clause, ClauseCheck> checklistByClause() {
        Map<Clause, ClauseCheck> byClause = new EnumMap<>(Clause.class);
        checklist.forEach(c -> byClause.put(c.getClause(), c));
        return byClause;
    }
}
