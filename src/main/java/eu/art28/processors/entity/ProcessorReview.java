package eu.art28.processors.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * A review of whether a processor still gives sufficient guarantees (Art. 28(1)): who looked, when, what they
 * concluded and when to look again. Recorded once, never changed; the next one follows it.
 */
@Entity
@Table(name = "processor_review")
@NamedQuery(name = ProcessorReview.OF_PROCESSOR, query = "select r from ProcessorReview r"
        + " where r.processor.id = :processor order by r.reviewedOn desc, r.id desc")
public class ProcessorReview {

    public static final String OF_PROCESSOR = "ProcessorReview.ofProcessor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    @Column(name = "reviewed_on")
    @BusinessDate
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by")
    @SingleLine
    private String reviewedBy;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    @MultiLine
    private String notes;

    @Column(name = "next_review_on")
    @BusinessDate
    private LocalDate nextReviewOn;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ProcessorReview() {
    }

    /**
     * @param nextReviewOn when to look again; empty: after the cadence of the processor's risk tier
     * @param cadenceMonths that cadence
     */
    public ProcessorReview(Processor processor, String by, LocalDate on, ReviewOutcome outcome, String notes,
            LocalDate nextReviewOn, int cadenceMonths, LocalDate today, Instant at) {
        if (processor.isOffboarded()) {
            throw new InvalidInput("processorId", "review.processor.offboarded");
        }
        if (outcome == null) {
            throw new InvalidInput("outcome", "review.outcome.required");
        }
        LocalDate reviewed = on == null ? today : on;
        if (reviewed.isAfter(today)) {
            throw new InvalidInput("reviewedOn", "review.reviewedOn.future");
        }
        LocalDate next = nextReviewOn == null ? reviewed.plusMonths(cadenceMonths) : nextReviewOn;
        if (!next.isAfter(reviewed)) {
            throw new InvalidInput("nextReviewOn", "review.nextReviewOn.notAfter");
        }
        String text = Text.trimmed(notes);
        if (text != null && text.length() > 2000) {
            throw new InvalidInput("notes", "art28.text.tooLong", 2000);
        }
        if (outcome != ReviewOutcome.SUFFICIENT && text == null) {
            throw new InvalidInput("notes", "review.notes.required");
        }
        this.processor = processor;
        this.reviewedBy = by;
        this.reviewedOn = reviewed;
        this.outcome = outcome;
        this.notes = text;
        this.nextReviewOn = next;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Processor getProcessor() {
        return processor;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
