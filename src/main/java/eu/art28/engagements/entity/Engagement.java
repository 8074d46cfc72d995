package eu.art28.engagements.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.control.DateOrder;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.CountryCode;
import eu.art28.platform.control.ProcessingScope;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.processors.entity.Processor;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.SingleLine;

/**
 * We use processor P for purposes U on data categories C of data subjects S, in countries K, from a date until
 * a date (or open-ended). What the coverage engine holds against the processor's agreements.
 */
@Entity
@Table(name = "engagement")
public class Engagement extends VersionedRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @NotBlank
    @Size(max = 200)
    @SingleLine
    private String description;

    @NotBlank
    @Size(max = 100)
    @Column(name = "business_owner")
    @SingleLine
    private String businessOwner;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "engagement_purpose", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> purposes = new TreeSet<>();

    /**
     * The purpose the data was collected for, when the engagement uses data collected for another purpose
     * (purpose limitation, Art. 5(1)(b)); empty when it was collected for the engagement's own purposes.
     */
    @Size(max = 64)
    @Column(name = "original_purpose")
    @SingleLine
    private String originalPurpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "engagement_data_category", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> dataCategories = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "engagement_data_subject", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "code")
    private Set<@NotBlank @Size(max = 64) String> dataSubjects = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "engagement_country", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "country")
    private Set<@CountryCode String> countries = new TreeSet<>();

    @NotNull
    @Column(name = "starts_on")
    @BusinessDate
    private LocalDate startsOn;

    /** Empty: open-ended. */
    @Column(name = "ends_on")
    @BusinessDate
    private LocalDate endsOn;

    /**
     * How many people's data the engagement processes, as its owner states it: the scale the risk policy scores in
     * bands. Empty: not stated (no factor, rather than a guess). Bounded by the world's population, so that a
     * mistyped figure is refused rather than scored.
     */
    @PositiveOrZero
    @Max(10_000_000_000L)
    @Column(name = "data_subject_count")
    private Long dataSubjectCount;

    protected Engagement() {
    }

    public Engagement(Processor processor) {
        this.processor = processor;
    }

    /** What Bean Validation cannot see: an engagement needs a scope, and its period must run forward. */
    public List<InvalidInput.Violation> scopeViolations() {
        List<InvalidInput.Violation> violations = new ArrayList<>(scope().missing("engagement"));
        violations.addAll(DateOrder.violations("startsOn", startsOn, "endsOn", endsOn, "engagement.dates.order"));
        return violations;
    }

    public ProcessingScope scope() {
        return new ProcessingScope(purposes, dataCategories, dataSubjects, countries);
    }

    public Processor getProcessor() {
        return processor;
    }

    public void setProcessor(Processor processor) {
        this.processor = processor;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.trimmed(description);
    }

    public String getBusinessOwner() {
        return businessOwner;
    }

    public void setBusinessOwner(String businessOwner) {
        this.businessOwner = Text.trimmed(businessOwner);
    }

    public Set<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(Set<String> purposes) {
        this.purposes = Text.codes(purposes);
    }

    public String getOriginalPurpose() {
        return originalPurpose;
    }

    public void setOriginalPurpose(String originalPurpose) {
        this.originalPurpose = Text.code(originalPurpose);
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

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = Text.countries(countries);
    }

    public Long getDataSubjectCount() {
        return dataSubjectCount;
    }

    public void setDataSubjectCount(Long dataSubjectCount) {
        this.dataSubjectCount = dataSubjectCount;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
