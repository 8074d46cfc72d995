package eu.art28.risk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Rule;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.SensitiveCategories;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.InvalidInput;
import eu.art28.processors.entity.ReviewOutcome;
import eu.art28.processors.entity.RiskTier;
import eu.art28.risk.entity.RecordKind;
import eu.art28.risk.entity.RiskFactor;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferCountry;
import eu.art28.transfers.entity.TransferSafeguard;

/** The scoring policy with its default settings: each factor alone, combinations, bounds and the tier. */
class RiskPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final long P = 1;
    static final RiskPolicy POLICY = RiskPolicy.parse(RiskPolicy.defaults());
    static final SensitiveCategories SENSITIVE = new SensitiveCategories(Set.of("health"), Set.of("criminal-records"));
    static final TransferRules TRANSFERS = TransferRules.of(List.of(
            new TransferCountry.Row("NL", true, null, null, null, false),
            new TransferCountry.Row("CH", false, "2000/518/EC", LocalDate.of(2000, 7, 26), null, false),
            new TransferCountry.Row("US", false, "(EU) 2023/1795", LocalDate.of(2023, 7, 10), null, true)));

    /** A processor under construction: by default one ordinary engagement (contact details of visitors, in NL). */
    static final class Given {
        List<EngagementScope> engagements = new ArrayList<>();
        List<AgreementScope> agreements = new ArrayList<>();
        List<LinkScope> links = new ArrayList<>();
        List<EvidenceScope> evidence = new ArrayList<>();
        List<String> services = new ArrayList<>();
        RiskInput.LastReview review;
        List<RiskInput.OpenAlert> alerts = new ArrayList<>();
        RiskInput.Questionnaire questionnaire;
        List<RiskInput.Breach> breaches = new ArrayList<>();

        Given engagement(Set<String> categories, Set<String> subjects, Set<String> countries) {
            long id = 100 + engagements.size();
            engagements.add(new EngagementScope(id, P, "Engagement " + id, Set.of("e"), categories, subjects,
                    countries, TODAY.minusYears(1), null, null, RiskTier.MEDIUM));
            return this;
        }

        Given data(String... categories) {
            return engagement(Set.of(categories), Set.of("website-visitors"), Set.of("NL"));
        }

        Given subjects(String... subjects) {
            return engagement(Set.of("contact"), Set.of(subjects), Set.of("NL"));
        }

        Given countries(String... countries) {
            return engagement(Set.of("contact"), Set.of("website-visitors"), Set.of(countries));
        }

        /** An ordinary engagement that states its number of data subjects (null: not stated). */
        Given counted(Long dataSubjects) {
            long id = 100 + engagements.size();
            engagements.add(new EngagementScope(id, P, "Engagement " + id, Set.of("e"), Set.of("contact"),
                    Set.of("website-visitors"), Set.of("NL"), TODAY.minusYears(1), null, null, RiskTier.MEDIUM,
                    dataSubjects));
            return this;
        }

        Given safeguard(String country, TransferSafeguard safeguard) {
            agreements.add(new AgreementScope(1, "DPA", new Term(AgreementStatus.APPROVED, TODAY.minusYears(2), null,
                    false, null, null, null, null), Set.of("e"), Set.of("contact"), Set.of("website-visitors"), false,
                    Set.of(country), Map.of(country, safeguard), SubProcessing.SPECIFIC, true));
            return this;
        }

        Given link(long from, long to) {
            links.add(new LinkScope(10 + links.size(), from, "P" + from, to, "P" + to, "service", TODAY.minusYears(1),
                    null, Authorisation.SPECIFIC, Decision.APPROVED, null, null, true, Set.of("e"), Set.of("contact"),
                    Set.of("NL"), Map.of()));
            return this;
        }

        Given evidence(EvidenceType type, LocalDate until) {
            evidence.add(new EvidenceScope(50 + evidence.size(), P, type, "Issuer", TODAY.minusYears(1), until));
            return this;
        }

        Given service(String service) {
            services.add(service);
            return this;
        }

        Given reviewed(ReviewOutcome outcome) {
            review = new RiskInput.LastReview(7, outcome, TODAY.minusMonths(2));
            return this;
        }

        Given alert(Rule rule) {
            alerts.add(new RiskInput.OpenAlert(200 + alerts.size(), rule, rule.severity()));
            return this;
        }

        /** The last accepted security questionnaire scored {@code score} %, answered on the day. */
        Given questionnaire(int score, LocalDate answeredOn) {
            questionnaire = new RiskInput.Questionnaire(300, score, answeredOn);
            return this;
        }

        /** A breach reported by it or at it, numbered 400 and up, we became aware of on the day. */
        Given breach(LocalDate awareOn, boolean highRisk, boolean open) {
            breaches.add(new RiskInput.Breach(400 + breaches.size(), awareOn, highRisk, open));
            return this;
        }

        RiskScore score() {
            return score(POLICY);
        }

        RiskScore score(RiskPolicy policy) {
            return policy.score(new RiskInput(P, services, engagements, agreements, Chain.of(links), evidence, review,
                    alerts, questionnaire, breaches), SENSITIVE, TRANSFERS, TODAY);
        }
    }

    static Given given() {
        return new Given();
    }

    static Stream<Arguments> inherentFactorsAlone() {
        return Stream.of(
                Arguments.of("health data (Art. 9)", given().data("health"), RiskFactor.SPECIAL_CATEGORY, 35),
                Arguments.of("beneath a special category", given().data("health.medication"),
                        RiskFactor.SPECIAL_CATEGORY, 35),
                Arguments.of("criminal records (Art. 10)", given().data("criminal-records"), RiskFactor.CRIMINAL_DATA,
                        35),
                Arguments.of("identity documents", given().data("identity-documents"), RiskFactor.IDENTITY_DOCUMENTS,
                        15),
                Arguments.of("financial data", given().data("financial"), RiskFactor.FINANCIAL_DATA, 10),
                Arguments.of("credit checks", given().data("credit-checks"), RiskFactor.FINANCIAL_DATA, 10),
                Arguments.of("location", given().data("location.gps"), RiskFactor.LOCATION_DATA, 10),
                Arguments.of("children", given().subjects("children"), RiskFactor.CHILDREN, 20),
                Arguments.of("patients", given().subjects("patients"), RiskFactor.PATIENTS, 20),
                Arguments.of("employees", given().subjects("staff"), RiskFactor.EMPLOYEES, 10),
                Arguments.of("customers", given().subjects("customers"), RiskFactor.CUSTOMERS, 5),
                Arguments.of("adequate country", given().countries("NL", "CH"), RiskFactor.TRANSFER_ADEQUATE, 5),
                Arguments.of("safeguarded transfer", given().countries("US")
                        .safeguard("US", TransferSafeguard.SCC_2021_914_MODULE_2),
                        RiskFactor.TRANSFER_SAFEGUARDED, 10),
                Arguments.of("transfer without safeguard", given().countries("US"), RiskFactor.TRANSFER_UNSAFE, 25),
                Arguments.of("one sub-processor", given().data("contact").link(P, 2), RiskFactor.CHAIN_BREADTH, 2),
                Arguments.of("critical service", given().data("contact").service("Cloud hosting"),
                        RiskFactor.CRITICAL_SERVICE, 15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void inherentFactorsAlone(String what, Given given, RiskFactor factor, int points) {
        RiskScore score = given.score();
        assertEquals(List.of(factor), score.parts().stream().map(RiskScore.Part::factor).toList(), what);
        assertEquals(points, score.inherent(), what);
        assertEquals(points, score.residual(), what + ": nothing lowers or raises it");
        assertEquals(points, score.parts().get(0).points(), what);
        assertTrue(score.parts().get(0).reason().startsWith("risk.reason." + factor.name()), what);
    }

    @Test
    void ordinaryProcessingCarriesNoRisk() {
        RiskScore score = given().data("contact").score();
        assertEquals(0, score.inherent());
        assertEquals(0, score.residual());
        assertEquals(RiskTier.LOW, score.tier());
        assertEquals(List.of(), score.parts());
    }

    @Test
    void aFactorCountsOnceHoweverManyEngagementsShareIt() {
        RiskScore score = given().data("health").data("health").data("health.dental").score();
        assertEquals(35, score.inherent());
        RiskScore.Part part = score.parts().get(0);
        assertEquals(RecordKind.ENGAGEMENT, part.kind());
        assertEquals(100L, part.recordId(), "the first engagement that raises it is the one to link to");
    }

    @Test
    void endedEngagementsNoLongerCount() {
        Given given = given();
        given.engagements.add(new EngagementScope(1, P, "ended", Set.of("e"), Set.of("health"), Set.of("patients"),
                Set.of("NL"), TODAY.minusYears(2), TODAY.minusDays(1), null, RiskTier.HIGH));
        assertEquals(0, given.score().inherent());
    }

    static Stream<Arguments> combinations() {
        return Stream.of(
                Arguments.of("health data of patients", given().engagement(Set.of("health"), Set.of("patients"),
                        Set.of("NL")), 55, RiskTier.HIGH),
                Arguments.of("financial data of customers", given().engagement(Set.of("financial"),
                        Set.of("customers"), Set.of("NL")), 15, RiskTier.LOW),
                Arguments.of("staff identity documents", given().engagement(Set.of("identity-documents"),
                        Set.of("staff"), Set.of("NL")), 25, RiskTier.MEDIUM),
                Arguments.of("the worst transfer counts, once", given().countries("CH").countries("US"), 25,
                        RiskTier.MEDIUM),
                Arguments.of("three levels deep, three sub-processors", given().data("contact").link(P, 2).link(2, 3)
                        .link(3, 4), 10 + 6, RiskTier.LOW),
                Arguments.of("depth and breadth up to their maxima", chain(8), 15 + 10, RiskTier.MEDIUM),
                Arguments.of("bounded to 100", given().engagement(Set.of("health", "criminal-records",
                        "identity-documents", "financial"), Set.of("children", "patients"), Set.of("US"))
                        .service("Payroll"), 100, RiskTier.HIGH));
    }

    /** A chain of {@code depth} processors, one beneath the other. */
    static Given chain(int depth) {
        Given given = given().data("contact");
        for (long level = 1; level <= depth; level++) {
            given.link(level, level + 1);
        }
        return given;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void combinations(String what, Given given, int inherent, RiskTier tier) {
        RiskScore score = given.score();
        assertEquals(inherent, score.inherent(), what);
        assertEquals(tier, score.tier(), what);
    }

    static Stream<Arguments> residual() {
        Given patients = given().engagement(Set.of("health"), Set.of("patients"), Set.of("NL"));
        return Stream.of(
                Arguments.of("a valid ISO 27001 takes 40 %", copy(patients).evidence(EvidenceType.ISO_27001, null),
                        33, RiskFactor.EVIDENCE),
                Arguments.of("the strongest evidence counts, not the sum", copy(patients)
                        .evidence(EvidenceType.ART32_MEASURES_ANNEX, null).evidence(EvidenceType.ISO_27001, null)
                        .evidence(EvidenceType.PENTEST_REPORT, null), 33, RiskFactor.EVIDENCE),
                Arguments.of("lapsed evidence takes nothing", copy(patients).evidence(EvidenceType.ISO_27001,
                        TODAY.minusDays(1)), 55, null),
                Arguments.of("a sufficient review takes 10 %", copy(patients).reviewed(ReviewOutcome.SUFFICIENT), 49,
                        RiskFactor.REVIEW_SUFFICIENT),
                Arguments.of("with actions: neither", copy(patients).reviewed(ReviewOutcome.SUFFICIENT_WITH_ACTIONS),
                        55, null),
                Arguments.of("an insufficient review adds 20", copy(patients).reviewed(ReviewOutcome.INSUFFICIENT), 75,
                        RiskFactor.REVIEW_INSUFFICIENT),
                Arguments.of("open alerts: 4 for high, 1 for others", copy(patients).alert(Rule.NO_AGREEMENT)
                        .alert(Rule.FLOW_DOWN_MISSING), 60, RiskFactor.OPEN_ALERTS),
                Arguments.of("open alerts up to 20", many(copy(patients), Rule.NO_AGREEMENT, 9), 75,
                        RiskFactor.OPEN_ALERTS),
                Arguments.of("overdue deadlines: 5 each", copy(patients).alert(Rule.EVIDENCE_EXPIRED)
                        .alert(Rule.REVIEW_DUE), 65, RiskFactor.OVERDUE_DEADLINES),
                Arguments.of("overdue deadlines up to 15", many(copy(patients), Rule.AGREEMENT_EXPIRED, 5), 70,
                        RiskFactor.OVERDUE_DEADLINES),
                Arguments.of("residual bounded to 100", many(given().engagement(Set.of("health", "criminal-records"),
                        Set.of("children"), Set.of("US")), Rule.NO_AGREEMENT, 9),
                        100, RiskFactor.OPEN_ALERTS),
                Arguments.of("nothing to lower below 0", given().data("contact").evidence(EvidenceType.ISO_27001, null)
                        .reviewed(ReviewOutcome.SUFFICIENT), 0, null));
    }

    static Given copy(Given original) {
        Given copy = given();
        copy.engagements.addAll(original.engagements);
        return copy;
    }

    static Given many(Given given, Rule rule, int times) {
        for (int i = 0; i < times; i++) {
            given.alert(rule);
        }
        return given;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void residual(String what, Given given, int residual, RiskFactor factor) {
        RiskScore score = given.score();
        assertEquals(residual, score.residual(), what);
        assertEquals(factor == null ? List.of() : List.of(factor),
                score.residualParts().stream().map(RiskScore.Part::factor).toList(), what);
    }

    static Stream<Arguments> questionnaire() {
        Given patients = given().engagement(Set.of("health"), Set.of("patients"), Set.of("NL"));
        LocalDate lastMonth = TODAY.minusMonths(1);
        return Stream.of(
                Arguments.of("no questionnaire: nothing", copy(patients), 55, null),
                Arguments.of("a good score (85 %) takes 15 %", copy(patients).questionnaire(85, lastMonth), 47, -8),
                Arguments.of("good from 80 %", copy(patients).questionnaire(80, lastMonth), 47, -8),
                Arguments.of("a fair score (65 %) takes 5 %", copy(patients).questionnaire(65, lastMonth), 52, -3),
                Arguments.of("fair from 50 %", copy(patients).questionnaire(50, lastMonth), 52, -3),
                Arguments.of("a poor score (49 %) adds 10", copy(patients).questionnaire(49, lastMonth), 65, 10),
                Arguments.of("still counts on the day it turns 24 months old", copy(patients)
                        .questionnaire(85, TODAY.minusMonths(24)), 47, -8),
                Arguments.of("a good score older than 24 months counts for nothing", copy(patients)
                        .questionnaire(95, TODAY.minusMonths(24).minusDays(1)), 55, 0),
                Arguments.of("a poor score older than 24 months counts for nothing", copy(patients)
                        .questionnaire(20, TODAY.minusYears(3)), 55, 0),
                Arguments.of("a poor score raises even what has no inherent risk", given().data("contact")
                        .questionnaire(30, lastMonth), 10, 10),
                Arguments.of("a good score has nothing to lower without inherent risk", given().data("contact")
                        .questionnaire(90, lastMonth), 0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void questionnaire(String what, Given given, int residual, Integer points) {
        RiskScore score = given.score();
        assertEquals(copy(given).score().inherent(), score.inherent(), what + ": the inherent risk is the processing's");
        assertEquals(residual, score.residual(), what);
        List<RiskScore.Part> parts = score.residualParts();
        assertEquals(points == null ? List.of() : List.of(RiskFactor.QUESTIONNAIRE),
                parts.stream().map(RiskScore.Part::factor).toList(), what);
        if (points != null) {
            assertEquals(points, parts.get(0).points(), what);
            assertEquals(RecordKind.REQUEST, parts.get(0).kind(), what + ": links to the request it comes from");
            assertEquals(300L, parts.get(0).recordId(), what);
        }
    }

    @Test
    void theQuestionnaireIsExplainedInBothLanguages() {
        RiskScore.Part good = given().engagement(Set.of("health"), Set.of("patients"), Set.of("NL"))
                .questionnaire(85, LocalDate.of(2026, 11, 7)).score().residualParts().get(0);
        assertEquals("Security questionnaire answered on 7 Nov 2026 scored 85 %, a good score: 15 % less",
                eu.art28.platform.control.Messages.shown(java.util.Locale.ENGLISH, good.reason()));
        assertEquals("Beveiligingsvragenlijst beantwoord op 7 nov. 2026 scoorde 85 %, een goede score: 15 % minder",
                eu.art28.platform.control.Messages.shown(java.util.Locale.forLanguageTag("nl"), good.reason()));
        RiskScore.Part old = given().data("contact").questionnaire(90, LocalDate.of(2024, 1, 2)).score().parts().get(0);
        assertEquals("Security questionnaire answered on 2 Jan 2024 (90 %) is older than 24 months and no longer"
                + " counts", eu.art28.platform.control.Messages.shown(java.util.Locale.ENGLISH, old.reason()));
    }

    @Test
    void theQuestionnaireSettingsAreThePolicys() {
        RiskPolicy strict = RiskPolicy.parse(RiskPolicy.defaults().replace("score.QUESTIONNAIRE_GOOD=80",
                "score.QUESTIONNAIRE_GOOD=90").replace("months.QUESTIONNAIRE=24", "months.QUESTIONNAIRE=6"));
        Given patients = given().engagement(Set.of("health"), Set.of("patients"), Set.of("NL"));
        assertEquals(52, copy(patients).questionnaire(85, TODAY.minusMonths(1)).score(strict).residual(),
                "85 % is only fair when good begins at 90");
        assertEquals(55, copy(patients).questionnaire(95, TODAY.minusMonths(7)).score(strict).residual(),
                "seven months is too old when six is the limit");
    }

    @Test
    void evidenceDoesNotLowerTheTierThatAsksForIt() {
        RiskScore score = given().engagement(Set.of("health"), Set.of("patients"), Set.of("NL"))
                .evidence(EvidenceType.ISO_27001, null).score();
        assertEquals(RiskTier.HIGH, score.tier());
        assertTrue(score.residual() < score.inherent());
    }

    @Test
    void factorsComeLargestFirstWhateverTheirSign() {
        RiskScore score = given().engagement(Set.of("health", "financial"), Set.of("patients"), Set.of("NL"))
                .evidence(EvidenceType.ISO_27001, null).score();
        assertEquals(List.of(RiskFactor.SPECIAL_CATEGORY, RiskFactor.EVIDENCE, RiskFactor.PATIENTS,
                RiskFactor.FINANCIAL_DATA), score.parts().stream().map(RiskScore.Part::factor).toList());
        assertEquals(-26, score.parts().get(1).points());
    }

    static Stream<Arguments> tiers() {
        return Stream.of(Arguments.of(0, RiskTier.LOW), Arguments.of(24, RiskTier.LOW),
                Arguments.of(25, RiskTier.MEDIUM), Arguments.of(49, RiskTier.MEDIUM), Arguments.of(50, RiskTier.HIGH),
                Arguments.of(100, RiskTier.HIGH));
    }

    @ParameterizedTest(name = "inherent {0}: {1}")
    @MethodSource
    void tiers(int inherent, RiskTier tier) {
        assertEquals(tier, POLICY.tier(inherent));
    }

    static Stream<Arguments> wrongSettings() {
        return Stream.of(
                Arguments.of("version=1\npoints.SPECIAL_CATEGORY=101", "settings.points.SPECIAL_CATEGORY",
                        "risk.policy.number"),
                Arguments.of("version=1\npoints.CHILDREN=-5", "settings.points.CHILDREN", "risk.policy.number"),
                Arguments.of("version=1\npercent.ISO_27001=-1", "settings.percent.ISO_27001", "risk.policy.number"),
                Arguments.of("version=1\npoints.SPECIAL_CATEGORY=much", "settings.points.SPECIAL_CATEGORY",
                        "risk.policy.number"),
                Arguments.of("version=1\ncodes.SPECIAL=health", "settings.codes.SPECIAL", "risk.policy.noFactor"),
                Arguments.of("version=1\npercent.ISO_9001=10", "settings.percent.ISO_9001",
                        "risk.policy.noEvidenceType"),
                Arguments.of("version=1\ncolour=red", "settings.colour", "risk.policy.unknown"),
                Arguments.of("points.CHILDREN=1", "settings.version", "risk.policy.number"),
                Arguments.of("version=1\ntier.MEDIUM=60\ntier.HIGH=50", "settings.tier.MEDIUM", "risk.policy.tiers"),
                Arguments.of("version=1\nbands.SCALE=1000,1000\npoints.SCALE=0,1,2", "settings.bands.SCALE",
                        "risk.policy.bandsAscending"),
                Arguments.of("version=1\nbands.SCALE=100000,1000\npoints.SCALE=0,1,2", "settings.bands.SCALE",
                        "risk.policy.bandsAscending"),
                Arguments.of("version=1\nbands.SCALE=0,1000\npoints.SCALE=0,1,2", "settings.bands.SCALE",
                        "risk.policy.band"),
                Arguments.of("version=1\nbands.SCALE=many\npoints.SCALE=0,1", "settings.bands.SCALE",
                        "risk.policy.band"),
                Arguments.of("version=1\nbands.SCALE=1000,100000\npoints.SCALE=0,5", "settings.points.SCALE",
                        "risk.policy.bandPoints"),
                Arguments.of("version=1\nbands.SCALE=1000\npoints.SCALE=0,-5", "settings.points.SCALE",
                        "risk.policy.number"),
                Arguments.of("version=1\nscore.QUESTIONNAIRE_GOOD=60\nscore.QUESTIONNAIRE_POOR=70",
                        "settings.score.QUESTIONNAIRE_POOR", "risk.policy.questionnaireScores"),
                Arguments.of("version=1\nscore.QUESTIONNAIRE_GOOD=101", "settings.score.QUESTIONNAIRE_GOOD",
                        "risk.policy.number"),
                Arguments.of("version=1\nmonths.QUESTIONNAIRE=0", "settings.months.QUESTIONNAIRE",
                        "risk.policy.number"),
                Arguments.of("version=1\nscore.REVIEW=5", "settings.score.REVIEW", "risk.policy.unknown"),
                Arguments.of("version=1\nmonths.INCIDENTS=0", "settings.months.INCIDENTS", "risk.policy.number"),
                Arguments.of("version=1\nmonths.BREACHES=12", "settings.months.BREACHES", "risk.policy.noFactor"),
                Arguments.of("version=1\npoints.INCIDENTS_HIGH=101", "settings.points.INCIDENTS_HIGH",
                        "risk.policy.number"),
                Arguments.of("version=1\nmax.INCIDENTS=-1", "settings.max.INCIDENTS", "risk.policy.number"),
                Arguments.of("  ", "settings", "risk.policy.blank"),
                Arguments.of("x".repeat(RiskPolicy.TEXT_MAX + 1), "settings", "risk.policy.tooLong"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource
    void wrongSettings(String text, String field, String messageKey) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RiskPolicy.parse(text));
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals(field)
                && v.messageKey().equals(messageKey)), e.violations()::toString);
    }

    @Test
    void everyWrongSettingIsNamedAtOnce() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RiskPolicy.parse(
                "version=1\npoints.CHILDREN=-1\npoints.PATIENTS=200\ncolour=red"));
        assertEquals(Set.of("settings.points.CHILDREN", "settings.points.PATIENTS", "settings.colour"),
                e.violations().stream().map(InvalidInput.Violation::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aNewVersionMustHaveEverySettingAndTakesItsNumberFromArt28() {
        String withoutChildren = RiskPolicy.defaults().replaceAll("(?m)^points\\.CHILDREN=.*$", "");
        InvalidInput missing = assertThrows(InvalidInput.class, () -> RiskPolicy.nextVersion(withoutChildren, 2));
        assertEquals(List.of(new InvalidInput.Violation("settings.points.CHILDREN", "risk.policy.missing").field()),
                missing.violations().stream().map(InvalidInput.Violation::field).toList());

        RiskPolicy next = RiskPolicy.nextVersion(RiskPolicy.defaults().replace("points.CHILDREN=20",
                "points.CHILDREN=30"), 7);
        assertEquals(7, next.version(), "whatever the text said");
        assertTrue(next.text().contains("version=7") && !next.text().contains("version=1"), next.text());
        assertEquals(30, next.score(new RiskInput(P, List.of(), given().subjects("children").engagements, List.of(),
                Chain.of(List.of()), List.of(), null, List.of(), null, List.of()), SENSITIVE, TRANSFERS, TODAY)
                .inherent());
    }

    @Test
    void aStoredPolicyIsCompletedWithTheSettingsAnUpgradeAdds() {
        String beforeScale = RiskPolicy.defaults().replaceAll("(?m)^(bands|points)\\.SCALE=.*$", "")
                .replace("points.CHILDREN=20", "points.CHILDREN=30");
        RiskPolicy stored = RiskPolicy.parse(beforeScale);
        RiskPolicy completed = stored.completedBy(POLICY).orElseThrow();
        assertEquals(2, completed.version());
        assertEquals(List.of(1000L, 100000L, 1000000L), completed.scaleBands());
        assertTrue(completed.text().contains("points.CHILDREN=30"), "a person's choice is kept");
        assertTrue(POLICY.completedBy(POLICY).isEmpty(), "nothing lacks");
    }

    @Test
    void aStoredPolicyIsCompletedWithTheQuestionnaireSettings() {
        String beforeQuestionnaire = RiskPolicy.defaults().replaceAll("(?m)^[a-z]+\\.QUESTIONNAIRE(_[A-Z]+)?=.*$", "")
                .replace("version=1", "version=3");
        RiskPolicy stored = RiskPolicy.parse(beforeQuestionnaire);
        Given patients = given().engagement(Set.of("health"), Set.of("patients"), Set.of("NL"))
                .questionnaire(85, TODAY.minusMonths(1));
        assertEquals(55, copy(patients).questionnaire(85, TODAY.minusMonths(1)).score(stored).residual(),
                "without the settings a questionnaire counts for nothing");
        RiskPolicy completed = stored.completedBy(POLICY).orElseThrow();
        assertEquals(4, completed.version());
        for (String setting : List.of("score.QUESTIONNAIRE_GOOD=80", "score.QUESTIONNAIRE_POOR=50",
                "percent.QUESTIONNAIRE_GOOD=15", "percent.QUESTIONNAIRE_FAIR=5", "points.QUESTIONNAIRE_POOR=10",
                "months.QUESTIONNAIRE=24")) {
            assertTrue(completed.text().contains(setting), setting);
        }
        assertEquals(47, patients.score(completed).residual(), "the defaults score it once completed");
    }

    static Stream<Arguments> scaleBands() {
        return Stream.of(Arguments.of(0L, 0, 0), Arguments.of(999L, 0, 0), Arguments.of(1_000L, 1, 5),
                Arguments.of(99_999L, 1, 5), Arguments.of(100_000L, 2, 10), Arguments.of(999_999L, 2, 10),
                Arguments.of(1_000_000L, 3, 20), Arguments.of(50_000_000L, 3, 20));
    }

    @ParameterizedTest(name = "{0} data subjects: band {1}, {2} points")
    @MethodSource
    void scaleBands(long dataSubjects, int band, int points) {
        assertEquals(band, POLICY.band(dataSubjects));
        RiskScore score = given().counted(dataSubjects).score();
        assertEquals(points, score.inherent());
        assertEquals(points == 0 ? List.of() : List.of(RiskFactor.SCALE),
                score.parts().stream().map(RiskScore.Part::factor).toList(), "the smallest band adds nothing");
    }

    @Test
    void theLargestStatedScaleCountsOnceNamedInItsReason() {
        RiskScore score = given().counted(null).counted(250_000L).counted(2_000L).score();
        assertEquals(10, score.inherent(), "the largest, not the sum");
        RiskScore.Part part = score.parts().get(0);
        assertEquals(RecordKind.ENGAGEMENT, part.kind());
        assertEquals(101L, part.recordId());
        assertEquals("About 250,000 data subjects in Engagement 101",
                eu.art28.platform.control.Messages.shown(java.util.Locale.ENGLISH, part.reason()));
        assertEquals("Ongeveer 250.000 betrokkenen in Engagement 101",
                eu.art28.platform.control.Messages.shown(java.util.Locale.forLanguageTag("nl"), part.reason()));
        assertEquals(0, given().counted(null).score().inherent(), "not stated: no factor");
    }

    /**
     * Breaches on a processor that processes nothing sensitive (no inherent risk), so that their points are the
     * residual risk: 5 each, 10 more when the data subjects had to be told of a high risk, 5 more while open, up to 30
     * together, newest first; closed ones count for 24 months, open ones whatever their age.
     */
    static Stream<Arguments> breaches() {
        LocalDate lastMonth = TODAY.minusMonths(1);
        return Stream.of(
                Arguments.of("no breach: nothing", given().data("contact"), 0, List.of()),
                Arguments.of("a closed breach of last month: 5", given().data("contact")
                        .breach(lastMonth, false, false), 5, List.of(5)),
                Arguments.of("a high risk to the data subjects: 10 more", given().data("contact")
                        .breach(lastMonth, true, false), 15, List.of(15)),
                Arguments.of("not closed yet: 5 more", given().data("contact").breach(lastMonth, false, true), 10,
                        List.of(10)),
                Arguments.of("of high risk and open: 20, as much as an insufficient review", given().data("contact")
                        .breach(lastMonth, true, true), 20, List.of(20)),
                Arguments.of("a closed breach still counts on the day it turns 24 months old", given().data("contact")
                        .breach(TODAY.minusMonths(24), true, false), 15, List.of(15)),
                Arguments.of("a closed breach older than 24 months counts for nothing", given().data("contact")
                        .breach(TODAY.minusMonths(24).minusDays(1), true, false), 0, List.of()),
                Arguments.of("an open breach counts whatever its age", given().data("contact")
                        .breach(TODAY.minusYears(3), false, true), 10, List.of(10)),
                Arguments.of("each breach counts, newest first", given().data("contact")
                        .breach(TODAY.minusMonths(6), false, false).breach(lastMonth, false, true), 15,
                        List.of(10, 5)),
                Arguments.of("up to 30, newest first: the older gets what is left, the oldest nothing (largest first)",
                        given().data("contact").breach(TODAY.minusMonths(3), true, true)
                                .breach(TODAY.minusMonths(2), false, false).breach(lastMonth, true, false)
                                .breach(TODAY.minusMonths(4), false, false), 30, List.of(15, 10, 5)),
                Arguments.of("on top of the inherent risk, after evidence takes its share", given()
                        .engagement(Set.of("health"), Set.of("patients"), Set.of("NL"))
                        .evidence(EvidenceType.ISO_27001, TODAY.plusYears(1)).breach(lastMonth, true, true),
                        55 - 22 + 20, List.of(20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void breaches(String what, Given given, int residual, List<Integer> points) {
        RiskScore score = given.score();
        assertEquals(copy(given).score().inherent(), score.inherent(), what + ": breaches do not change the inherent"
                + " risk, nor so the tier");
        assertEquals(residual, score.residual(), what);
        List<RiskScore.Part> parts = score.residualParts().stream().filter(p -> p.factor() == RiskFactor.INCIDENTS)
                .toList();
        assertEquals(points, parts.stream().map(RiskScore.Part::points).toList(), what);
        parts.forEach(part -> assertEquals(RecordKind.INCIDENT, part.kind(), what + ": links to its incident"));
        assertEquals(parts.stream().map(RiskScore.Part::recordId).distinct().count(), parts.size(),
                what + ": one factor per incident");
    }

    @Test
    void aBreachIsNamedAndExplainedInBothLanguages() {
        RiskScore.Part part = given().data("contact").breach(LocalDate.of(2026, 11, 30), true, true).score()
                .residualParts().get(0);
        assertEquals(400L, part.recordId());
        assertEquals("Breach 400, known since 30 Nov 2026: the data subjects had to be told of a high risk to them;"
                + " not closed yet", eu.art28.platform.control.Messages.shown(java.util.Locale.ENGLISH, part.reason()));
        assertEquals("Datalek 400, bekend sinds 30 nov. 2026: de betrokkenen moesten worden ingelicht over een hoog"
                + " risico voor hen; nog niet afgesloten",
                eu.art28.platform.control.Messages.shown(java.util.Locale.forLanguageTag("nl"), part.reason()));
        RiskScore.Part closed = given().data("contact").breach(LocalDate.of(2026, 11, 30), false, false).score()
                .residualParts().get(0);
        assertEquals("Breach 400, known since 30 Nov 2026",
                eu.art28.platform.control.Messages.shown(java.util.Locale.ENGLISH, closed.reason()));
    }

    @Test
    void theBreachSettingsAreThePolicysAndAStoredPolicyIsCompletedWithThem() {
        RiskPolicy strict = RiskPolicy.parse(RiskPolicy.defaults().replace("months.INCIDENTS=24", "months.INCIDENTS=6")
                .replace("points.INCIDENTS_OPEN=5", "points.INCIDENTS_OPEN=15"));
        assertEquals(0, given().data("contact").breach(TODAY.minusMonths(7), true, false).score(strict).residual(),
                "seven months is too old when six is the limit");
        assertEquals(20, given().data("contact").breach(TODAY.minusMonths(1), false, true).score(strict).residual());

        String before = RiskPolicy.defaults().replaceAll("(?m)^[a-z]+\\.INCIDENTS(_[A-Z]+)?=.*$", "")
                .replace("version=1", "version=5");
        RiskPolicy stored = RiskPolicy.parse(before);
        Given breached = given().data("contact").breach(TODAY.minusMonths(1), true, true);
        assertEquals(0, breached.score(stored).residual(), "without the settings a breach counts for nothing");
        RiskPolicy completed = stored.completedBy(POLICY).orElseThrow();
        assertEquals(6, completed.version());
        for (String setting : List.of("points.INCIDENTS=5", "points.INCIDENTS_HIGH=10", "points.INCIDENTS_OPEN=5",
                "max.INCIDENTS=30", "months.INCIDENTS=24")) {
            assertTrue(completed.text().contains(setting), setting);
        }
        assertEquals(20, breached.score(completed).residual(), "the defaults score it once completed");
    }

    /** A processor not yet registered: only its services can raise its risk, as its first scoring will say. */
    @Test
    void theTierOfAProcessorAboutToBeRegisteredComesFromItsServices() {
        assertEquals(RiskTier.LOW, POLICY.tierOfUnregistered(List.of("Printing"), TODAY));
        assertEquals(RiskTier.LOW, POLICY.tierOfUnregistered(List.of("Cloud hosting"), TODAY), "15 points");
        RiskPolicy critical = RiskPolicy.parse(RiskPolicy.defaults().replace("points.CRITICAL_SERVICE=15",
                "points.CRITICAL_SERVICE=30"));
        assertEquals(RiskTier.MEDIUM, critical.tierOfUnregistered(List.of("Cloud hosting"), TODAY));
        assertEquals(RiskTier.LOW, critical.tierOfUnregistered(List.of("Printing"), TODAY));
        assertEquals(given().service("Cloud hosting").score(critical).tier(),
                critical.tierOfUnregistered(List.of("Cloud hosting"), TODAY), "as scoring it gives");
    }

    @Test
    void theDefaultsAreVersionOne() {
        assertEquals(1, POLICY.version());
        assertEquals(1, given().data("health").score().policyVersion());
    }
}
