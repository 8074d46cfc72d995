package eu.art28.risk.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Messages;
import eu.art28.processors.entity.RiskTier;
import eu.art28.risk.control.RiskScore;
import eu.art28.risk.entity.RecordKind;
import eu.art28.risk.entity.RiskFactor;

/** A processor's risk as the API shows it: the figures, the tiers and every factor, largest first, in words. */
@Schema(description = "A processor's risk: inherent (from what is processed, of whom, where and through which chain)"
        + " and residual (after valid evidence, the last review and the security questionnaire, raised by open"
        + " alerts, overdue deadlines and breaches), each 0..100, with the factors that make them, largest first.")
public record RiskJson(
        long processorId,
        @Schema(description = "From the processing itself, 0..100.") int inherent,
        @Schema(description = "The inherent risk after evidence, review, questionnaire, alerts, deadlines and"
                + " breaches, 0..100.") int residual,
        @Schema(description = "The tier the inherent risk gives.") RiskTier computedTier,
        @Schema(description = "The tier in force: the computed one unless a person overrode it.") RiskTier tierInForce,
        @Schema(description = "Whether a person set the tier in force.") boolean overridden,
        @Schema(description = "Why, when a person gave a reason.") String overrideReason,
        @Schema(description = "The version of the scoring policy.") int policyVersion,
        List<Factor> factors,
        @Schema(description = "The figures each time they changed, oldest first.") List<Past> history) {

    @Schema(name = "RiskScoreFactor",
            description = "One factor: its points (negative: it lowers the risk), why in words,"
            + " the codes behind it and the record it comes from.")
    public record Factor(RiskFactor factor, String name, boolean inherent, int points, String reason,
            List<String> codes, RecordKind recordKind, Long recordId) {
    }

    @Schema(name = "RiskHistory")
    public record Past(int inherent, int residual, RiskTier tier, int policyVersion, Instant scoredAt) {
    }

    static RiskJson of(Risks.Explained risk, CodeNames names) {
        RiskScore score = risk.score();
        Locale locale = names.locale();
        return new RiskJson(risk.processor().getId(), score.inherent(), score.residual(), score.tier(),
                risk.inForce(), risk.overridden(), risk.processor().getRiskTierReason(), score.policyVersion(),
                score.parts().stream().map(p -> new Factor(p.factor(), Messages.word(locale, p.factor()),
                        p.factor().inherent(), p.points(), reason(p, names), p.codes(), p.kind(), p.recordId()))
                        .toList(),
                risk.history().stream().map(h -> new Past(h.inherent(), h.residual(), h.tier(), h.policyVersion(),
                        h.scoredAt())).toList());
    }

    /** The reason in the reader's language, followed by what raises it by name: "Data of patients in ...: Patients". */
    static String reason(RiskScore.Part part, CodeNames names) {
        String reason = Messages.shown(names.locale(), part.reason());
        if (part.codes().isEmpty()) {
            return reason;
        }
        String kind = part.factor().codes();
        return reason + ": " + String.join(", ", part.codes().stream().map(code -> "COUNTRY".equals(kind)
                ? Messages.country(names.locale(), code) : names.of(kind, code)).toList());
    }

    @Schema(name = "RiskOverride", description = "A person's tier, in force whatever the computed risk, and why.",
            example = "{\"version\":4,\"tier\":\"HIGH\",\"reason\":\"Holds the keys to our patient records\"}")
    public record Override(Long version, RiskTier tier, String reason) {
    }

    @Schema(name = "RiskFollowComputed", description = "The processor's version; the computed tier takes over again.",
            example = "{\"version\":5}")
    public record Follow(Long version) {
    }
}
