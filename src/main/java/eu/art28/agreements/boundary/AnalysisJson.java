package eu.art28.agreements.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
            String decidedBy, Instant decidedAt, List<Alternative> alternatives) {

        static ProposalJson of(DpaProposal p, List<DpaProposal> alternatives) {
            return new ProposalJson(p.getId(), p.getKind(), p.getClause(), p.isSaysOtherwise(), p.getProposedValue(),
                    p.getPage(),
                    p.getReference(), p.getPassage(), p.marks().stream().map(m -> new int[] {m.start(), m.end()})
                    .toList(), p.getConfidence(), p.getState(), p.getFinalValue(), p.getDecidedBy(), p.getDecidedAt(),
                    alternatives.stream().map(a -> new Alternative(a.getId(), a.getProposedValue(), a.getPage(),
                            a.getReference())).toList());
        }
    }

    /** Another value the reader found for the same field, and where: a proposal of its own, by its id. */
    public record Alternative(Long id, String value, int page, String reference) {
    }

    /** Legal's corrected value; empty to accept the proposal as it is. */
    @Schema(name = "ProposalDecision", example = "{\"value\":\"Clause 7.4(b)\"}")
    public record Decision(String value) {
    }

    public record Accepted(int accepted) {
    }

    static AnalysisJson of(DpaAnalysis a, List<DpaProposal> proposals) {
        return new AnalysisJson(a.getId(), a.getDocumentId(), a.getStatus(), a.getPagesDone(), a.getPagesTotal(),
                a.percent(), List.copyOf(a.missing()), a.getError(), withAlternatives(proposals));
    }

    private static List<ProposalJson> withAlternatives(List<DpaProposal> proposals) {
        Map<DpaProposal, List<DpaProposal>> alternatives = DpaProposal.alternatives(proposals);
        return proposals.stream().map(p -> ProposalJson.of(p, alternatives.get(p))).toList();
    }
}
