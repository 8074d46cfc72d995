package eu.art28.coverage.control;

import static eu.art28.coverage.control.CoverageEngineTest.ENGINE;
import static eu.art28.coverage.control.CoverageEngineTest.START;
import static eu.art28.coverage.control.CoverageEngineTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

import eu.art28.agreements.entity.SubProcessing;
import eu.art28.alerts.entity.Subject;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.coverage.control.CoverageEngineTest.A;
import eu.art28.coverage.control.CoverageEngineTest.E;

/**
 * The engine down the sub-processor chain: the printing house (7) uses a mailing platform (8), which uses a
 * data centre (9), which archives at a US firm (10). Expected findings name the whole path.
 */
class ChainCoverageTest {

    static final Map<Long, String> NAMES = Map.of(7L, "Drukkerij", 8L, "MailStream", 9L, "DataCentre", 10L,
            "Archive US");

    /** A link under construction; defaults: approved by name, within the standard agreement, flow-down confirmed. */
    static final class L {
        static long ids = 100;
        final long id = ids++;
        final long from;
        final long to;
        Authorisation authorisation = Authorisation.SPECIFIC;
        Decision decision = Decision.APPROVED;
        LocalDate deadline;
        LocalDate starts = START;
        LocalDate ends;
        boolean flowDown = true;
        Set<String> purposes = Set.of("e");
        Set<String> categories = Set.of("contact");
        Set<String> countries = Set.of("NL");
        Map<String, TransferSafeguard> safeguards = Map.of();

        L(long from, long to) { this.from = from; this.to = to; }
        L requested() { decision = null; return this; }
        L general(Decision d, LocalDate deadline) { authorisation = Authorisation.GENERAL; decision = d; this.deadline = deadline; return this; }
        L noFlowDown() { flowDown = false; return this; }
        L purposes(String... p) { purposes = Set.of(p); return this; }
        L categories(String... c) { categories = Set.of(c); return this; }
        L countries(String... c) { countries = Set.of(c); return this; }
        L safeguard(String c) { safeguards = Map.of(c, TransferSafeguard.SCC_2021_914_MODULE_3); return this; }
        L period(LocalDate s, LocalDate e) { starts = s; ends = e; return this; }

        LinkScope build() {
            return new LinkScope(id, from, NAMES.get(from), to, NAMES.get(to), "service", starts, ends, authorisation,
                    decision, deadline, null, flowDown, purposes, categories, countries, safeguards);
        }
    }

    static A allowing(SubProcessing how) {
        return new A().subProcessing(how).countries("NL", "IE", "US");
    }

    static Arguments c(String name, A agreement, List<L> links, String... expected) {
        return Arguments.of(name, agreement, links, List.of(expected));
    }

