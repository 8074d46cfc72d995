package eu.art28.agreements.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.DpaAnalysis;
import eu.art28.agreements.entity.DpaProposal;
import eu.art28.agreements.entity.ProposalKind;

/** The reading of an agreement's newest upload, as the API shows it. */
public record AnalysisJson(Long id, Long documentId, DpaAnalysis.Status status, int pagesDone, int pagesTotal,
        int percent, List<Clause> missing, String error, List<ProposalJson> proposals) {

    public record ProposalJson(Long id, ProposalKind kind, Clause clause, boolean saysOtherwise, String value, int page,
            String reference,
            String passage, List<int[]> marks, BigDecimal confidence, DpaProposal.State state, String finalValue,
            String decidedBy, Instant decidedAt) {

        static ProposalJson of(DpaProposal p) {
            return new ProposalJson(p.getId(), p.getKind(), p.getClause(), p.isSaysOtherwise(), p.getProposedValue(),
                    p.getPage(),
                    p.getReference(), p.getPassage(), p.marks().stream().map(m -> new int[] {m.start(), m.end()})
                    .toList(), p.getConfidence(), p.getState(), p.getFinalValue(), p.getDecidedBy(), p.getDecidedAt());
        }
    }

    /** Legal's corrected value; empty to accept the proposal as it is. */
    @Schema(example = "{\"value\":\"Clause 7.4(b)\"}")
    public record Decision(String value) {
    }

    public record Accepted(int accepted) {
    }

    static AnalysisJson of(DpaAnalysis a, List<DpaProposal> proposals) {
        return new AnalysisJson(a.getId(), a.getDocumentId(), a.getStatus(), a.getPagesDone(), a.getPagesTotal(),
                a.percent(), List.copyOf(a.missing()), a.getError(), proposals.stream().map(ProposalJson::of).toList());
    }
}
