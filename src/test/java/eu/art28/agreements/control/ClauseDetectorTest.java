package eu.art28.agreements.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.control.ClauseDetector.Finding;
import eu.art28.agreements.control.ClauseDetector.Reading;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;

/**
 * The reader against the six documents it was first written for (now in dpa-corpus/dev): recall on the checklist,
 * no false "present", and the form values. The whole corpus is graded by DpaGraderTest.
 */
class ClauseDetectorTest {

    private final ClauseDetector detector = new ClauseDetector(ClausePatterns.standard());

    private Reading read(DpaCorpus.Dpa dpa) throws IOException {
        return detector.read(DpaText.read(dpa.pdf(), (done, total) -> { }));
    }

    @Test
    void findsAtLeastNinetyPercentOfTheClausesTheCorpusHas() throws IOException {
        int expected = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (DpaCorpus.Dpa dpa : DpaCorpus.FIRST_SIX) {
            if (dpa.scan()) {
                continue;
            }
            Reading reading = read(dpa);
            for (Clause clause : dpa.present()) {
                expected++;
                if (reading.clause(clause) != null) {
                    found++;
                } else {
                    misses.add(dpa.name() + " " + clause);
                }
            }
        }
        double recall = (double) found / expected;
        System.out.printf("clause recall %d/%d = %.3f, missed %s%n", found, expected, recall, misses);
        assertTrue(recall >= 0.9, "recall " + recall + ", missed " + misses);
    }

    @Test
    void doesNotCallTheMissingClausesPresent() throws IOException {
        Reading reading = read(DpaCorpus.LACKING);
        assertAll(
                () -> assertEquals(null, reading.clause(Clause.B_CONFIDENTIALITY), "(b) is absent"),
                () -> assertEquals(null, reading.clause(Clause.G_DELETION_OR_RETURN), "(g) is absent"),
                () -> assertTrue(reading.missing().containsAll(List.of(Clause.B_CONFIDENTIALITY,
                        Clause.G_DELETION_OR_RETURN))));
    }

    @Test
    void tellsWhereTheDocumentSaysOtherwise() throws IOException {
        Reading reading = read(DpaCorpus.LACKING);
        assertAll(
                () -> assertEquals("8", reading.saysOtherwise(Clause.B_CONFIDENTIALITY).reference()),
                () -> assertTrue(reading.saysOtherwise(Clause.G_DELETION_OR_RETURN).passage()
                        .contains("not obliged to delete or return"), () -> reading.otherwise().toString()),
                () -> assertEquals(null, reading.saysOtherwise(Clause.A_INSTRUCTIONS)));
    }

    @Test
    void passesOnlyTheSubprocessorClauseThatMeetsArticle28TwoAndFour() throws IOException {
        Reading reading = read(DpaCorpus.load(DpaCorpus.DEV, "en-subprocessing-without-notice"));
        assertEquals(null, reading.clause(Clause.D_SUBPROCESSORS), "no notice and no right to object");
        assertTrue(reading.saysOtherwise(Clause.D_SUBPROCESSORS).passage().contains("without notice"));
        assertNotNull(read(DpaCorpus.EU_CLAUSES).clause(Clause.D_SUBPROCESSORS));
    }

    @Test
    void confidenceFollowsTheEvidence() throws IOException {
        Reading reading = read(DpaCorpus.load(DpaCorpus.DEV, "en-eu-scc-option2-table"));
        List<Double> confidences = reading.of(ProposalKind.CLAUSE).stream().map(Finding::confidence).distinct()
                .toList();
        assertTrue(confidences.size() >= 3, "more than two fixed values: " + confidences);
        Finding standard = reading.of(ProposalKind.STANDARD).get(0);
        Finding own = read(DpaCorpus.OWN_DUTCH).of(ProposalKind.STANDARD).get(0);
        assertTrue(standard.confidence() > own.confidence(), "a named standard is surer than a guessed one");
    }

    @Test
    void readsAListOfSubprocessorsUnderAHeadingThatNamesThem() throws IOException {
        byte[] pdf = DpaRenderer.pdf("""
                #!lang en
                Our sub-processors
                • Mailjet SAS, France – e-mail delivery
                • Hetzner Online GmbH (Germany): hosting
                • A note that names no country – nothing to list
                """);
        List<String> listed = detector.read(DpaText.read(pdf, (done, total) -> { })).of(ProposalKind.SUBPROCESSOR)
                .stream().map(Finding::value).toList();
        assertEquals(List.of("Mailjet SAS|FR|e-mail delivery", "Hetzner Online GmbH|DE|hosting"), listed);
    }

    @Test
    void readsATableWhoseNameColumnFollowsANumberingColumn() throws IOException {
        byte[] pdf = DpaRenderer.pdf("""
                #!lang en
                Annex 3
                #!table
                No. | Sub-processor | Location | Service
                1 | Mailjet SAS | Paris, France | e-mail delivery
                2 | Hetzner Online GmbH | Germany (EU) | hosting
                #!end
                """);
        List<String> listed = detector.read(DpaText.read(pdf, (done, total) -> { })).of(ProposalKind.SUBPROCESSOR)
                .stream().map(Finding::value).toList();
        assertEquals(List.of("Mailjet SAS|FR|e-mail delivery", "Hetzner Online GmbH|DE|hosting"), listed);
    }

