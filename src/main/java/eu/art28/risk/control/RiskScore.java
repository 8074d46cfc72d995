package eu.art28.risk.control;

import java.util.Comparator;
import java.util.List;

import eu.art28.processors.entity.RiskTier;
import eu.art28.risk.entity.RecordKind;
import eu.art28.risk.entity.RiskFactor;

/**
 * A processor's risk as the policy scored it: inherent and residual (0..100), the tier the inherent risk gives,
 * and every factor that made them, largest first.
 */
public record RiskScore(int inherent, int residual, RiskTier tier, int policyVersion, List<Part> parts) {

    public static final Comparator<Part> LARGEST_FIRST = Comparator.comparingInt((Part p) -> -Math.abs(p.points()))
            .thenComparing(Part::factor);

    public RiskScore {
        parts = parts.stream().sorted(LARGEST_FIRST).toList();
    }

    /**
     * One factor: what it added (or took away, negative) and why, a stored text ({@code risk.reason.X} with its
     * arguments, shown in the reader's language); the codes that raise it (catalogue codes or countries, as
     * {@link RiskFactor#codes()} says, named by whoever shows them); and the record it comes from (kind null: none
     * in particular).
     */
    public record Part(RiskFactor factor, int points, String reason, List<String> codes, RecordKind kind,
            Long recordId) {

        public Part {
            codes = List.copyOf(codes);
        }

        public Part(RiskFactor factor, int points, String reason, RecordKind kind, Long recordId) {
            this(factor, points, reason, List.of(), kind, recordId);
        }
    }

    public List<Part> inherentParts() {
        return parts.stream().filter(p -> p.factor().inherent()).toList();
    }

    public List<Part> residualParts() {
        return parts.stream().filter(p -> !p.factor().inherent()).toList();
    }

    /** Whether the figures a history keeps differ from another score's. */
    public boolean differsFrom(int otherInherent, int otherResidual, RiskTier otherTier) {
        return inherent != otherInherent || residual != otherResidual || tier != otherTier;
    }
}
