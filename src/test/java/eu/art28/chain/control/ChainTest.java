package eu.art28.chain.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;

class ChainTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Map<Long, String> NAMES = Map.of(1L, "Drukkerij", 2L, "MailCloud", 3L, "Backup Inc", 4L, "Printer",
            5L, "Archive");

    static LinkScope link(long id, long from, long to) {
        return link(id, from, to, LocalDate.of(2026, 1, 1), null, null);
    }

    static LinkScope link(long id, long from, long to, LocalDate starts, LocalDate ends, Long replaces) {
        return new LinkScope(id, from, NAMES.get(from), to, NAMES.get(to), "service " + id, starts, ends,
                Authorisation.SPECIFIC, Decision.APPROVED, null, replaces, true, Set.of("e"), Set.of("contact"),
                Set.of("NL"), Map.of());
    }

    static List<String> labels(List<Chain.Path> paths) {
        return paths.stream().map(Chain.Path::label).toList();
    }

    @Test
    void pathsReachEveryDepthAndNameTheWholeWay() {
        Chain chain = Chain.of(List.of(link(10, 1, 2), link(11, 2, 3), link(12, 1, 4)));
        assertEquals(List.of("Drukkerij \u2192 MailCloud", "Drukkerij \u2192 MailCloud \u2192 Backup Inc",
                "Drukkerij \u2192 Printer"), labels(chain.paths(1, TODAY, l -> true)));
        assertEquals(List.of("MailCloud \u2192 Backup Inc"), labels(chain.paths(2, TODAY, l -> true)));
        assertEquals(List.of(), chain.paths(3, TODAY, l -> true));
    }

    @Test
    void aPathFollowsOnlyTheLinksThatCarryTheData() {
        Chain chain = Chain.of(List.of(link(10, 1, 2), link(11, 2, 3)));
        assertEquals(List.of("Drukkerij \u2192 MailCloud"), labels(chain.paths(1, TODAY, l -> l.id() != 11)));
        assertEquals(List.of(), chain.paths(1, TODAY, l -> l.id() != 10), "beneath an unused link nothing is reached");
    }

    @Test
    void aCycleInTheDataDoesNotLoop() {
        Chain chain = Chain.of(List.of(link(10, 1, 2), link(11, 2, 3), link(12, 3, 1)));
        assertEquals(2, chain.paths(1, TODAY, l -> true).size());
        assertEquals(1, chain.tree(1, TODAY).size());
    }

    @Test
    void aLinkThatWouldCloseACircleIsRecognisedAtAnyDepth() {
        Chain chain = Chain.of(List.of(link(10, 1, 2), link(11, 2, 3)));
        assertTrue(chain.wouldCycle(3, 1), "Backup Inc -> Drukkerij closes Drukkerij -> MailCloud -> Backup Inc");
        assertTrue(chain.wouldCycle(2, 1));
        assertTrue(chain.wouldCycle(4, 4), "nobody is their own sub-processor");
        assertFalse(chain.wouldCycle(1, 3), "a second way down is no circle");
        assertFalse(chain.wouldCycle(4, 1));
    }

    @Test
    void linksCountWithinTheirDatesBothInclusive() {
        LinkScope link = link(10, 1, 2, TODAY, TODAY.plusDays(10), null);
        Chain chain = Chain.of(List.of(link));
        assertFalse(chain.activeOn(link, TODAY.minusDays(1)));
        assertTrue(chain.activeOn(link, TODAY));
        assertTrue(chain.activeOn(link, TODAY.plusDays(10)));
        assertFalse(chain.activeOn(link, TODAY.plusDays(11)));
    }

    @Test
    void aReplacementTakesOverOnItsStartUnlessObjectedTo() {
        LinkScope old = link(10, 1, 2);
        LinkScope replacement = link(11, 1, 5, TODAY.plusDays(30), null, 10L);
        Chain chain = Chain.of(List.of(old, replacement));
        assertTrue(chain.activeOn(old, TODAY.plusDays(29)));
        assertFalse(chain.activeOn(old, TODAY.plusDays(30)));
        assertEquals(List.of("Drukkerij \u2192 Archive"), labels(chain.paths(1, TODAY.plusDays(30), l -> true)));

        LinkScope objected = new LinkScope(11, 1, "Drukkerij", 5, "Archive", "archive", TODAY.plusDays(30), null,
                Authorisation.GENERAL, Decision.OBJECTED, TODAY.plusDays(20), 10L, true, Set.of("e"),
                Set.of("contact"), Set.of("NL"), Map.of());
        assertTrue(Chain.of(List.of(old, objected)).activeOn(old, TODAY.plusDays(40)));
    }

    @Test
    void theTreeShowsCurrentAndFutureLinksButNotEndedOnes() {
        Chain chain = Chain.of(List.of(link(10, 1, 2), link(11, 2, 3),
                link(12, 1, 4, LocalDate.of(2025, 1, 1), TODAY.minusDays(1), null),
                link(13, 1, 5, TODAY.plusDays(60), null, null)));
        List<Chain.Node> tree = chain.tree(1, TODAY);
        assertEquals(List.of(2L, 5L), tree.stream().map(n -> n.link().subprocessorId()).toList());
        assertEquals(3L, tree.get(0).children().get(0).link().subprocessorId());
    }

    @Test
    void upstreamAreAllWhoseEngagementsMayReachAProcessor() {
        Chain chain = Chain.of(List.of(link(10, 1, 2), link(11, 2, 3), link(12, 4, 3)));
        assertEquals(Set.of(1L, 2L, 4L), chain.upstream(3));
        assertEquals(Set.of(), chain.upstream(1));
    }
}
