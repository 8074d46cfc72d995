package eu.art28.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.LinkStatus;

class RecipientsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Map<Long, String> NAMES = Map.of(1L, "Drukkerij", 2L, "MailCloud", 3L, "Backup Inc", 4L, "Archive",
            5L, "Payroll Ltd");

    static EngagementScope engagement(long id, long processor, Set<String> purposes, Set<String> categories) {
        return new EngagementScope(id, processor, "engagement " + id, purposes, categories, Set.of("customers"),
                Set.of("NL"), TODAY.minusMonths(1), null);
    }

    static LinkScope link(long id, long from, long to, Set<String> purposes, Set<String> categories, String country) {
        return new LinkScope(id, from, NAMES.get(from), to, NAMES.get(to), "service " + id, TODAY.minusMonths(2), null,
                Authorisation.GENERAL, null, TODAY.plusDays(5), null, true, purposes, categories, Set.of(country),
                Map.of());
    }

    static List<String> paths(List<Recipients.Recipient> recipients) {
        return recipients.stream().map(r -> r.depth() + " " + r.path()).toList();
    }

    static List<Recipients.Recipient> ask(List<EngagementScope> engagements, Chain chain, String purpose,
            String category) {
        return Recipients.recipients(Recipients.uses(engagements, purpose, category, TODAY), chain, NAMES, TODAY);
    }

    @Test
    void followsTheDataDownEveryDepthOnlyThroughLinksThatCarryIt() {
        Chain chain = Chain.of(List.of(link(10, 1, 2, Set.of("e.mailing"), Set.of("contact"), "IE"),
                link(11, 2, 3, Set.of("e"), Set.of("contact.address"), "DE"),
                link(12, 2, 4, Set.of("b"), Set.of("contact"), "US"),
                link(13, 1, 4, Set.of("e.newsletter"), Set.of("contact"), "US")));
        List<EngagementScope> engagements = List.of(engagement(1, 1, Set.of("e"), Set.of("contact")),
                engagement(2, 5, Set.of("h"), Set.of("financial")));

        List<Recipients.Recipient> recipients = ask(engagements, chain, "e.mailing", null);

        assertEquals(List.of("0 Drukkerij", "1 Drukkerij \u2192 MailCloud",
                "2 Drukkerij \u2192 MailCloud \u2192 Backup Inc"), paths(recipients),
                "not the archive for backups (purpose b) nor the one for newsletters, nor payroll");
        assertNull(recipients.get(0).status(), "the engaged processor is ours, no link to judge");
        assertEquals(List.of("NL"), recipients.get(0).countries());
        assertEquals(LinkStatus.PENDING, recipients.get(2).status());
        assertEquals(List.of("DE"), recipients.get(2).countries());
    }

    @Test
    void aDataCategoryNarrowsTheWayAsWellAndBothTogetherMustMatch() {
        Chain chain = Chain.of(List.of(link(10, 1, 2, Set.of("e"), Set.of("contact.email"), "IE"),
                link(11, 1, 3, Set.of("e"), Set.of("contact.address"), "DE")));
        List<EngagementScope> engagements = List.of(engagement(1, 1, Set.of("e.mailing"), Set.of("contact")));

        assertEquals(List.of("0 Drukkerij", "1 Drukkerij \u2192 MailCloud"),
                paths(ask(engagements, chain, null, "contact.email")));
        assertEquals(List.of("0 Drukkerij", "1 Drukkerij \u2192 Backup Inc"),
                paths(ask(engagements, chain, "e", "contact.address.postcode")));
        assertEquals(List.of(), paths(ask(engagements, chain, "b", "contact.email")),
                "the engagement does not use purpose b");
        assertEquals(List.of(), paths(ask(engagements, chain, null, null)), "no question, no answer");
    }

    @Test
    void aRecipientReachedForSeveralEngagementsIsListedOnceNamingThemAll() {
        Chain chain = Chain.of(List.of(link(10, 1, 2, Set.of("e"), Set.of("contact"), "IE")));
        List<EngagementScope> engagements = List.of(engagement(2, 1, Set.of("e.mailing"), Set.of("contact")),
                engagement(1, 1, Set.of("e.survey"), Set.of("contact")));

        List<Recipients.Recipient> recipients = ask(engagements, chain, "e", null);

        assertEquals(List.of("0 Drukkerij", "1 Drukkerij \u2192 MailCloud"), paths(recipients));
        assertEquals(List.of("engagement 1", "engagement 2"), recipients.get(1).engagements());
    }

    @Test
    void onlyEngagementsRunningOnTheDayCount() {
        EngagementScope ended = new EngagementScope(1, 1, "ended", Set.of("e"), Set.of("contact"), Set.of(),
                Set.of("NL"), TODAY.minusYears(1), TODAY.minusDays(1));
        EngagementScope future = new EngagementScope(2, 5, "future", Set.of("e"), Set.of("contact"), Set.of(),
                Set.of("NL"), TODAY.plusDays(1), null);

        assertEquals(List.of(), paths(ask(List.of(ended, future), Chain.NONE, "e", null)));
    }
}
