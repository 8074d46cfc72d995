package eu.art28.agreements.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The reading of one uploaded document: queued with the upload, done in the background. Its progress is written
 * with bulk updates (see {@code DpaReading}), so only the steps of its life reach the audit trail.
 */
@Entity
@Table(name = "dpa_analysis")
@NamedQuery(name = DpaAnalysis.NEWEST_OF_AGREEMENT, query = "select a from DpaAnalysis a"
        + " where a.agreementId = :agreement order by a.createdAt desc, a.id desc")
public class DpaAnalysis {

    public static final String NEWEST_OF_AGREEMENT = "DpaAnalysis.newestOfAgreement";

    public enum Status {
        QUEUED, ANALYSING, DONE, NO_TEXT_LAYER, FAILED;

        public boolean finished() {
            return this == DONE || this == NO_TEXT_LAYER || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.QUEUED;

    @Column(name = "pages_done")
    private int pagesDone;

    @Column(name = "pages_total")
    private int pagesTotal;

    @Column(name = "missing_clauses")
    private String missingClauses;

    private String error;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DpaAnalysis() {
    }

    public DpaAnalysis(long agreementId, long documentId, Instant at) {
        this.agreementId = agreementId;
        this.documentId = documentId;
        this.createdAt = at;
    }

    public void start(Instant at) {
        status = Status.ANALYSING;
        startedAt = at;
    }

    public void done(Set<Clause> missing, int pages, Instant at) {
        status = Status.DONE;
        missingClauses = missing.stream().map(Clause::name).collect(Collectors.joining(","));
        pagesDone = pages;
        pagesTotal = pages;
        finishedAt = at;
    }

    /** A scan: pages, but nothing to read. Not the same as "no clause found". */
    public void noTextLayer(int pages, Instant at) {
        status = Status.NO_TEXT_LAYER;
        pagesDone = pages;
        pagesTotal = pages;
        finishedAt = at;
    }

    public void failed(String why, Instant at) {
        status = Status.FAILED;
        error = why == null ? null : why.substring(0, Math.min(1000, why.length()));
        finishedAt = at;
    }

    public Set<Clause> missing() {
        if (missingClauses == null || missingClauses.isBlank()) {
            return EnumSet.noneOf(Clause.class);
        }
        return Arrays.stream(missingClauses.split(",")).map(Clause::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Clause.class)));
    }

    /** 0 to 100. */
    public int percent() {
        return status.finished() ? 100 : pagesTotal == 0 ? 0 : pagesDone * 100 / pagesTotal;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Status getStatus() {
        return status;
    }

    public int getPagesDone() {
        return pagesDone;
    }

    public int getPagesTotal() {
        return pagesTotal;
    }

    public String getError() {
        return error;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
