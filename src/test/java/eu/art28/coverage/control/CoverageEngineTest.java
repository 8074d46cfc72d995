package eu.art28.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.Term;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.chain.control.Chain;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.Messages;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferCountry;

/** The coverage rule, case by case: what an engagement needs and what the agreements of its processor grant. */
class CoverageEngineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** The EEA states used here, a full adequacy decision (CH) and a partial one (US, the Data Privacy Framework). */
    static final TransferRules TRANSFERS = TransferRules.of(List.of(
            new TransferCountry.Row("NL", true, null, null, null, false),
            new TransferCountry.Row("BE", true, null, null, null, false),
            new TransferCountry.Row("DE", true, null, null, null, false),
            new TransferCountry.Row("IE", true, null, null, null, false),
            new TransferCountry.Row("NO", true, null, null, null, false),
            new TransferCountry.Row("CH", false, "2000/518/EC", LocalDate.of(2000, 7, 26), null, false),
            new TransferCountry.Row("US", false, "(EU) 2023/1795", LocalDate.of(2023, 7, 10), null, true)));
    static final CoverageEngine ENGINE = new CoverageEngine(
            new SensitiveCategories(Set.of("health"), Set.of("criminal-records")), TRANSFERS);
    static final AtomicLong IDS = new AtomicLong();

    /** An agreement scope under construction; defaults cover the standard engagement below. */
    static final class A {
        String label = "DPA-" + IDS.incrementAndGet();
        Term term = approved(START, null);
        Set<String> purposes = Set.of("e");
        Set<String> categories = Set.of("contact");
        Set<String> subjects = Set.of("customers");
        Set<String> countries = Set.of("NL");
        Map<String, TransferSafeguard> safeguards = Map.of();
        boolean special;
        SubProcessing subProcessing = SubProcessing.NOT_ALLOWED;
        boolean confidentiality = true;

        A term(Term t) { term = t; return this; }
        A purposes(String... p) { purposes = Set.of(p); return this; }
        A categories(String... c) { categories = Set.of(c); return this; }
        A subjects(String... s) { subjects = Set.of(s); return this; }
        A countries(String... c) { countries = Set.of(c); return this; }
        A safeguard(String country) { return safeguard(country, TransferSafeguard.SCC_2021_914_MODULE_2); }
        A safeguard(String country, TransferSafeguard s) { safeguards = Map.of(country, s); return this; }
        A subProcessing(SubProcessing s) { subProcessing = s; return this; }
        A withoutConfidentialityClause() { confidentiality = false; return this; }
        A special() { special = true; return this; }
        A label(String l) { label = l; return this; }

        AgreementScope build() {
            return new AgreementScope(IDS.incrementAndGet(), label, term, purposes, categories, subjects, special,
                    countries, safeguards, subProcessing, confidentiality);
        }
    }

    /** The engagement under judgement; defaults: the printing house's customer mailing. */
    static final class E {
        Set<String> purposes = Set.of("e.mailing");
        Set<String> categories = Set.of("contact.address");
        Set<String> subjects = Set.of("customers");
        Set<String> countries = Set.of("NL");
        LocalDate from = START;
        LocalDate until;

        E purposes(String... p) { purposes = Set.of(p); return this; }
        E categories(String... c) { categories = Set.of(c); return this; }
        E subjects(String... s) { subjects = Set.of(s); return this; }
        E countries(String... c) { countries = Set.of(c); return this; }
        E period(LocalDate f, LocalDate u) { from = f; until = u; return this; }

        EngagementScope build() {
            return new EngagementScope(1, 7, "customer mailing", purposes, categories, subjects, countries, from, until);
        }
    }

    static Term approved(LocalDate from, LocalDate until) {
        return new Term(AgreementStatus.APPROVED, from, until, false, null, null, null, null);
    }

    static Term status(AgreementStatus status) {
        return new Term(status, START, null, false, null, null, null, null);
    }

    static Term terminated(LocalDate on) {
        return new Term(AgreementStatus.TERMINATED, START, null, false, null, null, on, null);
    }

    static Term superseded(LocalDate on) {
        return new Term(AgreementStatus.SUPERSEDED, START, null, false, null, null, null, on);
    }

    static Term tacit(LocalDate firstTermEnd) {
        return new Term(AgreementStatus.APPROVED, START, firstTermEnd, true, 12, 90, null, null);
    }

    /** Expected: rule and the codes it names as missing, as "RULE:code,code". */
    static Arguments c(String name, E engagement, List<A> agreements, String... expected) {
        return Arguments.of(name, engagement, agreements, TODAY, List.of(expected));
    }

    static Arguments on(LocalDate day, String name, E engagement, List<A> agreements, String... expected) {
        return Arguments.of(name, engagement, agreements, day, List.of(expected));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the hierarchy, both ways
                c("exact purpose", new E().purposes("e"), List.of(new A())),
                c("parent purpose covers child", new E(), List.of(new A())),
                c("child purpose does not cover parent", new E().purposes("e"), List.of(new A().purposes("e.mailing")),
                        "PURPOSE_NOT_COVERED:e"),
                c("a shared prefix is no ancestor", new E().purposes("ex"), List.of(new A()), "PURPOSE_NOT_COVERED:ex"),
                c("grandparent covers grandchild", new E().purposes("e.mailing.spring"), List.of(new A())),
                c("data category parent covers child", new E().categories("contact.email"), List.of(new A())),
                c("data category child does not cover parent", new E().categories("contact"),
                        List.of(new A().categories("contact.address")), "DATA_CATEGORY_NOT_COVERED:contact"),
                c("data subject exact", new E().subjects("customers"), List.of(new A())),
                c("data subject missing", new E().subjects("customers", "prospects"), List.of(new A()),
                        "DATA_SUBJECT_NOT_COVERED:prospects"),
                c("only the missing purposes are named", new E().purposes("e.mailing", "c.fraud", "b"),
                        List.of(new A()), "PURPOSE_NOT_COVERED:b,c.fraud"),
                c("unknown code is simply not covered", new E().purposes("zz"), List.of(new A()),
                        "PURPOSE_NOT_COVERED:zz"),
                // several agreements together
                c("two agreements cover one purpose each", new E().purposes("e.mailing", "c.fraud"),
                        List.of(new A(), new A().purposes("c"))),
                c("one covers the purposes, the other the country", new E().countries("NL", "DE"),
                        List.of(new A(), new A().countries("DE"))),
                c("an expired agreement does not help", new E().purposes("e.mailing", "c.fraud"),
                        List.of(new A(), new A().purposes("c").term(approved(START, TODAY.minusDays(1)))),
                        "PURPOSE_NOT_COVERED:c.fraud"),
                // dates, boundaries inclusive
                on(START, "in force on its first day", new E(), List.of(new A())),
                on(START.minusDays(1), "not yet in force the day before", new E().period(START.minusDays(5), null),
                        List.of(new A()), "AGREEMENT_NOT_IN_FORCE:" + START.minusDays(1)),
                c("in force on its last day", new E(), List.of(new A().term(approved(START, TODAY)))),
                c("expired the day after", new E(), List.of(new A().term(approved(START, TODAY.minusDays(1)))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY),
                c("tacit renewal keeps it in force", new E(), List.of(new A().term(tacit(START.plusMonths(6))))),
                c("terminated today still in force today", new E(), List.of(new A().term(terminated(TODAY)))),
                c("terminated yesterday", new E(), List.of(new A().term(terminated(TODAY.minusDays(1)))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY),
                c("superseded today, its amendment approved", new E(),
                        List.of(new A().term(superseded(TODAY)).purposes("b"), new A())),
                c("superseded yesterday and nothing else", new E(), List.of(new A().term(superseded(TODAY.minusDays(1)))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY),
                // status
                c("no agreement at all", new E(), List.of(), "NO_AGREEMENT:"),
                c("only a draft", new E(), List.of(new A().term(status(AgreementStatus.DRAFT))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY),
                c("only a rejected version", new E(), List.of(new A().term(status(AgreementStatus.REJECTED))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY),
                c("only in review", new E(), List.of(new A().term(status(AgreementStatus.IN_REVIEW))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY),
                c("amendment pending: the approved version decides", new E().purposes("e.mailing", "c.fraud"),
                        List.of(new A(), new A().purposes("e", "c").term(status(AgreementStatus.IN_REVIEW))),
                        "PURPOSE_NOT_COVERED:c.fraud"),
                // an empty scope never passes silently
                c("agreement in force with no purposes", new E(), List.of(new A().purposes()),
                        "AGREEMENT_SCOPE_EMPTY:*", "PURPOSE_NOT_COVERED:e.mailing"),
                c("empty agreement beside a full one is still reported", new E(),
                        List.of(new A(), new A().countries()), "AGREEMENT_SCOPE_EMPTY:*"),
                // special categories (Art. 9) and criminal data (Art. 10): listed and allowed, or two findings
                c("special category allowed", new E().categories("health"), List.of(new A().categories("health").special())),
                c("special category covered but not allowed", new E().categories("health"),
                        List.of(new A().categories("health")), "SPECIAL_CATEGORY_NOT_ALLOWED:health (Art. 9)"),
                c("special inherits to sub-categories", new E().categories("health.medication"),
                        List.of(new A().categories("health")), "SPECIAL_CATEGORY_NOT_ALLOWED:health.medication (Art. 9)"),
                c("a special category the agreement does not list is not covered and not allowed",
                        new E().categories("health"), List.of(new A()),
                        "DATA_CATEGORY_NOT_COVERED:health", "SPECIAL_CATEGORY_NOT_ALLOWED:health (Art. 9)"),
                c("allowing special categories without listing this one is not enough", new E().categories("health"),
                        List.of(new A().special()),
                        "DATA_CATEGORY_NOT_COVERED:health", "SPECIAL_CATEGORY_NOT_ALLOWED:health (Art. 9)"),
                c("allowing special in one agreement and covering in another is not enough",
                        new E().categories("health"),
                        List.of(new A().categories("health"), new A().categories("contact").special()),
                        "SPECIAL_CATEGORY_NOT_ALLOWED:health (Art. 9)"),
                c("ordinary data needs no special permission", new E().categories("contact"), List.of(new A())),
                c("criminal data allowed", new E().categories("criminal-records"),
                        List.of(new A().categories("criminal-records").special())),
                c("criminal data listed but not allowed", new E().categories("criminal-records"),
                        List.of(new A().categories("criminal-records")),
                        "SPECIAL_CATEGORY_NOT_ALLOWED:criminal-records (Art. 10)"),
                c("criminal data the agreement does not list", new E().categories("contact", "criminal-records.fines"),
                        List.of(new A()), "DATA_CATEGORY_NOT_COVERED:criminal-records.fines",
                        "SPECIAL_CATEGORY_NOT_ALLOWED:criminal-records.fines (Art. 10)"),
                // countries and transfers
                c("EEA country listed", new E().countries("NL"), List.of(new A())),
                c("country not listed", new E().countries("NL", "BE"), List.of(new A()), "COUNTRY_NOT_COVERED:BE"),
                c("non-EEA with a safeguard", new E().countries("US"), List.of(new A().countries("US").safeguard("US"))),
                c("non-EEA without a safeguard", new E().countries("US"), List.of(new A().countries("US")),
                        "TRANSFER_WITHOUT_SAFEGUARD:US"),
                c("a safeguard in another agreement listing the country counts", new E().countries("US"),
                        List.of(new A().countries("US"), new A().countries("US").safeguard("US"))),
                c("Norway is in the EEA", new E().countries("NO"), List.of(new A().countries("NO"))),
                c("Switzerland's full adequacy decision needs no safeguard", new E().countries("CH"),
                        List.of(new A().countries("CH"))),
                c("the US decision is partial: recording it confirms the recipient is certified", new E().countries("US"),
                        List.of(new A().countries("US").safeguard("US", TransferSafeguard.ADEQUACY_DECISION))),
                c("an adequacy decision recorded where none exists holds nothing", new E().countries("IN"),
                        List.of(new A().countries("IN").safeguard("IN", TransferSafeguard.ADEQUACY_DECISION)),
                        "TRANSFER_WITHOUT_SAFEGUARD:IN"),
                on(LocalDate.of(2023, 7, 9), "an adequacy decision does not apply before its adoption",
                        new E().countries("US").period(LocalDate.of(2023, 1, 1), null),
                        List.of(new A().countries("US").safeguard("US", TransferSafeguard.ADEQUACY_DECISION)
                                .term(approved(LocalDate.of(2023, 1, 1), null))),
                        "TRANSFER_WITHOUT_SAFEGUARD:US"),
                c("country missing and transfer unsafe together", new E().countries("US", "IN"),
                        List.of(new A().countries("US")), "COUNTRY_NOT_COVERED:IN", "TRANSFER_WITHOUT_SAFEGUARD:US"),
                // the engagement's own period
                c("an ended engagement needs nothing", new E().period(START, TODAY.minusDays(1)), List.of()),
                c("an engagement ending today is judged", new E().period(START, TODAY), List.of(), "NO_AGREEMENT:"),
                c("a future engagement is judged on its first day", new E().period(TODAY.plusDays(30), null),
                        List.of(new A().term(approved(TODAY.plusDays(30), null)))),
                c("a future engagement after the agreement expires", new E().period(TODAY.plusDays(30), null),
                        List.of(new A().term(approved(START, TODAY.plusDays(29)))),
                        "AGREEMENT_NOT_IN_FORCE:" + TODAY.plusDays(30)),
                // everything at once, in a fixed order
                c("no confidentiality clause and no undertaking on file", new E(),
                        List.of(new A().withoutConfidentialityClause()), "CONFIDENTIALITY_NOT_GUARANTEED:" + TODAY),
                c("one agreement in force with the clause is enough", new E(),
                        List.of(new A().withoutConfidentialityClause(), new A().purposes("b"))),
                c("several findings together", new E().purposes("b").subjects("staff").countries("BE"),
                        List.of(new A()), "PURPOSE_NOT_COVERED:b", "DATA_SUBJECT_NOT_COVERED:staff",
                        "COUNTRY_NOT_COVERED:BE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, E engagement, List<A> agreements, LocalDate day, List<String> expected) {
        List<AgreementScope> scopes = agreements.stream().map(A::build).toList();
        List<String> actual = new ArrayList<>();
        for (Finding finding : ENGINE.evaluate(engagement.build(), scopes, day)) {
            String missing = finding.rule() == Rule.AGREEMENT_SCOPE_EMPTY ? "*" : String.join(",", finding.missing());
            actual.add(finding.rule() + ":" + missing);
        }
        assertEquals(expected, actual, name);
    }

    @Test
    void atLeastFortyCases() {
        assertTrue(cases().count() >= 40, "the issue asks for at least 40 cases");
    }

    @Test
    void findingsNameTheAgreementsLookedAt() {
        List<AgreementScope> agreements = List.of(new A().label("DPA-2 r1 (draft)").term(status(AgreementStatus.DRAFT)).build(),
                new A().label("DPA-1 r1").term(approved(START, TODAY.minusDays(1))).build());
        Finding finding = ENGINE.evaluate(new E().build(), agreements, TODAY).get(0);
        assertEquals(Rule.AGREEMENT_NOT_IN_FORCE, finding.rule());
        assertEquals(List.of("DPA-1 r1", "DPA-2 r1 (draft)"), finding.agreementsLookedAt());
        assertEquals("engagement:1", finding.subject().toString());
        assertEquals(7, finding.processorId());

        Finding missing = ENGINE.evaluate(new E().purposes("c.fraud").build(), List.of(new A().label("DPA-9").build()),
                TODAY).get(0);
        assertEquals(List.of("DPA-9"), missing.agreementsLookedAt());
        assertEquals(List.of("c.fraud"), missing.missing());
    }

    @Test
    void aValidConfidentialityUndertakingStandsInForTheMissingClause() {
        List<AgreementScope> agreements = List.of(new A().withoutConfidentialityClause().build());
        EvidenceScope undertaking = new EvidenceScope(1, 7, EvidenceType.CONFIDENTIALITY_UNDERTAKING, "Drukkerij",
                START, TODAY);
        EvidenceScope lapsed = new EvidenceScope(2, 7, EvidenceType.CONFIDENTIALITY_UNDERTAKING, "Drukkerij",
                START, TODAY.minusDays(1));
        EvidenceScope certificate = new EvidenceScope(3, 7, EvidenceType.ISO_27001, "TÜV", START, null);
        assertEquals(List.of(), ENGINE.evaluate(new E().build(), agreements, Chain.NONE, List.of(undertaking), TODAY),
                "valid through today");
        assertEquals(List.of(Rule.CONFIDENTIALITY_NOT_GUARANTEED), ENGINE.evaluate(new E().build(), agreements,
                Chain.NONE, List.of(lapsed, certificate), TODAY).stream().map(Finding::rule).toList(),
                "lapsed yesterday, and a certificate is no undertaking");
    }

    /** High, named with its article, and a fix that says listing the category is not enough. */
    @Test
    void aSensitiveCategoryNoAgreementAllowsIsHighAndNamesItsArticle() {
        List<Finding> findings = ENGINE.evaluate(new E().categories("health", "criminal-records").build(),
                List.of(new A().categories("health", "criminal-records").build()), TODAY);
        Finding finding = findings.stream().filter(f -> f.rule() == Rule.SPECIAL_CATEGORY_NOT_ALLOWED).findFirst()
                .orElseThrow();
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(List.of("criminal-records (Art. 10)", "health (Art. 9)"), finding.missing());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            String explanation = Messages.text(locale, "alert." + finding.rule(), finding.subjectLabel(),
                    String.join(", ", finding.missing()), String.join(", ", finding.agreementsLookedAt()));
            assertTrue(explanation.contains("health (Art. 9)") && explanation.contains("criminal-records (Art. 10)"),
                    explanation);
            String fix = Messages.text(locale, finding.fixKeys().get(0));
            assertTrue(fix.contains(locale.getLanguage().equals("nl") ? "niet genoeg" : "not enough"), fix);
        }
    }
}
