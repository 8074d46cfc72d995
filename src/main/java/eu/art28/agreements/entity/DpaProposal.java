package eu.art28.agreements.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

import eu.art28.platform.control.Conflict;

/**
 * One thing the reader proposes, with its evidence (page, clause number, passage, the words that matched) and how
 * sure it is. Legal accepts it as it is, corrects it, or dismisses it; it never changes the agreement by itself.
 */
@Entity
@Table(name = "dpa_proposal")
@NamedQuery(name = DpaProposal.OF_ANALYSIS, query = "select p from DpaProposal p where p.analysisId = :analysis"
        + " order by p.id")
public class DpaProposal {

    /** The longest value, proposed or decided (the columns' size). */
    public static final int VALUE_LENGTH = 1000;

    public static final String OF_ANALYSIS = "DpaProposal.ofAnalysis";

    public enum State {
        PROPOSED, ACCEPTED, CORRECTED, DISMISSED
    }

    /** A [start, end) range of the passage that matched. */
    public record Mark(int start, int end) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "analysis_id")
    private Long analysisId;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    private ProposalKind kind;

    @Enumerated(EnumType.STRING)
    private Clause clause;

    @Column(name = "proposed_value")
    private String proposedValue;

    @Column(name = "page_number")
    private int page;

    @Column(name = "clause_reference")
    private String reference;

    private String passage;

    /** "start-end;start-end": offsets into the passage. */
    private String marks;

    private BigDecimal confidence;

    @Enumerated(EnumType.STRING)
    private State state = State.PROPOSED;

    /** The document addresses the item but excludes or negates it: legal notes it, it never ticks the checklist. */
    @Column(name = "says_otherwise")
    private boolean saysOtherwise;

    @Column(name = "final_value")
    private String finalValue;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected DpaProposal() {
    }

    public DpaProposal(long analysisId, long agreementId, ProposalKind kind, Clause clause, String proposedValue,
            int page, String reference, String passage, List<Mark> marks, double confidence) {
        this(analysisId, agreementId, kind, clause, proposedValue, page, reference, passage, marks, confidence, false);
    }

    public DpaProposal(long analysisId, long agreementId, ProposalKind kind, Clause clause, String proposedValue,
            int page, String reference, String passage, List<Mark> marks, double confidence, boolean saysOtherwise) {
        if (saysOtherwise && kind != ProposalKind.CLAUSE) {
            throw new IllegalArgumentException("only a checklist item can be said otherwise: " + kind);
        }
        this.saysOtherwise = saysOtherwise;
        this.analysisId = analysisId;
        this.agreementId = agreementId;
        this.kind = kind;
        this.clause = clause;
        this.proposedValue = cut(proposedValue == null ? "" : proposedValue, VALUE_LENGTH);
        this.page = page;
        this.reference = reference == null ? null : cut(reference, 100);
        this.passage = cut(passage, 2000);
        StringBuilder encoded = new StringBuilder();
        for (Mark m : marks) {
            if (m.end() <= this.passage.length() && encoded.length() < 980) {
                encoded.append(encoded.isEmpty() ? "" : ";").append(m.start()).append('-').append(m.end());
            }
        }
        this.marks = encoded.toString();
        this.confidence = BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Accepted as proposed, or corrected when legal's value differs. */
    public void decide(String value, String actor, Instant at) {
        ensureAcceptable();
        finalValue = value;
        state = value.equals(proposedValue) ? State.ACCEPTED : State.CORRECTED;
        decidedBy = actor;
        decidedAt = at;
    }

    public void dismiss(String actor, Instant at) {
        requireOpen();
        state = State.DISMISSED;
        decidedBy = actor;
        decidedAt = at;
    }

    /** Before anything is taken from the proposal into the agreement. */
    public void ensureAcceptable() {
        requireOpen();
        if (saysOtherwise) {
            throw new Conflict("dpa.proposal.saysOtherwise");
        }
    }

    private void requireOpen() {
        if (state != State.PROPOSED) {
            throw new Conflict("dpa.proposal.decided", state);
        }
    }

    /**
     * The rival candidates of each field proposal: the reader stores every value it found for a field (two notice
     * periods, two breach windows) as proposals of the same kind, the likeliest first, so the reviewer chooses by
     * their places; "accept all" takes only the first. Clause items and sub-processors have no rivals.
     */
    public static Map<DpaProposal, List<DpaProposal>> alternatives(List<DpaProposal> proposals) {
        Map<ProposalKind, List<DpaProposal>> byKind = proposals.stream()
                .filter(p -> p.kind != ProposalKind.CLAUSE && p.kind != ProposalKind.SUBPROCESSOR)
                .collect(Collectors.groupingBy(DpaProposal::getKind));
        Map<DpaProposal, List<DpaProposal>> alternatives = new IdentityHashMap<>();
        proposals.forEach(p -> alternatives.put(p, byKind.getOrDefault(p.kind, List.of()).stream()
                .filter(other -> other != p).toList()));
        return alternatives;
    }

    public List<Mark> marks() {
        List<Mark> list = new ArrayList<>();
        if (marks != null && !marks.isBlank()) {
            for (String range : marks.split(";")) {
                String[] ends = range.split("-");
                list.add(new Mark(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            }
        }
        return list;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getAnalysisId() {
        return analysisId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public Clause getClause() {
        return clause;
    }

    public String getProposedValue() {
        return proposedValue;
    }

    public int getPage() {
        return page;
    }

    public String getReference() {
        return reference;
    }

    public String getPassage() {
        return passage;
    }

    public BigDecimal getConfidence() {
        return confidence;
    }

    public State getState() {
        return state;
    }

    public boolean isSaysOtherwise() {
        return saysOtherwise;
    }

    public String getFinalValue() {
        return finalValue;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
