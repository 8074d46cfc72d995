package eu.art28.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.processors.entity.RiskTier;

class SecurityPolicyTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    static final SecurityPolicy DEFAULTS = SecurityPolicy.parse(SecurityPolicy.DEFAULT_HIGH,
            SecurityPolicy.DEFAULT_MEDIUM, SecurityPolicy.DEFAULT_LOW);

    static EvidenceScope item(long id, EvidenceType type, LocalDate issued, LocalDate until) {
        return new EvidenceScope(id, 7, type, "Issuer " + id, issued, until);
    }

    @Test
    void aLowerTierAcceptsWhatAHigherOneDoesAndMore() {
        assertTrue(DEFAULTS.counting(RiskTier.LOW).containsAll(DEFAULTS.counting(RiskTier.MEDIUM)));
        assertTrue(DEFAULTS.counting(RiskTier.MEDIUM).containsAll(DEFAULTS.counting(RiskTier.HIGH)));
        assertTrue(DEFAULTS.counting(RiskTier.LOW).contains(EvidenceType.ART32_MEASURES_ANNEX));
        assertFalse(DEFAULTS.counting(RiskTier.HIGH).contains(EvidenceType.ART32_MEASURES_ANNEX));
        assertFalse(DEFAULTS.counting(RiskTier.HIGH).contains(EvidenceType.CONFIDENTIALITY_UNDERTAKING));
        assertEquals(DEFAULTS.counting(RiskTier.HIGH), DEFAULTS.counting(null), "no tier is judged as high risk");
    }

    @Test
    void anAnnexDemonstratesSecurityForLowRiskOnly() {
        List<EvidenceScope> annex = List.of(item(1, EvidenceType.ART32_MEASURES_ANNEX, DAY.minusYears(1), null));
        assertTrue(DEFAULTS.judge(RiskTier.LOW, annex, DAY).demonstrated());
        SecurityPolicy.Judgement high = DEFAULTS.judge(RiskTier.HIGH, annex, DAY);
        assertFalse(high.demonstrated());
        assertEquals(List.of(EvidenceType.ISO_27001, EvidenceType.SOC2_TYPE_2, EvidenceType.ISAE_3402,
                EvidenceType.NEN_7510), high.required());
        assertEquals(List.of(), high.notValid(), "an annex does not count at all for high risk, so is not named");
    }

    @Test
    void validThroughItsLastDayAndFromItsFirst() {
        EvidenceScope iso = item(1, EvidenceType.ISO_27001, DAY.minusYears(3), DAY);
        assertTrue(DEFAULTS.judge(RiskTier.HIGH, List.of(iso), DAY).demonstrated(), "the last valid day counts");
        SecurityPolicy.Judgement after = DEFAULTS.judge(RiskTier.HIGH, List.of(iso), DAY.plusDays(1));
        assertFalse(after.demonstrated(), "the day after it lapsed");
        assertEquals(List.of(iso), after.notValid(), "names what lapsed");

        EvidenceScope future = item(2, EvidenceType.SOC2_TYPE_2, DAY.plusDays(1), null);
        assertFalse(DEFAULTS.judge(RiskTier.HIGH, List.of(future), DAY).demonstrated(), "not yet issued");
        assertTrue(DEFAULTS.judge(RiskTier.HIGH, List.of(future), DAY.plusDays(1)).demonstrated());
    }

    @Test
    void theItemValidLongestIsTheOneNamed() {
        EvidenceScope shorter = item(1, EvidenceType.ISO_27001, DAY.minusYears(1), DAY.plusMonths(2));
        EvidenceScope longer = item(2, EvidenceType.ISAE_3402, DAY.minusMonths(1), DAY.plusYears(1));
        assertEquals(longer, DEFAULTS.judge(RiskTier.HIGH, List.of(shorter, longer), DAY).demonstratedBy()
                .orElseThrow());
    }

    @Test
    void noneRequiresNothingAndAWrongNameIsRefusedWithItsTier() {
        SecurityPolicy lenient = SecurityPolicy.parse("ISO_27001", "soc2_type_2, isae_3402", "NONE");
        assertTrue(lenient.judge(RiskTier.LOW, List.of(), DAY).demonstrated());
        assertEquals(2, lenient.counting(RiskTier.MEDIUM).size(), "case and spaces do not matter");

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> SecurityPolicy.parse("ISO_27001", "ISO_9001", "NONE"));
        assertTrue(wrong.getMessage().contains("MEDIUM") && wrong.getMessage().contains("ISO_9001"),
                wrong.getMessage());
    }
}