    @Test
    void readsNumbersInWordsInBothLanguages() {
        assertAll(
                () -> assertEquals(36, ClauseDetector.number("thirty-six")),
                () -> assertEquals(45, ClauseDetector.number("vijfenveertig")),
                () -> assertEquals(72, ClauseDetector.number("tweeënzeventig")),
                () -> assertEquals(36, ClauseDetector.number("zesendertig")),
                () -> assertEquals(12, ClauseDetector.number("twaalf")),
                () -> assertEquals(null, ClauseDetector.number("tender")));
    }

    @Test
    void givesClauseNumberPagePassageAndMarkedWords() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (DpaCorpus.Dpa dpa : DpaCorpus.FIRST_SIX) {
            if (dpa.scan()) {
                continue;
            }
            Reading reading = read(dpa);
            dpa.present().forEach(clause -> checks.add(() -> {
                String reference = dpa.key().references().get(clause);
                Finding finding = reading.clause(clause);
                assertNotNull(finding, dpa.name() + " " + clause);
                assertEquals(compact(reference), compact(finding.reference()), dpa.name() + " " + clause);
                assertEquals(dpa.key().pages().get(clause), finding.page(), dpa.name() + " " + clause);
                assertTrue(finding.page() >= 1);
                assertFalse(finding.marks().isEmpty(), dpa.name() + " " + clause + " has marked words");
                finding.marks().forEach(m -> assertTrue(m.start() < m.end() && m.end() <= finding.passage().length()));
                assertTrue(finding.confidence() > 0 && finding.confidence() < 1);
            }));
        }
        assertAll(checks);
        Finding confidentiality = read(DpaCorpus.DATA_PRO).clause(Clause.B_CONFIDENTIALITY);
        String marked = confidentiality.marks().stream()
                .map(m -> confidentiality.passage().substring(m.start(), m.end())).collect(Collectors.joining(","));
        assertTrue(marked.toLowerCase().contains("geheimhouding"), marked);
    }

    @Test
    void readsDatesPeriodsRegimeAndStandard() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (DpaCorpus.Dpa dpa : DpaCorpus.FIRST_SIX) {
            if (dpa.scan()) {
                continue;
            }
            Reading reading = read(dpa);
            for (ProposalKind kind : ProposalKind.values()) {
                if (kind == ProposalKind.CLAUSE || kind == ProposalKind.SUBPROCESSOR) {
                    continue;
                }
                String expected = dpa.key().fields().get(kind);
                List<Finding> found = reading.of(kind);
                checks.add(() -> assertEquals(expected, found.isEmpty() ? null : found.get(0).value(),
                        dpa.name() + " " + kind));
            }
        }
        assertAll(checks);
    }

    private static String compact(String reference) {
        return reference.replaceAll("\\s+", "").toLowerCase();
    }

    @Test
    void listsTheSubprocessorsOfTheAnnex() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (DpaCorpus.Dpa dpa : DpaCorpus.FIRST_SIX) {
            if (dpa.scan()) {
                continue;
            }
            Reading reading = read(dpa);
            checks.add(() -> assertEquals(dpa.key().subprocessors(),
                    reading.of(ProposalKind.SUBPROCESSOR).stream().map(Finding::value).toList(), dpa.name()));
        }
        assertAll(checks);
    }

    @Test
    void aScanHasNoTextLayer() throws IOException {
        DpaText scan = DpaText.read(DpaCorpus.SCAN.pdf(), (done, total) -> { });
        assertFalse(scan.hasTextLayer());
        assertEquals(1, scan.pages().size());
        assertTrue(DpaText.read(DpaCorpus.LACKING.pdf(), (done, total) -> { }).hasTextLayer());
    }

    @Test
    void reportsProgressPageByPage() throws IOException {
        List<String> progress = new ArrayList<>();
        DpaText text = DpaText.read(DpaCorpus.long_(5), (done, total) -> progress.add(done + "/" + total));
        assertEquals(5, text.pages().size());
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), progress);
    }

    @Test
    void understandsDutchAndEnglishDates() {
        assertAll(
                () -> assertEquals("2026-03-01", ClauseDetector.date("1 maart 2026")),
                () -> assertEquals("2026-03-12", ClauseDetector.date("12 March 2026")),
                () -> assertEquals("2026-03-12", ClauseDetector.date("March 12, 2026")),
                () -> assertEquals("2026-04-01", ClauseDetector.date("1st of April, 2026")),
                () -> assertEquals("2026-01-20", ClauseDetector.date("20-01-2026")),
                () -> assertEquals(null, ClauseDetector.date("31-02-2026")),
                () -> assertEquals("BE", ClauseDetector.country("België")),
                () -> assertEquals("US", ClauseDetector.country("United States")),
                () -> assertEquals(Map.of(), Map.of()));
    }
}
