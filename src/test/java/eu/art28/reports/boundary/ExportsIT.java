package eu.art28.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The processor register as a file from the API, and the exports of the list pages as a person downloads them.
 * Other tests share the database: every check filters on names only this run uses.
 */
@ExtendWith(SharedApp.class)
class ExportsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String FORMULA = "=HYPERLINK(\"x\")";


    @SharedApp.Base
    URL base;

    /** Three processors whose names share a token: one with an agreement in force and evidence, two without. */
    private record Register(String token, String covered, String bare, String formula, LocalDate until) {
    }

    private Register register(Api api) {
        String token = "Xport" + Api.freshKvk();
        Register r = new Register(token, "Covered " + token, "Bare " + token, FORMULA + " " + token,
                TODAY.plusYears(2));
        long covered = processor(api, r.covered());
        CoverageFixtures.approvedAgreement(api, covered, "\"e.mailing\"", r.until());
        CoverageFixtures.certified(api, covered, TODAY.plusYears(1));
        processor(api, r.bare());
        processor(api, r.formula());
        return r;
    }

    private static long processor(Api api, String name) {
        Api.Reply reply = api.post("api/processors", "procurement",
                "{\"name\":\"%s\",\"country\":\"NL\"}".formatted(name.replace("\"", "\\\"")));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<List<String>> read(InputStream xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theRegisterAsAWorkbookHasEachProcessorWithItsFigures() throws Exception {
        Api api = new Api(base);
        Register r = register(api);

        Api.Reply reply = api.get("api/reports/processors.xlsx?q=" + q(r.token()), "auditor");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), reply.contentType());
        assertTrue(reply.contentDisposition().contains("processors-" + TODAY + ".xlsx"), reply.contentDisposition());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            Sheet sheet = workbook.getSheet("Processors");
            assertEquals(3, sheet.getLastRowNum(), "a header and the three processors, no others");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("Name", "KvK number", "Country", "Risk tier", "Status", "Agreement", "In force from",
                    "In force until", "Evidence valid until", "Evidence valid today", "Open alerts"), header);

            // sorted by name: the bare one, the covered one, then the formula ('=' sorts first)
            Row formula = sheet.getRow(1);
            assertEquals(CellType.STRING, formula.getCell(0).getCellType());
            assertEquals("'" + r.formula(), formula.getCell(0).getStringCellValue(), "a formula comes out as text");

            Row bare = sheet.getRow(2);
            assertEquals(r.bare(), bare.getCell(0).getStringCellValue());
            assertEquals("No agreement", bare.getCell(5).getStringCellValue());
            assertNull(bare.getCell(6));
            assertNull(bare.getCell(8));
            assertEquals("No", bare.getCell(9).getStringCellValue());
            assertEquals(0, bare.getCell(10).getNumericCellValue());

            Row covered = sheet.getRow(3);
            assertEquals(r.covered(), covered.getCell(0).getStringCellValue());
            assertEquals("Netherlands", covered.getCell(2).getStringCellValue());
            assertEquals("Active", covered.getCell(4).getStringCellValue());
            assertEquals("Approved, in force", covered.getCell(5).getStringCellValue());
            assertEquals(TODAY.minusMonths(1), covered.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(r.until(), covered.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", covered.getCell(7).getCellStyle().getDataFormatString());
            assertEquals(TODAY.plusYears(1), covered.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Yes", covered.getCell(9).getStringCellValue());
            assertEquals(CellType.NUMERIC, covered.getCell(10).getCellType());
        }

        Api.Reply dutch = api.get("api/reports/processors.xlsx?q=" + q(r.token()), "manager", "nl");
        List<List<String>> rows = read(new ByteArrayInputStream(dutch.bytes()));
        assertEquals("Naam", rows.get(0).get(0));
        assertEquals("Verwerkersovereenkomst", rows.get(0).get(5));
        assertEquals("Goedgekeurd, van kracht", rows.get(3).get(5));
        assertEquals("Ja", rows.get(3).get(9));

        Api.Reply offboardedOnly = api.get("api/reports/processors.xlsx?status=OFFBOARDED&q=" + q(r.token()),
                "legal");
        assertEquals(1, read(new ByteArrayInputStream(offboardedOnly.bytes())).size(), "the status filter applies");
    }

    @Test
    void theRegisterAsCsvIsInertAndInTheCallersLanguage() {
        Api api = new Api(base);
        Register r = register(api);

        Api.Reply reply = api.get("api/reports/processors.csv?q=" + q(r.token()), "procurement", "nl");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        assertTrue(reply.contentDisposition().contains("processors-" + TODAY + ".csv"), reply.contentDisposition());
        assertTrue(reply.body().startsWith("\uFEFF"), "a byte-order mark, so that Excel reads UTF-8");
        String[] lines = reply.body().substring(1).split("\r\n");
        assertEquals(4, lines.length, reply.body());
        assertEquals("Naam,KvK-nummer,Land,Risicoklasse,Status,Verwerkersovereenkomst,Van kracht vanaf,"
                + "Van kracht tot en met,Bewijs geldig tot en met,Bewijs vandaag geldig,Open meldingen", lines[0]);
        assertTrue(lines[1].startsWith("\"'" + FORMULA.replace("\"", "\"\"")), lines[1]);
        assertTrue(lines[2].startsWith("Bare " + r.token() + ",,Nederland,"), lines[2]);
        assertTrue(lines[2].contains(",Geen overeenkomst,,,,Nee,0"), lines[2]);
        assertTrue(lines[3].contains(",Goedgekeurd, van kracht,".replace("Goedgekeurd, van kracht",
                "\"Goedgekeurd, van kracht\"") + TODAY.minusMonths(1) + "," + r.until() + ","
                + TODAY.plusYears(1) + ",Ja,"), lines[3]);

        assertEquals(401, api.get("api/reports/processors.csv", null).status());
    }

    @Test
    void aPersonDownloadsTheFilteredListAsExcel(@TempDir Path downloads) throws Exception {
        Api api = new Api(base);
        Register r = register(api);
        try (Browser browser = new Browser(base, "en", downloads)) {
            browser.open("processors/list.xhtml");
            browser.logIn("manager", Api.PASSWORD);
            browser.open("processors/list.xhtml");
            browser.waitForText(By.tagName("h1"), "Processors");
            browser.type(By.id("list:processors:name:filter"), r.token());
            browser.waitForCount(By.cssSelector("#list\\:processors_data a.processor-name"), 3);
            browser.waitForText(By.id("list:processors"), "Approved, in force");

            browser.click(By.id("list:exportXlsx"));
            Path file = browser.downloaded(downloads, "processors-" + TODAY + ".xlsx");
            List<List<String>> rows;
            try (InputStream in = Files.newInputStream(file)) {
                rows = read(in);
            }
            assertEquals(4, rows.size(), "the header and the filtered rows only: " + rows);
            assertEquals(List.of("Name", "KvK number", "Country", "Risk tier", "Inherent risk", "Residual risk",
                    "Status", "Agreement", "In force from", "In force until", "Evidence valid until",
                    "Evidence valid today", "Open alerts"), rows.get(0));
            List<String> names = rows.subList(1, 4).stream().map(row -> row.get(0)).toList();
            assertEquals(List.of("'" + r.formula(), r.bare(), r.covered()), names);
            List<String> covered = rows.get(3);
            assertEquals("Approved, in force", covered.get(7));
            assertEquals(TODAY.minusMonths(1).toString(), covered.get(8));
            assertEquals(r.until().toString(), covered.get(9));
            assertEquals("Yes", covered.get(11));
        }
    }

    @Test
    void theAgreementsAndAlertsListsExportCsvWithDutchHeaders() {
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("agreements/list.xhtml");
            browser.logIn("auditor", Api.PASSWORD);
            browser.open("agreements/list.xhtml");
            String agreements = browser.download("list", "list:exportCsv").lines().findFirst().orElse("");
            assertTrue(agreements.contains("Referentie") && agreements.contains("Verwerker")
                    && agreements.contains("Vandaag van kracht"), agreements);

            browser.open("alerts/list.xhtml");
            String alerts = browser.download("list", "list:exportCsv").lines().findFirst().orElse("");
            assertTrue(alerts.contains("Ernst") && alerts.contains("Soort")
                    && alerts.contains("Wat er mis is en hoe het op te lossen"), alerts);
        }
    }

    @Test
    void theEngagementsListExportsTheRowsItsFilterShowsWithDutchHeaders() {
        Api api = new Api(base);
        Register r = register(api);
        long covered = id(api, r.covered());
        long bare = id(api, r.bare());
        CoverageFixtures.engage(api, covered, "\"e.mailing\"");
        CoverageFixtures.engage(api, bare, "\"e.mailing\"");
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("engagements/list.xhtml");
            browser.logIn("manager", Api.PASSWORD);
            browser.open("engagements/list.xhtml");
            browser.type(By.id("list:engagements:processor:filter"), r.token());
            browser.waitForCount(By.cssSelector("#list\\:engagements_data a.engagement-description"), 2);

            List<String> lines = browser.download("list", "list:exportCsv").replace("\uFEFF", "").lines().toList();
            assertEquals(3, lines.size(), "the header and the two rows the filter shows: " + lines);
            assertEquals("\"Omschrijving\",\"Verwerker\",\"Eigenaar\",\"Vanaf\",\"Tot en met\",\"Dekking\"",
                    lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"" + r.bare() + "\"")
                    && l.contains("\"" + TODAY.minusDays(1) + "\"") && l.contains("bevindingen")), lines::toString);
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"" + r.covered() + "\"") && l.endsWith("\"Gedekt\"")),
                    lines::toString);
        }
    }

    @Test
    void theEvidenceListOfOneProcessorAsExcelWithEnglishHeadersAndItsDaysInColumns(@TempDir Path downloads)
            throws Exception {
        Api api = new Api(base);
        Register r = register(api);
        long covered = id(api, r.covered());
        try (Browser browser = new Browser(base, "en", downloads)) {
            browser.open("evidence/list.xhtml");
            browser.logIn("auditor", Api.PASSWORD);
            browser.open("evidence/list.xhtml?processorId=" + covered);
            browser.waitForText(By.id("list:evidence"), "BSI");

            browser.click(By.id("list:exportXlsx"));
            List<List<String>> rows;
            try (InputStream in = Files.newInputStream(browser.downloaded(downloads, "evidence-" + TODAY + ".xlsx"))) {
                rows = read(in);
            }
            assertEquals(List.of(List.of("Processor", "Type", "Issuer or auditor", "Scope", "Issued on", "Valid until",
                    "Validity", "Document"), List.of(r.covered(), "ISO/IEC 27001 certificate", "BSI", "All services",
                    TODAY.plusYears(1).minusYears(3).plusDays(1).toString(), TODAY.plusYears(1).toString(), "Valid", "")),
                    rows.stream().map(row -> row.size() < 8 ? pad(row, 8) : row).toList(),
                    "only the processor's evidence, as the page filtered it");
        }
    }

    /**
     * Moments export as machines read them (docs/decisions.md, "Dates in exports"): a date-time cell in Excel and ISO
     * 8601 in CSV, for the worklist's alerts and the review queue, which exports like every list.
     */
    @Test
    void theWorklistAndTheReviewQueueExportTheirMomentsForMachines(@TempDir Path downloads) throws Exception {
        Api api = new Api(base);
        long processor = CoverageFixtures.processor(api);
        CoverageFixtures.engage(api, processor, "\"e.mailing\"");
        String reference = "DPA-QUEUE-" + Api.freshKvk();
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"%s","signedOn":"%s","effectiveFrom":"%s","purposes":["e"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],"checklist":[]}"""
                .formatted(processor, reference, TODAY.minusDays(2), TODAY.minusDays(1)));
        assertEquals(201, draft.status(), draft::toString);
        assertEquals(200, api.post("api/agreements/" + draft.json().getJsonNumber("id") + "/submit", "procurement",
                "{\"version\":" + draft.json().getJsonNumber("version") + "}").status());
        String moment = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";

        try (Browser browser = new Browser(base, "en", downloads)) {
            browser.open("login.xhtml");
            browser.logIn("legal", Api.PASSWORD);
            browser.open("alerts/list.xhtml?processorId=" + processor);
            browser.click(By.id("list:exportXlsx"));
            try (InputStream in = Files.newInputStream(browser.downloaded(downloads, "alerts-" + TODAY + ".xlsx"));
                    XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                int when = header(sheet, "Age or due");
                Cell opened = sheet.getRow(1).getCell(when);
                assertEquals(CellType.NUMERIC, opened.getCellType(), "a date-time cell: " + opened);
                assertEquals(TODAY, opened.getLocalDateTimeCellValue().toLocalDate());
            }
            List<String> alerts = browser.download("list", "list:exportCsv").lines().toList();
            assertTrue(alerts.get(1).matches(".*\"" + moment + "\".*"), alerts::toString);

            browser.open("agreements/review.xhtml");
            List<String> queue = browser.download("review", "review:exportCsv").replace("\uFEFF", "").lines().toList();
            assertEquals("\"Reference\",\"Revision\",\"Processor\",\"Submitted\",\"Submitted at\",\"Kind\","
                    + "\"Missing clauses\"", queue.get(0));
            String line = queue.stream().filter(l -> l.contains(reference)).findFirst().orElseThrow();
            assertTrue(line.matches("\"" + reference + "\",\"1\",\"[^\"]+\",\"procurement\",\"" + moment
                    + "\",\"New agreement\",\"\\(a\\) .*"), line);
        }
    }

    private static int header(Sheet sheet, String title) {
        Row headers = sheet.getRow(0);
        for (int c = 0; c < headers.getLastCellNum(); c++) {
            if (title.equals(headers.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    /** Every other list downloads through the same buttons: the header in the reader's language, then rows. */
    @Test
    void everyOtherListExportsWithHeadersInTheReadersLanguage() {
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml");
            browser.logIn("admin", Api.PASSWORD);
            List<String> wrong = new ArrayList<>();
            expect(browser, "accounts/users.xhtml", "\"Gebruikersnaam\",\"Uitgeschakeld\",\"Moet wachtwoord wijzigen\","
                    + "\"Rollen\",\"E-mailadres\",\"Taal\"", "\"admin\",\"Nee\"", wrong);
            expect(browser, "catalogue/list.xhtml?kind=purposes", "\"Code\",\"Naam\",\"Grondslag (art. 6 lid 1)\","
                    + "\"Bewaartermijn\",\"Buiten gebruik\"", "\"e\",", wrong);
            expect(browser, "catalogue/list.xhtml?kind=data-categories", "\"Code\",\"Naam\",", "\"contact\",", wrong);
            expect(browser, "transfers/countries.xhtml", "\"Land\",\"EER\",\"Adequaatheidsbesluit\",\"Vastgesteld op\","
                    + "\"Geldt tot en met\",\"Reikwijdte\"", ",\"In de EER\",", wrong);
            expect(browser, "deletion/list.xhtml", "\"Verwerker\",\"Wat is beëindigd\",", null, wrong);
            expect(browser, "chain/notices.xhtml", "\"Verwerker\",\"Subverwerker\",", null, wrong);
            assertEquals(List.of(), wrong);
        }
    }

    private static void expect(Browser browser, String page, String header, String row, List<String> wrong) {
        browser.open(page);
        String form = page.startsWith("chain/notices") ? "notices" : "list";
        List<String> lines = browser.download(form, form + ":exportCsv").replace("\uFEFF", "").lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(header)) {
            wrong.add(page + " header: " + (lines.isEmpty() ? "nothing" : lines.get(0)));
        } else if (row != null && lines.stream().skip(1).noneMatch(l -> l.contains(row))) {
            wrong.add(page + " has no row with " + row + ": " + lines.subList(0, Math.min(3, lines.size())));
        }
    }

    private static List<String> pad(List<String> row, int size) {
        List<String> padded = new ArrayList<>(row);
        while (padded.size() < size) {
            padded.add("");
        }
        return padded;
    }

    private static long id(Api api, String name) {
        return api.get("api/processors?q=" + q(name), "auditor").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void anAuditorDownloadsTheSearchedAuditTrailAsExcel(@TempDir Path downloads) throws Exception {
        Api api = new Api(base);
        Register r = register(api);
        try (Browser browser = new Browser(base, "en", downloads)) {
            browser.open("audit/list.xhtml");
            browser.logIn("auditor", Api.PASSWORD);
            browser.open("audit/list.xhtml");
            browser.type(By.id("filters:text"), r.token());
            browser.click(By.id("filters:search"));
            // the filter's answer: the processors' creation at least (the changed values are not shown as text)
            browser.waitForText(By.id("list:entries"), "Processor");

            browser.click(By.id("list:exportXlsx"));
            Path file = browser.downloaded(downloads, "audit-" + TODAY + ".xlsx");
            List<List<String>> rows;
            try (InputStream in = Files.newInputStream(file)) {
                rows = read(in);
            }
            assertEquals(List.of("When", "Who"), rows.get(0).subList(0, 2), rows.get(0).toString());
            assertTrue(rows.get(0).contains("Changes"), rows.get(0).toString());
            int changes = rows.get(0).indexOf("Changes");
            assertTrue(rows.size() >= 4, "at least the three processors' creation: " + rows);
            rows.subList(1, rows.size()).forEach(row -> assertTrue(
                    row.get(changes).toLowerCase().contains(r.token().toLowerCase()), row.toString()));
            assertTrue(rows.stream().anyMatch(row -> row.get(changes).contains("'=HYPERLINK") || row.get(changes)
                    .contains(FORMULA)), "the processor named like a formula is in the trail");
        }
    }
}
