package eu.art28.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.Term;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.coverage.control.SensitiveCategories;
import eu.art28.incidents.control.AffectedEngagements.Affected;

class AffectedEngagementsTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final Map<Long, String> NAMES = Map.of(1L, "Shop", 2L, "MailCloud", 3L, "Backup Inc", 4L, "Payroll",
            5L, "Printer");
    static final SensitiveCategories SENSITIVE = new SensitiveCategories(Set.of("health"), Set.of("criminal"));

    static LinkScope link(long id, long from, long to, Set<String> purposes, LocalDate ends) {
        return new LinkScope(id, from, NAMES.get(from), to, NAMES.get(to), "service", START, ends,
                Authorisation.SPECIFIC, Decision.APPROVED, null, null, true, purposes, Set.of("contact", "health"),
                Set.of("NL"), Map.of());
    }

    static EngagementScope engagement(long id, long processor, String purpose, String category, LocalDate until) {
        return new EngagementScope(id, processor, "E" + id + " (" + NAMES.get(processor) + ")", Set.of(purpose),
                Set.of(category), Set.of("customers"), Set.of("NL"), START, until);
    }

    static AgreementScope agreement(long id, String label, String purpose, LocalDate effective) {
        return new AgreementScope(id, label, new Term(AgreementStatus.APPROVED, effective, null, false, null, null,
                null, null), Set.of(purpose), Set.of("contact"), Set.of("customers"), false, Set.of("NL"), Map.of(),
                SubProcessing.SPECIFIC, true);
    }

    /** Shop → MailCloud → Backup Inc, Payroll → Backup Inc, Shop → Printer; the breach is at Backup Inc. */
    static final Chain CHAIN = Chain.of(List.of(link(10, 1, 2, Set.of("e"), null), link(11, 2, 3, Set.of("e"), null),
            link(12, 4, 3, Set.of("hr"), null), link(13, 1, 5, Set.of("e"), null)));

    static List<Affected> derive(List<EngagementScope> engagements) {
        return AffectedEngagements.derive(3, DAY, CHAIN, engagements, Map.of(1L, List.of(
                agreement(100, "DPA-SHOP r1", "e", START), agreement(101, "DPA-SHOP r2", "e", DAY.plusDays(1)),
                agreement(102, "DPA-SHOP-HR", "hr", START))), SENSITIVE);
    }

    @Test
    void theProcessorsToReadAreTheSourceAndEveryOneAboveIt() {
        assertEquals(Set.of(3L, 2L, 1L, 4L), AffectedEngagements.processorsToRead(3, CHAIN));
        assertEquals(Set.of(5L, 1L), AffectedEngagements.processorsToRead(5, CHAIN));
    }

    @Test
    void aSubprocessorsBreachReachesTheTopEngagementsAlongEveryPathThatCarriesTheirData() {
        List<Affected> affected = derive(List.of(engagement(20, 1, "e.mailing", "contact", null),
                engagement(21, 4, "hr.payroll", "health", null), engagement(22, 3, "backup", "contact", null)));
        assertEquals(List.of(22L, 20L, 21L), affected.stream().map(Affected::engagementId).toList());
        assertTrue(affected.get(0).direct(), "the sub-processor's own engagement with us");
        assertEquals(List.of("Shop \u2192 MailCloud \u2192 Backup Inc"), affected.get(1).paths());
        assertEquals(List.of("Payroll \u2192 Backup Inc"), affected.get(2).paths());
    }

    @Test
    void engagementsWhoseDataDoesNotPassOrThatDoNotRunOnTheDayAreNotAffected() {
        List<Affected> affected = derive(List.of(engagement(30, 1, "hr", "contact", null),
                engagement(31, 1, "e", "contact", DAY.minusDays(1)), engagement(32, 5, "e", "contact", null),
                engagement(33, 1, "e", "contact", DAY)));
        assertEquals(List.of(33L), affected.stream().map(Affected::engagementId).toList(),
                "hr is not carried by Shop's link, 31 ended the day before, Printer is not above Backup Inc");
    }

    @Test
    void aLinkThatEndedBeforeTheDayLeadsNowhere() {
        Chain ended = Chain.of(List.of(link(10, 1, 2, Set.of("e"), DAY.minusDays(1)),
                link(11, 2, 3, Set.of("e"), null)));
        assertEquals(List.of(), AffectedEngagements.derive(3, DAY, ended,
                List.of(engagement(20, 1, "e", "contact", null)), Map.of(), SENSITIVE));
    }

    @Test
    void sensitiveCategoriesAreFlaggedAndTheAgreementsInForceOnTheDayNamed() {
        Affected affected = derive(List.of(engagement(40, 1, "e.mailing", "health.allergies", null))).get(0);
        assertTrue(affected.sensitive());
        assertEquals(List.of("Art. 9"), affected.dataCategories().get(0).articles());
        assertEquals(List.of("DPA-SHOP r1"), affected.agreements(), "r2 starts the day after; HR covers no purpose");
        assertFalse(derive(List.of(engagement(41, 1, "e", "contact", null))).get(0).sensitive());
    }
}
