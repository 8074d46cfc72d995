package eu.art28.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.catalogue.control.Compatibility;
import eu.art28.chain.control.Chain;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.control.SecurityPolicy;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.Messages;
import eu.art28.processors.entity.RiskTier;

/**
 * The privacy statement's gates as the engine applies them to an engagement: demonstrable security on the day it is
 * judged, and purpose limitation; alongside the agreements' coverage, and before any agreement exists too.
 */
class PrivacyStatementGatesTest {

    static final LocalDate TODAY = CoverageEngineTest.TODAY;
    static final CoverageEngine ENGINE = new CoverageEngine(SensitiveCategories.NONE, CoverageEngineTest.TRANSFERS,
            new Compatibility(Map.of("a", List.of("b"), "b", List.of("a", "d"))),
            SecurityPolicy.parse(SecurityPolicy.DEFAULT_HIGH, SecurityPolicy.DEFAULT_MEDIUM,
                    SecurityPolicy.DEFAULT_LOW));

    static EngagementScope engagement(LocalDate from, String originalPurpose, RiskTier tier, String... purposes) {
        return new EngagementScope(1, 7, "customer mailing", Set.of(purposes), Set.of("contact.address"),
                Set.of("customers"), Set.of("NL"), from, null, originalPurpose, tier);
    }

    static EvidenceScope iso(LocalDate validUntil) {
        return new EvidenceScope(3, 7, EvidenceType.ISO_27001, "BSI", validUntil.minusYears(3), validUntil);
    }

    static List<Finding> judge(EngagementScope engagement, Collection<EvidenceScope> evidence) {
        AgreementScope agreement = new CoverageEngineTest.A().purposes("a", "b", "c", "d", "e").build();
        return ENGINE.evaluate(engagement, List.of(agreement), Chain.NONE, evidence, TODAY);
    }

    static Optional<Finding> finding(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).findFirst();
    }

    @Test
    void aFutureEngagementNeedsEvidenceValidOnItsFirstDay() {
        LocalDate first = TODAY.plusMonths(2);
        assertEquals(List.of(), judge(engagement(first, null, RiskTier.HIGH, "e"), List.of(iso(first))),
                "valid until the first day, inclusive");

        Finding lapsed = finding(judge(engagement(first, null, RiskTier.HIGH, "e"), List.of(iso(first.minusDays(1)))),
                Rule.SECURITY_NOT_DEMONSTRATED).orElseThrow();
        assertEquals(List.of("ISO_27001", "SOC2_TYPE_2", "ISAE_3402", "NEN_7510"), lapsed.missing());
        assertEquals(List.of("ISO/IEC 27001 certificate (BSI) "
                + Messages.date(Locale.ENGLISH, first.minusDays(1).minusYears(3)) + " \u2013 "
                + Messages.date(Locale.ENGLISH, first.minusDays(1))),
                lapsed.agreementsLookedAt().stream().map(item -> Messages.shown(Locale.ENGLISH, item)).toList(),
                "names the item and the day it lapsed, in the reader's language when read");
        assertEquals("engagement:1", lapsed.subject().toString());
    }

    @Test
    void aRunningEngagementIsJudgedToday() {
        EngagementScope running = engagement(TODAY.minusYears(1), null, RiskTier.HIGH, "e");
        assertEquals(List.of(), judge(running, List.of(iso(TODAY))));
        assertTrue(finding(judge(running, List.of(iso(TODAY.minusDays(1)))), Rule.SECURITY_NOT_DEMONSTRATED)
                .isPresent(), "the day after the last valid day");
        assertTrue(finding(judge(running, List.of()), Rule.SECURITY_NOT_DEMONSTRATED).orElseThrow()
                .agreementsLookedAt().isEmpty(), "nothing on file: nothing lapsed to name");
    }

    @Test
    void theRiskTierDecidesWhatCounts() {
        List<EvidenceScope> annex = List.of(new EvidenceScope(4, 7, EvidenceType.ART32_MEASURES_ANNEX, "Vendor",
                TODAY.minusMonths(6), null));
        assertEquals(List.of(), judge(engagement(TODAY, null, RiskTier.LOW, "e"), annex));
        assertEquals(List.of(Rule.SECURITY_NOT_DEMONSTRATED),
                judge(engagement(TODAY, null, RiskTier.MEDIUM, "e"), annex).stream().map(Finding::rule).toList());
    }

    @Test
    void securityIsJudgedBeforeAnyAgreementExists() {
        List<Finding> findings = ENGINE.evaluate(engagement(TODAY, null, RiskTier.HIGH, "e"), List.of(), Chain.NONE,
                List.of(), TODAY);
        assertEquals(List.of(Rule.NO_AGREEMENT, Rule.SECURITY_NOT_DEMONSTRATED),
                findings.stream().map(Finding::rule).toList());
    }

    @Test
    void anEndedEngagementIsNotJudged() {
        EngagementScope ended = new EngagementScope(1, 7, "old mailing", Set.of("e"), Set.of("contact"),
                Set.of("customers"), Set.of("NL"), TODAY.minusYears(1), TODAY.minusDays(1), "c", RiskTier.HIGH);
        assertEquals(List.of(), judge(ended, List.of()));
    }

    @Test
    void purposesBeyondTheOriginalOneAreNamedWithIt() {
        List<EvidenceScope> valid = List.of(iso(TODAY.plusYears(1)));
        assertEquals(List.of(), judge(engagement(TODAY, "a", RiskTier.HIGH, "a", "b"), valid), "a leads to b");
        assertEquals(List.of(), judge(engagement(TODAY, null, RiskTier.HIGH, "e"), valid), "collected for itself");

        Finding beyond = finding(judge(engagement(TODAY, "c", RiskTier.HIGH, "c", "e", "d"), valid),
                Rule.PURPOSE_INCOMPATIBLE).orElseThrow();
        assertEquals(List.of("d", "e"), beyond.missing());
        assertEquals(List.of("c"), beyond.agreementsLookedAt(), "the purpose the data was collected for");
    }

    @Test
    void confidentialityByTheClauseOrElseAnUndertakingValidThatDay() {
        AgreementScope withClause = new CoverageEngineTest.A().label("DPA-1").build();
        AgreementScope without = new CoverageEngineTest.A().label("DPA-2").withoutConfidentialityClause().build();
        EvidenceScope undertaking = new EvidenceScope(5, 7, EvidenceType.CONFIDENTIALITY_UNDERTAKING, "Staff",
                TODAY.minusYears(1), TODAY);

        assertEquals(Optional.of("DPA-1"), CoverageEngine.confidentialityGuaranteedBy(List.of(without, withClause),
                List.of(undertaking), TODAY));
        assertTrue(CoverageEngine.confidentialityGuaranteedBy(List.of(without), List.of(undertaking), TODAY)
                .map(by -> Messages.shown(Locale.ENGLISH, by)).orElseThrow().startsWith("Confidentiality undertaking (Staff)"));
        assertEquals(Optional.empty(), CoverageEngine.confidentialityGuaranteedBy(List.of(without),
                List.of(undertaking), TODAY.plusDays(1)));
    }
}
