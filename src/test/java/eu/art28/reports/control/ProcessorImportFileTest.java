package eu.art28.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;

class ProcessorImportFileTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        String csv = "name,country\nCafé Ëlan,NL\n";
        ProcessorImportFile plain = ProcessorImportFile.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, plain.charset());
        assertEquals("Café Ëlan", plain.rows().get(0).get(ProcessorImportColumn.NAME));

        byte[] withBom = concat(BOM, csv.getBytes(StandardCharsets.UTF_8));
        ProcessorImportFile marked = ProcessorImportFile.read(withBom);
        assertEquals(StandardCharsets.UTF_8, marked.charset());
        assertTrue(marked.has(ProcessorImportColumn.NAME), "the mark is no part of the first header");
        assertEquals("Café Ëlan", marked.rows().get(0).get(ProcessorImportColumn.NAME));
    }

    @Test
    void readsWindows1252AsExcelSavesIt() {
        byte[] bytes = "naam;land\nCoöperatie Café;NL\n".getBytes(ProcessorImportFile.WINDOWS_1252);
        ProcessorImportFile file = ProcessorImportFile.read(bytes);
        assertEquals(ProcessorImportFile.WINDOWS_1252, file.charset());
        assertEquals("Coöperatie Café", file.rows().get(0).get(ProcessorImportColumn.NAME));
    }

    @Test
    void detectsTheSeparatorFromTheHeaderOutsideQuotes() {
        assertEquals(';', ProcessorImportFile.delimiter("naam;\"adres, plaats\";land\na,b,c,d,e"));
        assertEquals(',', ProcessorImportFile.delimiter("name,\"a;b;c\",country\n"));
        assertEquals(',', ProcessorImportFile.delimiter("name\n;;;"));
    }

    @Test
    void mapsEnglishAndDutchHeadersWhateverTheirCase() {
        ProcessorImportFile dutch = ProcessorImportFile.read(utf8(
                "Naam;KvK-nummer;BTW;Land;Adres;Diensten;Risico;Contactpersoon;Overeenkomstkenmerk;Einddatum\n"
                        + "A;12345678;NL1;NL;Straat 1;x|y;hoog;Anna;DPA-1;31-12-2026\n"));
        ProcessorImportFile.Row row = dutch.rows().get(0);
        assertEquals("12345678", row.get(ProcessorImportColumn.KVK_NUMBER));
        assertEquals("NL1", row.get(ProcessorImportColumn.VAT_NUMBER));
        assertEquals("Anna", row.get(ProcessorImportColumn.CONTACT_NAME));
        assertEquals("31-12-2026", row.get(ProcessorImportColumn.AGREEMENT_EXPIRES_ON));

        ProcessorImportFile english = ProcessorImportFile.read(utf8(
                "NAME,kvk_number,Country,contact email,agreementStartsOn,shoe size\n"
                        + "B,87654321,DE,b@example.org,2026-01-01,42\n"));
        assertEquals("b@example.org", english.rows().get(0).get(ProcessorImportColumn.CONTACT_EMAIL));
        assertEquals("2026-01-01", english.rows().get(0).get(ProcessorImportColumn.AGREEMENT_EFFECTIVE_FROM));
        assertEquals(List.of("shoe size"), english.unknownColumns(), "an unknown column is reported, not dropped");
    }

    @Test
    void theTemplateReadsBackInBothLanguages() {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("nl"))) {
            ProcessorImportFile file = ProcessorImportFile.read(ProcessorImportTemplate.csv(locale));
            assertEquals(List.of(), file.unknownColumns(), locale.toString());
            for (ProcessorImportColumn column : ProcessorImportColumn.values()) {
                assertTrue(file.has(column), locale + " " + column);
            }
            assertEquals(1, file.rows().size());
        }
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsNamingThem() {
        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> ProcessorImportFile.read(utf8("name;kvk\nA;12345678\n")));
        assertEquals(List.of("country"), missing.violations().stream().map(InvalidInput.Violation::field).toList());
        assertEquals("import.file.missingColumn", missing.violations().get(0).messageKey());

        InvalidInput both = assertThrows(InvalidInput.class, () -> ProcessorImportFile.read(utf8("kvk\n1\n")));
        assertEquals(List.of("name", "country"),
                both.violations().stream().map(InvalidInput.Violation::field).toList());

        assertEquals("import.file.empty", assertThrows(InvalidInput.class,
                () -> ProcessorImportFile.read(new byte[0])).violations().get(0).messageKey());
        assertEquals("import.file.columnTwice", assertThrows(InvalidInput.class,
                () -> ProcessorImportFile.read(utf8("name,naam,country\n"))).violations().get(0).messageKey());
    }

    @Test
    void quotedCellsKeepSeparatorsAndNewlinesAndLineNumbersFollowTheSpreadsheet() {
        ProcessorImportFile file = ProcessorImportFile.read(utf8("name;address;country\n"
                + "\"Smit; Zonen\";\"Dorpsstraat 1\nBus 2\";NL\n"
                + ";;\n"
                + "\"Say \"\"hi\"\" B.V.\";x;BE\n"));
        assertEquals(2, file.rows().size(), "an empty row is skipped");
        assertEquals("Smit; Zonen", file.rows().get(0).get(ProcessorImportColumn.NAME));
        assertEquals("Dorpsstraat 1\nBus 2", file.rows().get(0).get(ProcessorImportColumn.ADDRESS));
        assertEquals(2, file.rows().get(0).line());
        assertEquals("Say \"hi\" B.V.", file.rows().get(1).get(ProcessorImportColumn.NAME));
        assertEquals(4, file.rows().get(1).line(), "the empty row still counts, as in the spreadsheet");
    }

    @Test
    void aBrokenQuoteIsRefusedNamingItsLineInWordsNotAJavaClass() {
        InvalidInput unclosed = assertThrows(InvalidInput.class,
                () -> ProcessorImportFile.read(utf8("name,country\nA,NL\n\"B,NL\nC,NL\n")));
        assertEquals("import.file.unreadableLine", unclosed.violations().get(0).messageKey());
        assertEquals(List.of(3), List.of(unclosed.violations().get(0).arguments()), "the quote opens on line 3");

        InvalidInput trailing = assertThrows(InvalidInput.class,
                () -> ProcessorImportFile.read(utf8("name;address;country\n\"Multi\nline\";x;NL\n\"Acme\" B.V.;x;NL\n")));
        assertEquals(List.of(3), List.of(trailing.violations().get(0).arguments()),
                "the row the spreadsheet shows, a line break inside quotes not counted");

        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            String text = Messages.text(locale, unclosed.violations().get(0).messageKey(),
                    unclosed.violations().get(0).arguments());
            assertTrue(text.contains(" 3 ") && !text.contains("Exception") && !text.contains("{"), text);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