    static Stream<Arguments> cases() {
        String p = "Drukkerij \u2192 MailStream";
        return Stream.of(
                c("no sub-processors, nothing to say", allowing(SubProcessing.SPECIFIC), List.of()),
                c("an approved sub-processor within scope", allowing(SubProcessing.SPECIFIC), List.of(new L(7, 8))),
                c("sub-processing not allowed at all", allowing(SubProcessing.NOT_ALLOWED), List.of(new L(7, 8)),
                        "SUBPROCESSING_NOT_ALLOWED:" + p),
                c("a specific request legal has not approved", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).requested()), "SUBPROCESSOR_NOT_AUTHORISED:" + p + " [REQUESTED]"),
                c("in use while the objection window is still open", allowing(SubProcessing.GENERAL),
                        List.of(new L(7, 8).general(null, TODAY.plusDays(3))),
                        "SUBPROCESSOR_NOT_AUTHORISED:" + p + " [PENDING]"),
                c("a general notice accepted after its deadline", allowing(SubProcessing.GENERAL),
                        List.of(new L(7, 8).general(null, TODAY.minusDays(1)))),
                c("objected to, used anyway", allowing(SubProcessing.GENERAL),
                        List.of(new L(7, 8).general(Decision.OBJECTED, TODAY.plusDays(3))),
                        "SUBPROCESSOR_NOT_AUTHORISED:" + p + " [OBJECTED]"),
                c("a general notice where the agreement demands specific authorisation",
                        allowing(SubProcessing.SPECIFIC), List.of(new L(7, 8).general(null, TODAY.minusDays(1))),
                        "SUBPROCESSOR_NOT_AUTHORISED:" + p + " [GENERAL \u2260 SPECIFIC]"),
                c("the sub-processor works for a purpose beyond the agreement", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).purposes("e", "c.fraud")),
                        "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT:" + p + ": c.fraud"),
                c("the sub-processor processes in a country the agreement does not list",
                        allowing(SubProcessing.SPECIFIC), List.of(new L(7, 8).countries("DE")),
                        "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT:" + p + ": DE"),
                c("flow-down not confirmed", allowing(SubProcessing.SPECIFIC), List.of(new L(7, 8).noFlowDown()),
                        "FLOW_DOWN_MISSING:" + p),
                c("a US archive three levels down without a safeguard", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8), new L(8, 9).countries("IE"), new L(9, 10).countries("US")),
                        "TRANSFER_WITHOUT_SAFEGUARD:Drukkerij \u2192 MailStream \u2192 DataCentre \u2192 Archive US: US"),
                c("the same archive with SCCs on its link", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8), new L(8, 9).countries("IE"), new L(9, 10).countries("US").safeguard("US"))),
                c("with SCCs for the US in the processor's agreement", allowing(SubProcessing.SPECIFIC).safeguard("US"),
                        List.of(new L(7, 8), new L(8, 9).countries("IE"), new L(9, 10).countries("US"))),
                c("a deeper link not authorised is named with its whole path", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8), new L(8, 9).requested()),
                        "SUBPROCESSOR_NOT_AUTHORISED:Drukkerij \u2192 MailStream \u2192 DataCentre [REQUESTED]"),
                c("a link for other purposes does not carry this engagement's data", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).purposes("b").requested())),
                c("a link for other data does not carry it either", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).categories("financial").requested())),
                c("beneath a link that does not carry the data nothing is reached", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).purposes("b"), new L(8, 9).requested())),
                c("a link for the parent purpose carries the child's data", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).requested()), "SUBPROCESSOR_NOT_AUTHORISED:" + p + " [REQUESTED]"),
                c("an ended link is not used", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).requested().period(START, TODAY.minusDays(1)))),
                c("a link that has not started is not used yet", allowing(SubProcessing.SPECIFIC),
                        List.of(new L(7, 8).requested().period(TODAY.plusDays(1), null))),
                c("a sub-processor receiving health data the agreement neither lists nor allows",
                        allowing(SubProcessing.SPECIFIC), List.of(new L(7, 8).categories("contact", "health")),
                        "SUBPROCESSOR_SCOPE_EXCEEDS_AGREEMENT:" + p + ": health",
                        "SPECIAL_CATEGORY_NOT_ALLOWED:" + p + ": health (Art. 9)"),
                c("criminal data listed in the agreement but not allowed, deeper down",
                        allowing(SubProcessing.SPECIFIC).categories("contact", "criminal-records"),
                        List.of(new L(7, 8), new L(8, 9).categories("contact", "criminal-records")),
                        "SPECIAL_CATEGORY_NOT_ALLOWED:Drukkerij \u2192 MailStream \u2192 DataCentre: criminal-records"
                                + " (Art. 10)"),
                c("sensitive data the agreement lists and allows passes down the chain",
                        allowing(SubProcessing.SPECIFIC).categories("contact", "health").special(),
                        List.of(new L(7, 8).categories("contact", "health"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesTheChain(String name, A agreement, List<L> links, List<String> expected) {
        Chain chain = Chain.of(links.stream().map(L::build).toList());
        List<String> actual = new ArrayList<>();
        for (Finding finding : ENGINE.evaluate(new E().build(), List.of(agreement.build()), chain, List.of(), TODAY)) {
            finding.missing().forEach(m -> actual.add(finding.rule() + ":" + m));
        }
        assertEquals(expected, actual, name);
    }

    /** The fix of a transfer without safeguard points where the safeguard is missing: the link or the agreement. */
    static Stream<Arguments> transferFixes() {
        String fix = "alert.TRANSFER_WITHOUT_SAFEGUARD.fix";
        String linkFix = "alert.TRANSFER_WITHOUT_SAFEGUARD.link.fix";
        L usArchive = new L(9, 10).countries("US");
        return Stream.of(
                Arguments.of("a US archive's link without safeguard: record it on the link",
                        new E().build(), List.of(new L(7, 8), new L(8, 9).countries("IE"), usArchive), List.of(linkFix)),
                Arguments.of("the processor itself in the US without safeguard: amend the agreement",
                        new E().countries("NL", "US").build(), List.of(new L(7, 8)), List.of(fix)),
                Arguments.of("both: each where it belongs",
                        new E().countries("NL", "US").build(),
                        List.of(new L(7, 8), new L(8, 9).countries("IE"), usArchive), List.of(fix, linkFix)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transferFixes")
    void aMissingSafeguardOnASubprocessorLinkIsFixedOnTheLink(String name, EngagementScope engagement, List<L> links,
            List<String> expected) {
        Chain chain = Chain.of(links.stream().map(L::build).toList());
        List<Finding> transfers = ENGINE.evaluate(engagement, List.of(allowing(SubProcessing.SPECIFIC).build()), chain,
                List.of(), TODAY).stream().filter(f -> f.rule() == Rule.TRANSFER_WITHOUT_SAFEGUARD).toList();
        assertEquals(1, transfers.size(), name);
        assertEquals(expected, transfers.get(0).fixKeys(), name);
    }

    @Test
    void aFindingAboutALinkItselfIsFixedOnTheLink() {
        assertEquals(List.of("alert.TRANSFER_WITHOUT_SAFEGUARD.link.fix"),
                Finding.fixKeys(Rule.TRANSFER_WITHOUT_SAFEGUARD, Subject.link(12), List.of("US")));
        assertEquals(List.of("alert.SUBPROCESSOR_NOT_AUTHORISED.fix"), Finding.fixKeys(Rule.SUBPROCESSOR_NOT_AUTHORISED,
                Subject.of(7, 1L), List.of("Drukkerij \u2192 MailStream [REQUESTED]")));
    }
}
