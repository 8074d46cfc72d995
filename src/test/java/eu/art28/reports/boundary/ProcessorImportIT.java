package eu.art28.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/** Procurement's spreadsheet through the API and through the page, on the configured database. */
@ExtendWith(SharedApp.class)
class ProcessorImportIT {

    private static final String PATH = "api/imports/processors";


    @SharedApp.Base
    URL base;

    /**
     * 50 lines of processors named after this run; lines 11, 26 and 41 (as the spreadsheet counts) are bad; all but
     * the third processor give the tier "low".
     */
    private static String fifty(String prefix) {
        StringBuilder csv = new StringBuilder("name,kvkNumber,country,contactName,contactEmail,riskTier\n");
        for (int i = 1; i <= 50; i++) {
            int line = i + 1;
            String kvk = line == 11 ? "1234" : "";
            String country = line == 26 ? "" : "NL";
            String email = line == 41 ? "not-an-address" : "privacy" + i + "@example.org";
            csv.append(prefix).append(" Supplier ").append(i).append(" B.V.,").append(kvk).append(',')
                    .append(country).append(",Contact ").append(i).append(',').append(email)
                    .append(i == 3 ? ",\n" : ",low\n");
        }
        return csv.toString();
    }

    private static Api.Reply post(Api api, String user, String query, String csv) {
        return api.send("POST", PATH + query, user, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static long found(Api api, String prefix) {
        return api.get("api/processors?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8), "auditor").json()
                .getJsonNumber("total").longValue();
    }

    @Test
    void threeBadLinesOfFiftyAreReportedAndAllOrNothingStoresNothing() {
        Api api = new Api(base);
        String prefix = "Imp" + Api.freshKvk();
        String csv = fifty(prefix);

        Api.Reply dryRun = post(api, "procurement", "?dryRun=true", csv);
        assertEquals(200, dryRun.status(), dryRun::toString);
        JsonObject report = dryRun.json();
        assertEquals(50, report.getInt("lines"));
        assertEquals(47, report.getInt("valid"));
        assertEquals(0, report.getInt("imported"));
        assertTrue(report.getBoolean("dryRun"));
        assertEquals(List.of("11 kvkNumber", "26 country", "41 contactEmail"), lines(report));
        assertTrue(report.getJsonArray("duplicates").isEmpty(), report::toString);
        assertEquals(0, found(api, prefix), "a dry run stores nothing");

        Api.Reply refused = post(api, "procurement", "?dryRun=false&allOrNothing=true", csv);
        assertEquals(200, refused.status(), refused::toString);
        assertEquals(0, refused.json().getInt("imported"));
        assertFalse(refused.json().getBoolean("dryRun"));
        assertEquals(List.of("11 kvkNumber", "26 country", "41 contactEmail"), lines(refused.json()));
        assertTrue(refused.json().getString("outcome").contains("Nothing was stored"), refused::toString);
        assertEquals(0, found(api, prefix), "all or nothing: nothing");

        Api.Reply imported = post(api, "procurement", "?dryRun=false&allOrNothing=false", csv);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(47, imported.json().getInt("imported"));
        assertEquals(47, found(api, prefix));
        JsonObject one = api.get("api/processors?q=" + URLEncoder.encode(prefix + " Supplier 2 B.V.",
                StandardCharsets.UTF_8), "auditor").json().getJsonArray("items").getJsonObject(0);
        assertEquals("LOW", one.getString("riskTier"));
        JsonObject given = api.get("api/processors/" + one.getInt("id") + "/risk", "auditor").json();
        assertTrue(given.getBoolean("overridden"), () -> "a tier the file gives is a person's: " + given);
        assertEquals(1, given.getJsonArray("history").size(), () -> "scored when imported: " + given);
        JsonObject third = api.get("api/processors?q=" + URLEncoder.encode(prefix + " Supplier 3 B.V.",
                StandardCharsets.UTF_8), "auditor").json().getJsonArray("items").getJsonObject(0);
        JsonObject computed = api.get("api/processors/" + third.getInt("id") + "/risk", "auditor").json();
        assertFalse(computed.getBoolean("overridden"), () -> "no tier in the file: the computed one: " + computed);
        assertEquals("LOW", third.getString("riskTier"));
        assertEquals(1, computed.getJsonArray("history").size(), () -> "scored when imported: " + computed);
        assertEquals("privacy2@example.org", one.getJsonArray("contacts").getJsonObject(0).getString("email"));
        assertEquals("procurement", api.get("api/audit/history/Processor/" + one.getInt("id"), "auditor").structure()
                .asJsonArray().getJsonObject(0).getString("actor"), "the audit trail names who imported");

        JsonObject again = post(api, "procurement", "", csv).json();
        assertEquals(0, again.getInt("valid"), "the same file again: every good line is a duplicate now");
        assertEquals(47, again.getJsonArray("duplicates").size());
        JsonObject duplicate = again.getJsonArray("duplicates").getJsonObject(0);
        assertEquals(2, duplicate.getInt("line"));
        assertEquals("name", duplicate.getString("field"));
        assertNotNull(duplicate.getJsonNumber("existingId"), duplicate::toString);
        assertEquals(47, found(api, prefix), "a dry run is the default");
    }

    private static List<String> lines(JsonObject report) {
        return report.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getInt("line") + " " + e.getString("field")).toList();
    }

    @Test
    void aDutchWindowsFileWithSemicolonsAndAnAgreement() {
        Api api = new Api(base);
        String prefix = "Imp" + Api.freshKvk();
        String kvk = Api.freshKvk();
        String csv = "Naam;KvK-nummer;Land;Overeenkomstkenmerk;Ingangsdatum;Einddatum;Kleur\n"
                + prefix + " Coöperatie Café;" + kvk + ";nl;DPA-" + prefix + ";1-2-2026;31-1-2029;rood\n"
                + prefix + " Tweede;" + kvk + ";NL;;;;\n"
                + prefix + " Derde;;NL;;31-02-2026;;\n";
        Api.Reply reply = api.send("POST", PATH + "?dryRun=false", "procurement", "text/csv",
                csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject report = reply.json();
        assertEquals(1, report.getInt("imported"), report::toString);
        assertEquals(List.of("Kleur"), report.getJsonArray("unknownColumns").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("kvkNumber", report.getJsonArray("duplicates").getJsonObject(0).getString("field"));
        assertEquals(3, report.getJsonArray("duplicates").getJsonObject(0).getInt("line"));
        assertEquals(List.of("4 agreementEffectiveFrom", "4 agreementReference"), lines(report));

        JsonObject processor = api.get("api/processors?q=" + kvk, "auditor").json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(prefix + " Coöperatie Café", processor.getString("name"));
        JsonObject agreements = api.get("api/agreements?processorId=" + processor.getInt("id"), "auditor").json();
        JsonObject draft = agreements.getJsonArray("items").getJsonObject(0);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("2026-02-01", draft.getString("effectiveFrom"));
        assertEquals("2029-01-31", draft.getString("expiresOn"));

        Api.Reply dutch = api.send("POST", PATH, "procurement", "text/csv",
                "naam;kvk;land\nX;12;NL\n".getBytes(StandardCharsets.UTF_8));
        // the language follows Accept-Language; without one, English
        assertTrue(dutch.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("8 digits"));
    }

    @Test
    void aBrokenFileIsRefusedNamingTheColumnAndOnlyProcurementImports() {
        Api api = new Api(base);
        Api.Reply missing = post(api, "procurement", "", "name;kvk\nA;12345678\n");
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing::toString);
        assertEquals("country", missing.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(missing.json().getString("detail").contains("country"), missing::toString);

        Api.Reply empty = post(api, "procurement", "", "");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals("file", empty.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        byte[] huge = new byte[ProcessorImportResource.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        Api.Reply tooLarge = api.send("POST", PATH, "procurement", "text/csv", huge);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.json().getString("detail").contains("5 MB"), tooLarge::toString);

        assertEquals(403, post(api, "legal", "?dryRun=false", fifty("Nobody")).status());
        assertEquals(403, post(api, "auditor", "", fifty("Nobody")).status());
        assertEquals(401, post(api, null, "", fifty("Nobody")).status());
        assertEquals(403, api.get(PATH + "/template", "legal").status());

        Api.Reply template = api.get(PATH + "/template", "procurement");
        assertEquals(200, template.status(), template::toString);
        assertTrue(template.contentType().startsWith("text/csv"), template::toString);
        assertTrue(template.contentDisposition().startsWith("attachment"), template::toString);
        assertTrue(template.body().contains("name,kvkNumber,vatNumber,country"), template::body);
        Api.Reply dutch = api.get(PATH + "/template", "procurement", "nl");
        assertTrue(dutch.body().contains("naam;kvk-nummer;btw-nummer;land"), dutch::body);
    }

    @Test
    void procurementImportsAFileOnThePageWithAProgressBarAndAReportPerLine() throws IOException {
        String prefix = "Imp" + Api.freshKvk();
        Path file = Files.createTempFile("processors", ".csv");
        Path broken = Files.createTempFile("broken", ".csv");
        Files.writeString(file, "naam;land;website;contactnaam;contact-email\n"
                + prefix + " Eerste B.V.;Nederland;www.eerste.example;Eva;eerste@example.org\n"
                + prefix + " Tweede B.V.;XX;;Tom;tweede@example.org\n"
                + prefix + " Derde B.V.;Duitsland;;Dirk;geen-adres\n"
                + prefix + " Vierde B.V.;belgium;;;\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml");
            browser.logIn("procurement", Api.PASSWORD);
            browser.menu("nav-import");
            browser.waitForText(By.tagName("h1"), "Import processors");

            // a file of a few lines is checked before the page is drawn; 10,000 lines show the progress bar
            StringBuilder large = new StringBuilder("name;country\n");
            for (int i = 0; i < 10_000; i++) {
                large.append(prefix).append(" Massa ").append(i).append(";NL\n");
            }
            Path many = Files.createTempFile("many", ".csv");
            Files.writeString(many, large, StandardCharsets.UTF_8);
            browser.visible(By.cssSelector("input[type=file]")).sendKeys(many.toString());
            browser.follow(By.id("importForm:check"));
            assertFalse(browser.all(By.id("importForm:progress")).isEmpty(), "the progress bar shows");
            browser.visible(By.id("importForm:result"));
            browser.open("reports/import.xhtml");

            Files.writeString(broken, "naam;kvk\n" + prefix + " Zonder Land;12345678\n", StandardCharsets.UTF_8);
            browser.visible(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
            browser.follow(By.id("importForm:check"));
            browser.waitForText(By.id("importForm:messages"), "The column country is missing");

            browser.visible(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.follow(By.id("importForm:check"));

            browser.waitForText(By.id("importForm:report"), "contactEmail");
            List<String> rows = browser.all(By.cssSelector("#importForm\\:report_data tr")).stream()
                    .map(row -> row.getText().replaceAll("\\s+", " ")).toList();
            assertEquals(2, rows.size(), rows::toString);
            assertTrue(rows.get(0).startsWith("3 Error country \"XX\" is not a country"), rows::toString);
            assertTrue(rows.get(1).startsWith("4 Error contactEmail"), rows::toString);
            assertEquals("2", browser.visible(By.id("importForm:valid")).getText());
            // the choice is the person's, made knowing what is left out: nothing is ticked in advance
            browser.waitForText(By.id("choice"), "2 lines have errors or duplicates");
            assertEquals("Correct the file first", browser.visible(By.id("importForm:again")).getText());

            // the byte order mark is the file's (Excel reads UTF-8 by it); the browser's text decoder drops it
            List<String> report = browser.download("importForm", "importForm:reportCsv").replace("\uFEFF", "")
                    .lines().toList();
            assertEquals(3, report.size(), report::toString);
            assertEquals("Line,Column,Kind,Problem", report.get(0));
            assertEquals("3,country,Error,\"\"\"XX\"\" is not a country we know: write its name in English or Dutch"
                    + " (Germany, Duitsland) or its two-letter code (DE).\"", report.get(1));
            assertTrue(report.get(2).startsWith("4,contactEmail,Error,"), report::toString);

            // the file checked is imported: no second upload
            assertEquals("Import the 2 valid lines, leave out 2 lines",
                    browser.visible(By.id("importForm:import")).getText());
            browser.click(By.id("importForm:import"));
            browser.waitForText(By.cssSelector(".ui-confirm-dialog-message"), "leave out the 2 lines");
            browser.click(By.id("importForm:confirmYes"));
            browser.waitForText(By.id("importForm:imported"), "2");
            browser.waitForText(By.id("outcome"), "2 processors imported");
            assertTrue(browser.all(By.id("importForm:import")).isEmpty(), "imported: nothing left to import");

            browser.click(By.id("importForm:toList"));
            browser.type(By.id("list:processors:name:filter"), prefix);
            browser.waitForCount(By.cssSelector("#list\\:processors_data a.processor-name"), 2);
            browser.waitForText(By.id("list:processors"), prefix + " Vierde B.V.");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(broken);
        }
        Api api = new Api(base);
        int id = api.get("api/processors?q=" + URLEncoder.encode(prefix + " Eerste", StandardCharsets.UTF_8),
                "auditor").json().getJsonArray("items").getJsonObject(0).getInt("id");
        JsonObject created = api.get("api/audit/history/Processor/" + id, "auditor").structure().asJsonArray()
                .getJsonObject(0);
        JsonObject eerste = api.get("api/processors/" + id, "auditor").json();
        assertEquals("NL", eerste.getString("country"), "Nederland is NL");
        assertEquals("https://www.eerste.example", eerste.getString("website"));
        assertEquals("procurement", created.getString("actor"), "the background import keeps the user: " + created);
    }

    @Test
    void theImportPageIsProcurementsOnly() {
        try (Browser browser = new Browser(base, "nl")) {
            browser.open("login.xhtml");
            browser.logIn("legal", Api.PASSWORD);
            assertTrue(browser.all(By.id("nav-import")).isEmpty(), "no menu item for legal");
            browser.open("reports/import.xhtml");
            browser.waitForText(By.id("error-text"), "Deze pagina bestaat niet");
        }
    }
}
