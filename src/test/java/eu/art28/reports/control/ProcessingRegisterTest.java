package eu.art28.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.Term;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.catalogue.entity.LegalBasis;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.coverage.control.AgreementScope;
import eu.art28.coverage.control.EngagementScope;
import eu.art28.evidence.control.EvidenceScope;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.reports.control.ProcessingRegister.Activity;
import eu.art28.reports.control.ProcessingRegister.Document;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferCountry;

class ProcessingRegisterTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    static final Locale EN = Locale.ENGLISH;
    static final Locale NL = Locale.forLanguageTag("nl");

    static Purpose purpose(String code, String nameEn, LegalBasis basis, String retention) {
        Purpose purpose = new Purpose();
        purpose.setCode(code);
        purpose.setNameEn(nameEn);
        purpose.setNameNl(nameEn + " (nl)");
        purpose.setLegalBasis(basis);
        purpose.setRetention(retention);
        return purpose;
    }

    static EngagementScope engagement(long id, long processor, String purpose, String category, String country,
            LocalDate until) {
        return new EngagementScope(id, processor, "engagement " + id, Set.of(purpose), Set.of(category),
                Set.of("customers"), Set.of(country), DAY.minusMonths(3), until);
    }

    static LinkScope link(long id, long from, String fromName, long to, String toName, String country,
            Map<String, TransferSafeguard> safeguards) {
        return new LinkScope(id, from, fromName, to, toName, "hosting", DAY.minusMonths(2), null,
                Authorisation.SPECIFIC, Decision.APPROVED, null, null, true, Set.of("e"), Set.of("contact"),
                Set.of(country), safeguards);
    }

    static AgreementScope agreement(long id, String country, TransferSafeguard safeguard) {
        return new AgreementScope(id, "DPA-" + id, new Term(AgreementStatus.APPROVED, DAY.minusYears(1), null, false,
                null, null, null, null), Set.of("e"), Set.of("contact"), Set.of("customers"), false,
                Set.of("NL", country), safeguard == null ? Map.of() : Map.of(country, safeguard),
                SubProcessing.SPECIFIC, true);
    }

    static final TransferRules RULES = TransferRules.of(List.of(
            new TransferCountry.Row("NL", true, null, null, null, false),
            new TransferCountry.Row("IE", true, null, null, null, false),
            new TransferCountry.Row("CH", false, "2000/518/EC", LocalDate.of(2000, 7, 26), null, false)));

    /**
     * The sample's printing house, engaged for mailings (e.mailing) with an agreement whose US processing has no
     * safeguard, passing the addresses to a Swiss mail service (adequate) and a US archive with SCCs; payroll is
     * unrelated; an ended engagement for marketing no longer counts.
     */
    static ProcessingRegister.Sources sources() {
        List<Purpose> purposes = List.of(
                purpose("e", "Promotion and marketing", LegalBasis.A, "P2Y"),
                purpose("b", "Maintaining the relationship", LegalBasis.B, "P2Y"),
                purpose("b.bookkeeping", "Statutory bookkeeping", LegalBasis.C, "P7Y"),
                purpose("e.mailing", "Customer mailings", LegalBasis.A, "P2Y"));
        List<EngagementScope> engagements = List.of(
                engagement(1, 1, "e.mailing", "contact.address", "US", null),
                engagement(2, 5, "b.bookkeeping", "financial", "NL", null),
                engagement(3, 6, "e", "contact", "NL", DAY.minusDays(1)));
        Chain chain = Chain.of(List.of(
                link(10, 1, "Drukkerij", 2, "Swiss Mail", "CH", Map.of()),
                link(11, 1, "Drukkerij", 3, "US Archive", "US", Map.of("US",
                        TransferSafeguard.SCC_2021_914_MODULE_3))));
        return new ProcessingRegister.Sources(purposes,
                Map.of("contact.address", "Postal address", "financial", "Financial data"),
                Map.of("customers", "Customers"), engagements, chain,
                Map.of(1L, "Drukkerij", 5L, "Payroll Ltd", 6L, "Old Agency"),
                Map.of(1L, List.of(agreement(100, "US", null))),
                Map.of(1L, List.of(new EvidenceScope(1, 1, EvidenceType.ISO_27001, "BSI", DAY.minusYears(1),
                                DAY.plusYears(1)),
                        new EvidenceScope(2, 1, EvidenceType.PENTEST_REPORT, "X", DAY.minusYears(3),
                                DAY.minusYears(2))),
                        3L, List.of(new EvidenceScope(3, 3, EvidenceType.SOC2_TYPE_2, "Y", DAY.minusMonths(6),
                                null))),
                RULES);
    }

    static Activity activity(Document register, String code) {
        return register.activities().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * The register is made one root of the purposes at a time, each run from the engagements with a purpose of that
     * root only (what {@code Scopes.engagementsUnder} reads): the same activities as made from every engagement at
     * once, including an engagement for two roots and one for a parent purpose that serves its child.
     */
    @Test
    void madeOneRootAtATimeTheRegisterHoldsTheSameActivitiesAsMadeWhole() {
        ProcessingRegister.Sources all = sources();
        List<EngagementScope> engagements = new ArrayList<>(all.engagements());
        engagements.add(new EngagementScope(4, 5, "engagement 4", Set.of("e", "b.bookkeeping"), Set.of("contact"),
                Set.of("customers"), Set.of("US", "CH"), DAY.minusMonths(1), null));
        engagements.add(new EngagementScope(5, 6, "engagement 5", Set.of("e"), Set.of("financial"),
                Set.of("customers"), Set.of("NL"), DAY.minusMonths(1), null));
        ProcessingRegister.Sources whole = new ProcessingRegister.Sources(all.purposes(), all.dataCategoryNames(),
                all.dataSubjectNames(), engagements, all.chain(), all.processorNames(), all.agreements(),
                all.evidence(), all.transfers());

        List<List<Purpose>> runs = ProcessingRegister.runsByRoot(whole.purposes());
        List<Activity> byRuns = new ArrayList<>();
        for (List<Purpose> run : runs) {
            String root = ProcessingRegister.root(run.get(0).getCode());
            List<EngagementScope> under = engagements.stream().filter(e -> e.purposes().stream()
                    .anyMatch(code -> ProcessingRegister.root(code).equals(root))).toList();
            byRuns.addAll(ProcessingRegister.activities(new ProcessingRegister.Sources(run, whole.dataCategoryNames(),
                    whole.dataSubjectNames(), under, whole.chain(), whole.processorNames(), whole.agreements(),
                    whole.evidence(), whole.transfers()), DAY, EN).toList());
        }

        assertEquals(List.of(List.of("b", "b.bookkeeping"), List.of("e", "e.mailing")), runs.stream()
                .map(run -> run.stream().map(Purpose::getCode).toList()).toList());
        List<Activity> expected = ProcessingRegister.of(whole, null, null, DAY, EN).activities();
        assertEquals(expected, byRuns);
        assertTrue(activity(ProcessingRegister.of(whole, null, null, DAY, EN), "e.mailing").recipients().stream()
                .anyMatch(r -> r.engagements().contains("engagement 5")), "a parent's engagement serves its child");
    }

    @Test
    void everyPurposeOfTheCatalogueHasAnEntryInCodeOrderWithItsBasisAndRetention() {
        Document register = ProcessingRegister.of(sources(), "Acme IT B.V.", "privacy@acme.example", DAY, EN);

        assertEquals(List.of("b", "b.bookkeeping", "e", "e.mailing"),
                register.activities().stream().map(Activity::code).toList());
        Activity bookkeeping = activity(register, "b.bookkeeping");
        assertEquals(1, bookkeeping.depth());
        assertEquals("(c) legal obligation", bookkeeping.legalBasis());
        assertEquals("7 years", bookkeeping.retention());
        assertEquals(List.of("Payroll Ltd"), bookkeeping.recipients().stream().map(r -> r.name()).toList());
        assertEquals(List.of("Financial data"), bookkeeping.dataCategories());
        assertEquals("Acme IT B.V.", register.controller());
    }

    @Test
    void recipientsFollowTheChainAndTheHierarchyBothWaysButNotEndedEngagements() {
        Document register = ProcessingRegister.of(sources(), null, null, DAY, EN);

        Activity mailing = activity(register, "e.mailing");
        assertEquals(List.of("Drukkerij", "Drukkerij \u2192 Swiss Mail", "Drukkerij \u2192 US Archive"),
                mailing.recipients().stream().map(r -> r.path()).toList());
        assertEquals("processor", mailing.recipients().get(0).role());
        assertEquals("sub-processor, Approved", mailing.recipients().get(1).role());
        assertEquals(List.of("Customers"), mailing.dataSubjects());
        assertEquals(List.of("Postal address"), mailing.dataCategories());

        Activity marketing = activity(register, "e");
        assertEquals(mailing.recipients(), marketing.recipients(),
                "a mailing is marketing; the agency whose engagement ended yesterday is no recipient");
        assertTrue(activity(register, "b").recipients().stream().anyMatch(r -> r.name().equals("Payroll Ltd")),
                "bookkeeping is part of the relationship");
    }

    @Test
    void transfersOutsideTheEeaNameWhatMakesThemLawfulOrThatNothingDoes() {
        Activity mailing = activity(ProcessingRegister.of(sources(), null, null, DAY, EN), "e.mailing");

        assertEquals(List.of(
                "Drukkerij|United States (US)|No safeguard recorded|false",
                "Drukkerij \u2192 Swiss Mail|Switzerland (CH)|Adequacy decision|true",
                "Drukkerij \u2192 US Archive|United States (US)|SCC 2021/914, module 3|true"),
                mailing.transfers().stream().map(t -> t.recipient() + "|" + t.country() + "|" + t.ground() + "|"
                        + t.lawful()).toList());
    }

    @Test
    void securityMeasuresAreTheEvidenceValidOnTheDayPerRecipient() {
        Activity mailing = activity(ProcessingRegister.of(sources(), null, null, DAY, EN), "e.mailing");

        assertEquals(List.of("Drukkerij: ISO/IEC 27001 certificate (valid until 27 Nov 2027)",
                "Swiss Mail: no valid security evidence on file", "US Archive: SOC 2 Type II report"),
                mailing.securityMeasures(), "the lapsed pentest report is not a measure any more");
    }

    @Test
    void dutchWordsThroughout() {
        Document register = ProcessingRegister.of(sources(), null, null, DAY, NL);
        Activity mailing = activity(register, "e.mailing");

        assertEquals("Customer mailings (nl)", mailing.purpose());
        assertEquals("(a) toestemming", mailing.legalBasis());
        assertEquals("2 jaar", mailing.retention());
        assertEquals("Verenigde Staten (US)", mailing.transfers().get(0).country());
        assertEquals("Geen waarborg vastgelegd", mailing.transfers().get(0).ground());
    }

    @Test
    void aPurposeNobodyServesHasAnEntryWithNothingRegistered() {
        ProcessingRegister.Sources empty = new ProcessingRegister.Sources(
                List.of(purpose("d", "Developing products", LegalBasis.F, "P2Y")), Map.of(), Map.of(), List.of(),
                Chain.NONE, Map.of(), Map.of(), Map.of(), RULES);

        Activity d = ProcessingRegister.of(empty, null, null, DAY, EN).activities().get(0);

        assertFalse(d.hasRecipients());
        assertEquals(List.of(), d.transfers());
        assertEquals(List.of(), d.securityMeasures());
    }

    @Test
    void theFilesHoldOneRowPerPurposeWithFormulasMadeInert() throws IOException {
        ProcessingRegister.Sources sources = sources();
        Map<Long, String> names = Map.of(1L, "=HYPERLINK(\"http://evil\")", 5L, "Payroll Ltd", 6L, "Old");
        Document register = ProcessingRegister.of(new ProcessingRegister.Sources(sources.purposes(),
                sources.dataCategoryNames(), sources.dataSubjectNames(), sources.engagements(), Chain.NONE, names,
                sources.agreements(), sources.evidence(), RULES), null, null, DAY, EN);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        RegisterFiles.Format.XLSX.write(register, EN, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Art. 30 register", sheet.getSheetName());
            assertEquals(4, sheet.getLastRowNum(), "a header and four purposes");
            Row header = sheet.getRow(0);
            assertEquals("Purpose", header.getCell(1).getStringCellValue());
            Row mailing = sheet.getRow(4);
            assertEquals("e.mailing", mailing.getCell(0).getStringCellValue());
            assertTrue(mailing.getCell(5).getStringCellValue().startsWith("'=HYPERLINK"),
                    mailing.getCell(5).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, mailing.getCell(5).getCellType());
        }

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        RegisterFiles.Format.CSV.write(register, NL, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFCode,Doeleinde,Grondslag (art. 6 lid 1)"), text);
        assertEquals(5, text.split("\r\n").length, "a header and four purposes");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RegisterFiles.Format.PDF.write(register, EN, pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        StringBuilder pages = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.append(extractor.getTextFromPage(page)).append('\n');
        }
        String pdfText = pages.toString();
        assertTrue(pdfText.contains("Register of processing activities"), pdfText);
        assertTrue(pdfText.contains("Statutory bookkeeping"), pdfText);
        assertTrue(pdfText.contains("Not configured: the controller's name is missing"), pdfText);
        assertFalse(pdfText.contains("ART28_"), "no configuration names in what people read");
    }
}
