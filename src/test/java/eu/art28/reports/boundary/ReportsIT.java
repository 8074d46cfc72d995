package eu.art28.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import eu.art28.coverage.boundary.CoverageFixtures;
import eu.art28.platform.boundary.Page;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * The Art. 30 register and the vendor dossier over the API and as files (opened with Apache POI and OpenPDF), and,
 * in the same deployment, a manager reading the register in the browser, taking the PDF, and switching the pages
 * to English and back, which is remembered across logins.
 */
@ExtendWith(SharedApp.class)
class ReportsIT {

    static final String ARROW = " \u2192 ";


    @SharedApp.Base
    URL base;

    /** A printing house engaged for mailings, passing the addresses to a US archive under SCCs. */
    record Setup(long printer, String printerName, long archive, String archiveName) {
    }

    static Setup printingHouseWithAUsArchive(Api api) {
        long printer = CoverageFixtures.processor(api);
        String printerName = api.get("api/processors/" + printer, "auditor").json().getString("name");
        CoverageFixtures.approvedAgreement(api, printer, "\"e\"", null);
        String archiveName = "Archive " + Api.freshKvk() + " Inc";
        long archive = api.post("api/processors", "procurement",
                "{\"name\":\"%s\",\"country\":\"US\"}".formatted(archiveName)).json().getJsonNumber("id").longValue();
        Api.Reply link = api.post("api/processors/" + printer + "/subprocessors", "procurement", """
                {"authorisation":"SPECIFIC","subprocessorId":%d,"service":"Archive of mailings","startsOn":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"countries":["US"],
                 "safeguards":{"US":"SCC_2021_914_MODULE_3"},"flowDown":true,"flowDownReference":"MSA 7"}"""
                .formatted(archive, LocalDate.now().minusDays(10)));
        assertEquals(201, link.status(), link::toString);
        Api.Reply approved = api.post("api/processors/%d/subprocessors/%s/approve".formatted(printer,
                link.json().getJsonNumber("id")), "legal", "{\"version\":%s,\"reference\":\"Letter\"}".formatted(
                link.json().getJsonNumber("version")));
        assertEquals(200, approved.status(), approved::toString);
        CoverageFixtures.engage(api, printer, "\"e.mailing\"");
        return new Setup(printer, printerName, archive, archiveName);
    }

    static JsonObject activity(JsonObject register, String code) {
        return register.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /**
     * The language menu in the page header; choosing reloads the page. The item is chosen through the menu's own
     * script, as a click on its animated panel in the page corner proved unreliable in headless Chromium.
     */
    static void chooseLanguage(Browser browser, String language, String tag) {
        browser.click(By.cssSelector("#session\\:language .ui-selectonemenu-trigger"));
        browser.script("var menu = PF('languageMenu'); menu.selectItem(menu.items.filter(function () {"
                + " return this.getAttribute('data-label') === '" + language + "'; }));");
        // the page reloads: wait for the new one, asking through the reload until it answers
        new FluentWait<>(browser).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .withMessage("the page should come back in " + language)
                .until(b -> tag.equals(reloaded(b)));
        browser.settle();
    }

    private static Object reloaded(Browser browser) {
        try {
            return browser.script("return document.readyState === 'complete' ? document.documentElement.lang : ''");
        } catch (WebDriverException reloading) {
            return "";
        }
    }

    @Test
    void theRegisterListsAPurposeWithItsProcessorsAndSubprocessorsFromTheChain() {
        Api api = new Api(base);
        Setup setup = printingHouseWithAUsArchive(api);

        Api.Reply reply = api.get("api/reports/register", "auditor");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject mailing = activity(reply.json(), "e.mailing");
        List<String> paths = mailing.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("path")).toList();
        assertTrue(paths.contains(setup.printerName()), paths::toString);
        assertTrue(paths.contains(setup.printerName() + ARROW + setup.archiveName()), paths::toString);
        assertEquals("(a) consent", mailing.getString("legalBasis"));
        assertEquals("2 years", mailing.getString("retention"), "the period in words, as people read the register");
        assertTrue(mailing.getJsonArray("transfers").getValuesAs(JsonObject.class).stream().anyMatch(t ->
                t.getString("recipient").endsWith(setup.archiveName())
                        && t.getString("ground").equals("SCC 2021/914, module 3") && t.getBoolean("lawful")),
                mailing::toString);
        assertTrue(mailing.getJsonArray("securityMeasures").getValuesAs(JsonString.class).stream()
                .anyMatch(m -> m.getString().startsWith(setup.printerName() + ": ISO/IEC 27001")), mailing::toString);
        JsonObject marketing = activity(reply.json(), "e");
        assertTrue(marketing.getJsonArray("recipients").toString().contains(setup.archiveName()),
                "a mailing is marketing: the parent purpose lists the recipients too");
        assertTrue(activity(api.get("api/reports/register", "manager", "nl").json(), "e.mailing")
                .getString("legalBasis").equals("(a) toestemming"), "in the caller's language");

        Api.Reply past = api.get("api/reports/register?on=" + LocalDate.now().minusYears(5), "auditor");
        assertTrue(activity(past.json(), "e.mailing").getJsonArray("recipients").isEmpty(),
                "five years ago nothing was engaged");
        assertEquals(400, api.get("api/reports/register?on=31-12-2026", "auditor").status());
    }

