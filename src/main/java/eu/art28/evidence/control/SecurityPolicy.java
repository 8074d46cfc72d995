package eu.art28.evidence.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.processors.entity.RiskTier;

/**
 * Which evidence demonstrates a processor's security measures (Art. 28(1), Art. 32), by its risk tier: a processor
 * may only be engaged while evidence of a counting kind is valid. Configured per tier; by default an accredited
 * certificate or an assurance report (ISO 27001, NEN 7510, SOC 2 type II, ISAE 3402) for high risk, also a SOC 2
 * type I report or a Data Pro certificate for medium, and also the Art. 32 measures annex for low.
 */
public final class SecurityPolicy {

    /** Requires nothing: for callers that judge something else. */
    public static final SecurityPolicy NONE = new SecurityPolicy(Map.of());

    public static final String DEFAULT_HIGH = "ISO_27001,NEN_7510,SOC2_TYPE_2,ISAE_3402";
    public static final String DEFAULT_MEDIUM = DEFAULT_HIGH + ",SOC2_TYPE_1,DATA_PRO_CERTIFICATE";
    public static final String DEFAULT_LOW = DEFAULT_MEDIUM + ",ART32_MEASURES_ANNEX";

    /** What the policy concluded: demonstrated by an item, or the kinds wanted and the items that were not valid. */
    public record Judgement(Optional<EvidenceScope> demonstratedBy, List<EvidenceType> required,
            List<EvidenceScope> notValid) {

        public boolean demonstrated() {
            return demonstratedBy.isPresent() || required.isEmpty();
        }
    }

    private final Map<RiskTier, Set<EvidenceType>> counting;

    public SecurityPolicy(Map<RiskTier, Set<EvidenceType>> counting) {
        Map<RiskTier, Set<EvidenceType>> copy = new EnumMap<>(RiskTier.class);
        counting.forEach((tier, types) -> copy.put(tier, Set.copyOf(types)));
        this.counting = copy;
    }

    /**
     * From the configured lists, comma-separated evidence types; {@code NONE} requires nothing for that tier.
     *
     * @throws IllegalArgumentException naming the tier and the type that is not one
     */
    public static SecurityPolicy parse(String high, String medium, String low) {
        Map<RiskTier, Set<EvidenceType>> counting = new EnumMap<>(RiskTier.class);
        counting.put(RiskTier.HIGH, types(RiskTier.HIGH, high));
        counting.put(RiskTier.MEDIUM, types(RiskTier.MEDIUM, medium));
        counting.put(RiskTier.LOW, types(RiskTier.LOW, low));
        return new SecurityPolicy(counting);
    }

    private static Set<EvidenceType> types(RiskTier tier, String list) {
        Set<EvidenceType> types = EnumSet.noneOf(EvidenceType.class);
        if (list == null || list.isBlank() || list.strip().equalsIgnoreCase("NONE")) {
            return types;
        }
        for (String name : list.split(",")) {
            String type = name.strip().toUpperCase();
            if (Arrays.stream(EvidenceType.values()).noneMatch(t -> t.name().equals(type))) {
                throw new IllegalArgumentException("Security evidence for risk tier " + tier + ": " + name.strip()
                        + " is not one of " + Arrays.toString(EvidenceType.values()));
            }
            types.add(EvidenceType.valueOf(type));
        }
        return types;
    }

    /** The kinds that count for the tier; a processor without a tier is judged as high risk. */
    public Set<EvidenceType> counting(RiskTier tier) {
        return counting.getOrDefault(tier == null ? RiskTier.HIGH : tier, Set.of());
    }

    /**
     * Whether the evidence on file demonstrates security on the day: the counting item valid that day that stays
     * valid longest, or else the kinds wanted and the counting items that were not valid that day (lapsed or not
     * yet issued), so the finding can name what lapsed when.
     */
    public Judgement judge(RiskTier tier, Collection<EvidenceScope> evidence, LocalDate day) {
        Set<EvidenceType> wanted = counting(tier);
        if (wanted.isEmpty()) {
            return new Judgement(Optional.empty(), List.of(), List.of());
        }
        List<EvidenceScope> ofKind = evidence.stream().filter(e -> wanted.contains(e.type())).toList();
        Optional<EvidenceScope> valid = ofKind.stream().filter(e -> e.validOn(day))
                .max(Comparator.comparing(e -> e.validUntil() == null ? LocalDate.MAX : e.validUntil()));
        return new Judgement(valid, wanted.stream().sorted().toList(),
                valid.isPresent() ? List.of() : ofKind.stream().sorted(Comparator.comparing(EvidenceScope::issuedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).toList());
    }
}
