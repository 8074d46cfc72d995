package eu.art28.chain.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.entity.VersionedRecord;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.DateOrder;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.CountryCode;
import eu.art28.platform.control.ProcessingScope;
import eu.art28.platform.entity.Text;
import eu.art28.processors.entity.Processor;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * Processor P uses sub-processor S for part of the processing: for some purposes and data, in some countries,
 * from a date. Authorised specifically (legal approves S by name) or generally (P's notice, our objection window).
 * The sub-processing obligations of P's agreement must flow down to S (Art. 28(4)); whether they did is recorded.
 */
@Entity
@Table(name = "subprocessor_link")
@NamedQuery(name = SubprocessorLink.OF_PROCESSOR,
        query = "select l from SubprocessorLink l join fetch l.subprocessor where l.processor.id = :processor"
                + " order by l.startsOn, l.id")
public class SubprocessorLink extends VersionedRecord {

    public static final String OF_PROCESSOR = "SubprocessorLink.ofProcessor";

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "subprocessor_id")
    private Processor subprocessor;

    /** What S does for P, in the words of P's list of sub-processors ("hosting of the mailing platform"). */
    @NotBlank
    @Size(max = 300)
    @SingleLine
    private String service;

    @NotNull
    @Column(name = "starts_on")
    @BusinessDate
    private LocalDate startsOn;

    @Column(name = "ends_on")
    @BusinessDate
    private LocalDate endsOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Authorisation authorisation;

    @Column(name = "notice_received_on")
    @BusinessDate
    private LocalDate noticeReceivedOn;

    @Column(name = "objection_deadline")
    @BusinessDate
    private LocalDate objectionDeadline;

    /** Where the deadline comes from, in words: the agreement and its objection period. */
    @Column(name = "deadline_basis")
    @SingleLine
    private String deadlineBasis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_link_id")
    private SubprocessorLink replaces;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_by")
    @SingleLine
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The approval's reference, or the reason for a refusal or objection. */
    @Column(name = "decision_note")
    @MultiLine
    private String decisionNote;

    @Column(name = "flow_down")
    private boolean flowDown;

    @Size(max = 200)
    @Column(name = "flow_down_reference")
    @SingleLine
    private String flowDownReference;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "subprocessor_link_purpose", joinColumns = @JoinColumn(name = "link_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> purposes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "subprocessor_link_data_category", joinColumns = @JoinColumn(name = "link_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> dataCategories = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "subprocessor_link_country", joinColumns = @JoinColumn(name = "link_id"))
    @Column(name = "country")
    private Set<@CountryCode String> countries = new TreeSet<>();

    /** The safeguard between P and S for each country outside the EEA, where P's agreement does not give one. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "subprocessor_link_safeguard", joinColumns = @JoinColumn(name = "link_id"))
    @MapKeyColumn(name = "country")
    @Enumerated(EnumType.STRING)
    @Column(name = "safeguard")
    private Map<String, TransferSafeguard> safeguards = new TreeMap<>();

    @Column(name = "registered_by")
    @SingleLine
    private String registeredBy;

    protected SubprocessorLink() {
    }

    public SubprocessorLink(Processor processor, Processor subprocessor, Authorisation authorisation,
            String registeredBy) {
        this.processor = processor;
        this.subprocessor = subprocessor;
        this.authorisation = authorisation;
        this.registeredBy = registeredBy;
    }

    /**
     * A general authorisation's notice: received on a day, open to objection until the deadline that the
     * processor's agreement sets; {@code basis} says which agreement and period.
     */
    public void noticeReceived(LocalDate receivedOn, LocalDate deadline, String basis) {
        if (authorisation != Authorisation.GENERAL) {
            throw new Conflict("chain.notice.specific");
        }
        this.noticeReceivedOn = receivedOn;
        this.objectionDeadline = deadline;
        this.deadlineBasis = Text.trimmed(basis);
    }

    /** The notice announces that S takes over from the sub-processor of an earlier link, from this link's start. */
    public void replace(SubprocessorLink earlier) {
        if (earlier != null && !earlier.processor.getId().equals(processor.getId())) {
            throw new InvalidInput("replacesLinkId", "chain.replaces.otherProcessor");
        }
        this.replaces = earlier;
    }

    /** What Bean Validation cannot see; empty when the link may be stored. */
    public List<InvalidInput.Violation> scopeViolations() {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (processor != null && (processor == subprocessor
                || subprocessor != null && processor.getId() != null && processor.getId().equals(subprocessor.getId()))) {
            violations.add(new InvalidInput.Violation("subprocessorId", "chain.link.self"));
        }
        violations.addAll(scope().missing("chain"));
        violations.addAll(DateOrder.violations("startsOn", startsOn, "endsOn", endsOn, "chain.dates.order"));
        if (authorisation == Authorisation.GENERAL && noticeReceivedOn == null) {
            violations.add(new InvalidInput.Violation("noticeReceivedOn", "chain.notice.required"));
        }
        if (flowDown && flowDownReference == null) {
            violations.add(new InvalidInput.Violation("flowDownReference", "chain.flowDown.reference"));
        }
        return violations;
    }

    /** A link names no data subjects: those of P's processing that S takes part in. */
    public ProcessingScope scope() {
        return new ProcessingScope(purposes, dataCategories, null, countries);
    }

    public LinkStatus statusOn(LocalDate day) {
        return LinkStatus.of(authorisation, decision, objectionDeadline, day);
    }

    /**
     * Legal approves a specific authorisation, with the reference of the written consent (Art. 28(2) asks for
     * prior specific written authorisation: the reference says where it is).
     */
    public void approve(String by, Instant at, String reference) {
        mayDecide(Authorisation.SPECIFIC, by);
        String consent = note("reference", reference);
        if (consent == null) {
            throw new InvalidInput("reference", "chain.approve.reference.required");
        }
        decided(Decision.APPROVED, by, at, consent);
    }

    public void refuse(String by, Instant at, String reason) {
        mayDecide(Authorisation.SPECIFIC, by);
        decided(Decision.REFUSED, by, at, reason(reason));
    }

    /** Legal objects to a general notice: only until the deadline, and always with a reason. */
    public void object(String by, Instant at, LocalDate today, String reason) {
        mayDecide(Authorisation.GENERAL, by);
        if (objectionDeadline != null && today.isAfter(objectionDeadline)) {
            throw new Conflict("chain.object.late", objectionDeadline);
        }
        decided(Decision.OBJECTED, by, at, reason(reason));
    }

    private void mayDecide(Authorisation expected, String by) {
        if (authorisation != expected) {
            throw new Conflict(expected == Authorisation.SPECIFIC ? "chain.decide.general" : "chain.decide.specific");
        }
        if (decision != null) {
            throw new Conflict("chain.decide.decided", decision);
        }
        if (by.equals(registeredBy)) {
            throw new NotPermitted("chain.decide.own");
        }
    }

    private void decided(Decision what, String by, Instant at, String note) {
        this.decision = what;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    private static String reason(String reason) {
        String why = note("reason", reason);
        if (why == null) {
            throw new InvalidInput("reason", "chain.reason.required");
        }
        return why;
    }

    /** The decision's note as legal typed it, named as the body names it: a reference or a reason. */
    private static String note(String field, String text) {
        return InvalidInput.lines(field, text, 1000);
    }

    /**
     * What was authorised stays as it was authorised: once legal decided, or a general notice's deadline passed,
     * the sub-processor's service, start and scope are fixed; a change is a new link (a new notice or request).
     * The end date and the flow-down record stay editable.
     */
    private <T> T unlessDecided(String field, T current, T next) {
        return Conflict.unlessFrozen(isScopeFixed(), field, current, next, "chain.edit.decided");
    }

    /** How the sub-processor is authorised is fixed when it is registered; none given keeps it. */
    public void keepAuthorisation(Authorisation given) {
        Conflict.unlessFrozen(getId() != null, "authorisation", authorisation, given == null ? authorisation : given,
                "chain.edit.authorisation");
    }

    /**
     * Whether a notice date given for a stored link is a new one, to be received again (its objection deadline
     * follows from it); none given keeps it. Fixed, like the scope, once legal decided or the deadline passed.
     */
    public boolean noticeChanges(LocalDate receivedOn) {
        if (receivedOn == null || receivedOn.equals(noticeReceivedOn)) {
            return false;
        }
        if (authorisation != Authorisation.GENERAL) {
            throw new Conflict("chain.notice.specific");
        }
        Conflict.unlessFrozen(isScopeFixed(), "noticeReceivedOn", noticeReceivedOn, receivedOn,
                "chain.edit.noticeDecided");
        return true;
    }

    /** Whether only the end date and the flow-down record may still change (see {@link #unlessDecided}). */
    public boolean isScopeFixed() {
        return getId() != null && (decision != null
                || objectionDeadline != null && LocalDate.now().isAfter(objectionDeadline));
    }

    public Processor getProcessor() {
        return processor;
    }

    public Processor getSubprocessor() {
        return subprocessor;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = unlessDecided("service", this.service, Text.trimmed(service));
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = unlessDecided("startsOn", this.startsOn, startsOn);
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Authorisation getAuthorisation() {
        return authorisation;
    }

    public LocalDate getNoticeReceivedOn() {
        return noticeReceivedOn;
    }

    public LocalDate getObjectionDeadline() {
        return objectionDeadline;
    }

    public String getDeadlineBasis() {
        return deadlineBasis;
    }

    public SubprocessorLink getReplaces() {
        return replaces;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public boolean isFlowDown() {
        return flowDown;
    }

    public String getFlowDownReference() {
        return flowDownReference;
    }

    /** Flow-down confirmed or not; a confirmation names the clause of P's contract with S that carries it. */
    public void setFlowDown(boolean flowDown, String reference) {
        this.flowDown = flowDown;
        this.flowDownReference = flowDown ? Text.trimmed(reference) : null;
    }

    public Set<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(Set<String> purposes) {
        this.purposes = unlessDecided("purposes", this.purposes, Text.codes(purposes));
    }

    public Set<String> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Set<String> dataCategories) {
        this.dataCategories = unlessDecided("dataCategories", this.dataCategories, Text.codes(dataCategories));
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = unlessDecided("countries", this.countries, Text.countries(countries));
        safeguards.keySet().retainAll(this.countries);
    }

    public Map<String, TransferSafeguard> getSafeguards() {
        return safeguards;
    }

    public void setSafeguards(Map<String, TransferSafeguard> safeguards) {
        this.safeguards = ProcessingScope.byCountry(safeguards, countries::contains);
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