    @Test
    void theRegisterFilesOpenInASpreadsheetAndAPdfReader() throws IOException {
        Api api = new Api(base);
        Setup setup = printingHouseWithAUsArchive(api);

        Api.Reply xlsx = api.get("api/reports/register/export.xlsx", "legal");
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertTrue(xlsx.contentDisposition().contains("art30-register-" + LocalDate.now() + ".xlsx"), xlsx.contentDisposition());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Purpose", sheet.getRow(0).getCell(1).getStringCellValue());
            Row mailing = null;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("e.mailing")) {
                    mailing = row;
                }
            }
            assertTrue(mailing != null, "a row for the mailing purpose");
            String recipients = mailing.getCell(5).getStringCellValue();
            assertTrue(recipients.contains(setup.printerName() + ARROW + setup.archiveName()), recipients);
        }

        Api.Reply csv = api.get("api/reports/register/export.csv", "procurement", "nl");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("\uFEFFCode,Doeleinde,Grondslag (art. 6 lid 1)"), csv.body());
        assertTrue(csv.body().contains(setup.archiveName()), "the chain is in the file");

        Api.Reply pdf = api.get("api/reports/register/export.pdf", "auditor");
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = pdfText(pdf.bytes());
        assertTrue(text.contains("Register of processing activities"), text);
        assertTrue(text.contains(setup.printerName() + " > " + setup.archiveName()), text);
    }

    @Test
    void theVendorDossierHoldsTheProcessorsWholeFile() throws IOException {
        Api api = new Api(base);
        Setup setup = printingHouseWithAUsArchive(api);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply breach = api.post("api/incidents", "legal", """
                {"processorId":%d,"processorAwareAt":"%s","reportedAt":"%s","reportedVia":"PHONE","awareAt":"%s",
                 "description":"Print proofs sent to the wrong customer"}""".formatted(setup.printer(),
                now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(2))));
        assertEquals(201, breach.status(), breach::toString);

        Api.Reply dossier = api.get("api/reports/dossiers/" + setup.printer(), "auditor");
        assertEquals(200, dossier.status(), dossier::toString);
        assertTrue(dossier.contentDisposition().contains("dossier-"), dossier.contentDisposition());
        String text = pdfText(dossier.bytes());
        for (String expected : List.of("Vendor dossier: " + setup.printerName(), "Promises of the privacy statement",
                "DPA-", "(b) Confidentiality of authorised persons: present", "Customer mailing",
                setup.archiveName(), "ISO/IEC 27001", "Never reviewed.", "Inherent risk", "Residual risk",
                "Tier in force", "Policy version")) {
            assertTrue(text.contains(expected), "'" + expected + "' in " + text);
        }
        // a table's cells wrap their text over lines
        String flowing = text.replaceAll("\\s+", " ");
        for (String expected : List.of("Personal data breaches (Art. 33)", "Print proofs sent to the wrong customer",
                "late: 28 hours, 24 allowed", "Awaiting a decision", "Breaches registered: 1, of which 1")) {
            assertTrue(flowing.contains(expected), "'" + expected + "' in " + flowing);
        }
        Api.Reply breaches = api.get("api/reports/breaches/export.pdf", "auditor");
        assertEquals(200, breaches.status(), breaches::toString);
        assertTrue(breaches.contentDisposition().contains("breaches-"), breaches.contentDisposition());
        String register = pdfText(breaches.bytes()).replaceAll("\\s+", " ");
        assertTrue(register.contains("Breach register") && register.contains("Print proofs sent to the wrong customer")
                && register.contains(setup.printerName()), register);
        assertTrue(pdfText(api.get("api/reports/dossiers/" + setup.printer(), "legal", "nl").bytes())
                .contains("Leveranciersdossier: " + setup.printerName()), "in the caller's language");
        Api.Reply unknown = api.get("api/reports/dossiers/987654321", "auditor");
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals(401, api.get("api/reports/dossiers/" + setup.printer(), null).status());
    }

    /**
     * More alerts than a page of the API holds (200), the oldest still open: the dossier shows every open one. The
     * agreement covers marketing, contact details, customers and the Netherlands; each engagement is judged on
     * several counts outside it (purpose, category, special category, subjects, country).
     */
    @Test
    void theVendorDossierShowsEveryOpenAlertHoweverManyTheProcessorHas() throws IOException {
        Api api = new Api(base);
        long processor = CoverageFixtures.processor(api);
        CoverageFixtures.approvedAgreement(api, processor, "\"e\"");
        String marker = "Uncovered" + Api.freshKvk().replaceAll("[^A-Za-z0-9]", "");
        long engagements = 0;
        // until the processor has more alerts than the API's largest page: the first one then falls off any page of 200
        while (api.get("api/alerts?size=1&processorId=" + processor, "auditor").json().getJsonNumber("total")
                .longValue() <= Page.MAX_SIZE) {
            Api.Reply engaged = api.post("api/engagements", "procurement", """
                    {"processorId":%d,"description":"%sN%d","businessOwner":"Finance","purposes":["b.bookkeeping"],
                     "dataCategories":["financial","health"],"dataSubjects":["staff"],"countries":["US"],
                     "startsOn":"%s"}""".formatted(processor, marker, engagements++, LocalDate.now().minusDays(1)));
            assertEquals(201, engaged.status(), engaged::toString);
        }
        long open = openAlertsSaying(api, processor, LOOKED_AT);

        // each of these alerts' explanations names the agreements it looked at, as nothing else in the dossier does
        // (the table's rows are counted so: its last rows may come out of the PDF after the sections that follow)
        String text = pdfText(api.get("api/reports/dossiers/" + processor, "auditor").bytes()).replaceAll("\\s+", " ");
        assertEquals(open, text.split(LOOKED_AT, -1).length - 1,
                "a row for each of the " + open + " open alerts of " + engagements + " engagements: " + text);
    }

    static final String LOOKED_AT = "Looked at: DPA-";

    /** How many open alerts of the processor say {@code words} in their explanation, in every page of them. */
    private static long openAlertsSaying(Api api, long processor, String words) {
        long open = 0;
        for (int page = 0; ; page++) {
            List<JsonObject> items = api.get("api/alerts?status=OPEN&size=%d&page=%d&processorId=%d"
                    .formatted(Page.MAX_SIZE, page, processor), "auditor").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            open += items.stream().filter(a -> a.getString("explanation").contains(words)).count();
            if (items.size() < Page.MAX_SIZE) {
                return open;
            }
        }
    }

    @Test
    void aManagerReadsTheRegisterTakesThePdfAndTheLanguageChoiceIsRemembered() throws IOException {
        Api api = new Api(base);
        Setup setup = printingHouseWithAUsArchive(api);
        String user = "it-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String initial = "initial-password-1234";
        String chosen = "chosen-password-5678";
        assertEquals(201, api.post("api/users", "admin", """
                {"username":"%s","roles":["MANAGER"],"password":"%s"}""".formatted(user, initial)).status());
        assertEquals(204, api.withPassword(initial).post("api/profile/password", user,
                "{\"current\":\"%s\",\"new\":\"%s\"}".formatted(initial, chosen)).status());

        By title = By.tagName("h1");
        By mailing = By.id("purpose-e.mailing");
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml").logIn(user, chosen);
            browser.open("reports/register.xhtml");
            browser.waitForText(title, "Register van verwerkingsactiviteiten");
            String section = browser.visible(mailing).getText();
            assertTrue(section.contains(setup.printerName() + ARROW + setup.archiveName()), section);
            assertTrue(section.contains("SCC 2021/914"), section);
            byte[] pdf = browser.downloadBytes("register", "register:downloadPdf");
            assertTrue(pdfText(pdf).contains("Register van verwerkingsactiviteiten"), "the PDF in Dutch too");

            chooseLanguage(browser, "English", "en");
            browser.waitForText(title, "Register of processing activities");
            assertTrue(browser.visible(mailing).getText().contains("Legal basis"));
            browser.open("processors/view.xhtml?tab=EVIDENCE&id=" + setup.printer());
            String validUntil = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
                    .format(LocalDate.now().plusYears(1));
            assertTrue(browser.pageText().contains(validUntil), "dates as English writes them: " + validUntil);
            browser.click(By.id("actionMenuToggle"));
            byte[] dossier = browser.downloadBytes("dossierForm", "dossierForm:dossier");
            assertTrue(pdfText(dossier).contains("Vendor dossier: " + setup.printerName()));
        }
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml").logIn(user, chosen);
            browser.open("reports/register.xhtml");
            browser.waitForText(title, "Register of processing activities");

            chooseLanguage(browser, "Nederlands", "nl");
            browser.waitForText(title, "Register van verwerkingsactiviteiten");
        }
        assertEquals("nl", api.withPassword(chosen).get("api/profile", user).json().getString("language"),
                "the choice is the user's language for mail as well");
    }
}
