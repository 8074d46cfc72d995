package eu.art28.reports.control;

import static eu.art28.reports.control.ProcessorImportFileTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.art28.processors.entity.RiskTier;

class ProcessorImportCheckTest {

    static ValidatorFactory validators;

    @BeforeAll
    static void validators() {
        validators = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        validators.close();
    }

    private static ProcessorImportCheck.Result check(String csv, Locale locale,
            ProcessorImportCheck.Existing existing) {
        return new ProcessorImportCheck(validators, locale, existing)
                .check(ProcessorImportFile.read(utf8(csv)), new ProcessorImportProgress());
    }

    @Test
    void eachBadCellIsReportedWithItsLineAndColumn() {
        ProcessorImportCheck.Result result = check("""
                name,kvkNumber,country,website,contactName,contactEmail,riskTier
                Good B.V.,12345678,nl,https://good.example,Anna,anna@good.example,high
                Bad KvK B.V.,1234,NL,,,,
                No Country B.V.,,,,,,
                Bad Mail B.V.,,DE,,Piet,not-an-address,
                ,,XX,ftp://x,,,extreme
                """, Locale.ENGLISH, ProcessorImportCheck.Existing.none());
        ProcessorImportReport report = result.report();
        assertEquals(5, report.lines());
        assertEquals(1, report.valid());
        assertEquals(List.of("3 kvkNumber", "4 country", "5 contactEmail", "6 country", "6 name", "6 riskTier",
                        "6 website"),
                report.errors().stream().map(e -> e.line() + " " + e.field()).toList());
        assertTrue(report.errors().get(0).message().contains("8 digits"), report.errors().get(0).message());
        ProcessorImportCheck.Candidate good = result.candidates().get(0);
        assertEquals(2, good.line());
        assertEquals("NL", good.processor().getCountry());
        assertEquals(RiskTier.HIGH, good.processor().getRiskTier());
        assertEquals("anna@good.example", good.processor().getContacts().get(0).getEmail());
        assertNull(good.agreement());
    }

    @Test
    void countriesByNameAndWebsitesWithoutSchemeAreStoredAsTheFormStoresThem() {
        ProcessorImportCheck.Result result = check("""
                naam;land;website
                Eerste B.V.;Nederland;www.eerste.example
                Second Ltd;united kingdom;second.example/privacy
                Dritte GmbH;Duitsland;https://dritte.example
                Nergens B.V.;Atlantis;javascript:alert(1)
                """, Locale.forLanguageTag("nl"), ProcessorImportCheck.Existing.none());
        List<ProcessorImportCheck.Candidate> valid = result.candidates();
        assertEquals(List.of("NL https://www.eerste.example", "GB https://second.example/privacy",
                "DE https://dritte.example"), valid.stream()
                .map(c -> c.processor().getCountry() + " " + c.processor().getWebsite()).toList());
        List<ProcessorImportReport.LineError> errors = result.report().errors();
        assertEquals(List.of("5 country", "5 website"), errors.stream().map(e -> e.line() + " " + e.field()).toList(),
                "one error for the unknown country, not a second one for its code");
        assertTrue(errors.get(0).message().startsWith("\"Atlantis\" is geen land"), errors.get(0).message());
    }

    @Test
    void messagesComeInTheUsersLanguage() {
        ProcessorImportReport report = check("naam;kvk;land\nSlecht;12;NL\n", Locale.forLanguageTag("nl"),
                ProcessorImportCheck.Existing.none()).report();
        assertEquals("kvkNumber", report.errors().get(0).field());
        assertTrue(report.errors().get(0).message().contains("8 cijfers"), report.errors().get(0).message());
        assertEquals("1 geldige regel importeren", eu.art28.platform.control.Messages.text(Locale.forLanguageTag("nl"),
                "import.import", 1));
        assertEquals("Import 10,000 valid lines", eu.art28.platform.control.Messages.text(Locale.ENGLISH,
                "import.import", 10_000));
    }

    @Test
    void findsDuplicatesInTheFileAndInTheRegistry() {
        ProcessorImportCheck.Existing existing = new ProcessorImportCheck.Existing(
                Map.of("11111111", new ProcessorImportCheck.Known(7, "Old Hosting B.V.")),
                Map.of("known name b.v.", new ProcessorImportCheck.Known(8, "Known Name B.V.")), Set.of());
        ProcessorImportReport report = check("""
                name,kvk,country
                First B.V.,22222222,NL
                first b.v. ,,NL
                Other B.V.,2222 2222,NL
                Renamed B.V.,11111111,NL
                KNOWN NAME B.V.,,NL
                """, Locale.ENGLISH, existing).report();
        assertEquals(1, report.valid());
        assertEquals(List.of("3 name line 2", "4 kvkNumber line 2", "5 kvkNumber id 7", "6 name id 8"),
                report.duplicates().stream().map(d -> d.line() + " " + d.field() + " "
                        + (d.existingId() != null ? "id " + d.existingId() : "line " + d.earlierLine())).toList());
        assertTrue(report.duplicates().get(2).message().contains("Old Hosting B.V."));
        assertEquals(List.of(), report.errors(), "a duplicate is no field error");
    }

    @Test
    void agreementColumnsMakeADraftAndBadDatesAreLineErrors() {
        ProcessorImportCheck.Result result = check("""
                name;country;agreementReference;agreementSignedOn;agreementEffectiveFrom;agreementExpiresOn
                A;NL;DPA-1;2026-01-15;1-2-2026;31-1-2029
                B;NL;;;2026-01-01;
                C;NL;DPA-3;31-02-2026;2026-13-01;
                D;NL;DPA-4;;2027-01-01;2026-01-01
                E;NL;DPA-1;;;
                F;NL;TAKEN;;;
                """, Locale.ENGLISH, new ProcessorImportCheck.Existing(Map.of(), Map.of(), Set.of("TAKEN")));
        ProcessorImportCheck.Candidate a = result.candidates().get(0);
        assertNotNull(a.agreement());
        assertEquals(LocalDate.of(2026, 1, 15), a.agreement().getSignedOn());
        assertEquals(LocalDate.of(2026, 2, 1), a.agreement().getEffectiveFrom());
        assertEquals(LocalDate.of(2029, 1, 31), a.agreement().getExpiresOn());
        assertEquals(List.of("3 agreementReference", "4 agreementEffectiveFrom", "4 agreementSignedOn",
                        "5 agreementEffectiveFrom", "5 agreementExpiresOn", "6 agreementReference", "7 agreementReference"),
                result.report().errors().stream().map(e -> e.line() + " " + e.field()).toList());
        assertEquals(1, result.report().valid());
    }

    @Test
    void extraCellsAndUnknownColumnsAreNamed() {
        ProcessorImportReport report = check("name,country,colour\nA,NL,red,surplus\n", Locale.ENGLISH,
                ProcessorImportCheck.Existing.none()).report();
        assertEquals(List.of("colour"), report.unknownColumns());
        assertEquals("line", report.errors().get(0).field());
    }
}
