package eu.art28.evidence.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.SharedApp;

/**
 * Security evidence over the REST API (filters, roles, bad input, stale versions, document versions, withdrawal)
 * and, in the same deployment to spare a Payara start, procurement adding a certificate in the browser.
 */
@ExtendWith(SharedApp.class)
class EvidenceIT {

    static final LocalDate TODAY = LocalDate.now();


    @SharedApp.Base
    URL base;

    static long processor(Api api) {
        String kvk = Api.freshKvk();
        Api.Reply reply = api.post("api/processors", "procurement",
                "{\"name\":\"Datacentre %s\",\"kvkNumber\":\"%s\",\"country\":\"NL\"}".formatted(kvk, kvk));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static Api.Reply register(Api api, String user, long processor, String type, LocalDate issuedOn,
            LocalDate validUntil) {
        return api.post("api/evidence", user, """
                {"processorId":%d,"type":"%s","issuer":"DNV Business Assurance","scope":"Hosting and backups",
                 "issuedOn":"%s"%s}""".formatted(processor, type, issuedOn,
                validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\""));
    }

    static JsonObject registered(Api api, long processor, String type, LocalDate issuedOn, LocalDate validUntil) {
        Api.Reply reply = register(api, "procurement", processor, type, issuedOn, validUntil);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static Set<String> fields(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    static List<String> types(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("type")).sorted()
                .toList();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void registeredEvidenceIsValidFromItsIssueAndCarriesItsProcessor() {
        Api api = new Api(base);
        long processor = processor(api);
        Api.Reply created = register(api, "legal", processor, "ISO_27001", TODAY.minusYears(1),
                TODAY.plusYears(2));
        assertEquals(201, created.status(), created::toString);
        JsonObject evidence = created.json();
        assertTrue(created.location().endsWith("/api/evidence/" + evidence.getJsonNumber("id")), created.location());
        assertEquals(processor, evidence.getJsonNumber("processorId").longValue());
        assertTrue(evidence.getString("processorName").startsWith("Datacentre "));
        assertEquals("ISO_27001", evidence.getString("type"));
        assertEquals(TODAY.plusYears(2).toString(), evidence.getString("validUntil"));
        assertTrue(evidence.getBoolean("validToday"));
        assertEquals("VALID", evidence.getString("validity"));
        assertEquals("legal", evidence.getString("registeredBy"));
        assertFalse(evidence.containsKey("currentDocument"), "nothing uploaded yet");

        JsonObject read = api.get("api/evidence/" + evidence.getJsonNumber("id"), "auditor").json();
        assertEquals(evidence.getJsonNumber("version"), read.getJsonNumber("version"));
        assertEquals(404, api.get("api/evidence/987654321", "auditor").status());
    }

    @Test
    void filtersByProcessorTypeValidityAndExpiry() {
        Api api = new Api(base);
        long processor = processor(api);
        registered(api, processor, "ISO_27001", TODAY.minusYears(2), TODAY.plusDays(10));
        registered(api, processor, "PENTEST_REPORT", TODAY.minusYears(1), TODAY.minusDays(1));
        registered(api, processor, "CONFIDENTIALITY_UNDERTAKING", TODAY.minusMonths(3), null);
        String mine = "api/evidence?processorId=" + processor;

        Api.Reply all = api.get(mine, "manager");
        assertEquals(3, all.json().getInt("total"), all::toString);
        assertEquals(List.of("ISO_27001"), types(api.get(mine + "&type=ISO_27001", "manager")));
        assertEquals(List.of("CONFIDENTIALITY_UNDERTAKING", "ISO_27001"),
                types(api.get(mine + "&validOn=" + TODAY, "manager")));
        assertEquals(List.of("PENTEST_REPORT"), types(api.get(mine + "&validOn=" + TODAY.minusDays(1)
                + "&type=PENTEST_REPORT", "manager")), "the last valid day counts");
        assertEquals(List.of("ISO_27001"), types(api.get(mine + "&validOn=" + TODAY + "&expiresBefore="
                + TODAY.plusDays(30), "manager")), "valid today, but not for long");
        assertEquals(List.of("ISO_27001", "PENTEST_REPORT"), types(api.get(mine + "&expiresBefore="
                + TODAY.plusDays(30), "manager")));
        JsonObject expiring = api.get(mine + "&type=ISO_27001", "manager").json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("EXPIRING", expiring.getString("validity"));

        assertEquals(Set.of("validOn"), fields(api.get(mine + "&validOn=26-11-2026", "manager")));
        assertEquals(Set.of("type"), fields(api.get(mine + "&type=ISO_9001", "manager")));
        assertEquals(Set.of("size"), fields(api.get(mine + "&size=0", "manager")));
    }

    /** Pages are chosen processor by processor (docs/decisions.md); one whose evidence a page boundary cuts. */
    @Test
    void pagesRunByProcessorNameAndTypeAndCutNothingTwice() {
        Api api = new Api(base);
        long processor = processor(api);
        for (String type : List.of("SOC2_TYPE_2", "ISO_27001", "PENTEST_REPORT", "ISO_27001")) {
            registered(api, processor, type, TODAY.minusMonths(2), TODAY.plusYears(1));
        }
        Api.Reply own = api.get("api/evidence?processorId=" + processor, "auditor");
        assertEquals(List.of("ISO_27001", "ISO_27001", "PENTEST_REPORT", "SOC2_TYPE_2"), own.json()
                .getJsonArray("items").stream().map(i -> i.asJsonObject().getString("type")).toList());
        api.assertPagesSliceTheList("api/evidence?", "auditor", 3, 4);
        api.assertPagesSliceTheList("api/evidence?type=ISO_27001&", "auditor", 2, 3);
    }

    @Test
    void procurementAndLegalRegisterProcurementAndAdminRemoveEveryoneReads() {
        Api api = new Api(base);
        long processor = processor(api);
        assertEquals(403, register(api, "manager", processor, "ISO_27001", TODAY, TODAY.plusYears(1)).status());
        assertEquals(403, register(api, "auditor", processor, "ISO_27001", TODAY, TODAY.plusYears(1)).status());
        assertEquals(401, register(api, null, processor, "ISO_27001", TODAY, TODAY.plusYears(1)).status());
        JsonObject evidence = registered(api, processor, "ISO_27001", TODAY, TODAY.plusYears(1));
        String path = "api/evidence/" + evidence.getJsonNumber("id");
        for (String reader : List.of("procurement", "legal", "manager", "admin", "auditor")) {
            assertEquals(200, api.get(path, reader).status(), reader + " reads");
        }
        assertEquals(403, api.put(path, "auditor", evidence.toString()).status());
        assertEquals(403, api.put(path + "/document?fileName=c.pdf", "manager", "application/pdf", pdf("x"))
                .status());
        String withdraw = path + "?version=" + evidence.getJsonNumber("version") + "&reason=Wrong%20processor";
        assertEquals(403, api.delete(withdraw, "legal").status(), "legal registers but does not remove");
        assertEquals(403, api.delete(withdraw, "manager").status());
        assertEquals(204, api.delete(withdraw, "admin").status());
    }

    @Test
    void badInputIsRefusedNamingTheFields() {
        Api api = new Api(base);
        long processor = processor(api);
        assertEquals(Set.of("type", "issuer", "issuedOn"), fields(api.post("api/evidence", "procurement",
                "{\"processorId\":%d,\"issuer\":\" \"}".formatted(processor))));
        assertEquals(Set.of("issuedOn", "validUntil"), fields(register(api, "procurement", processor,
                "PENTEST_REPORT", TODAY.minusDays(5), TODAY.minusDays(6))));
        assertEquals(Set.of("issuedOn"), fields(register(api, "procurement", processor, "PENTEST_REPORT",
                TODAY.plusDays(1), null)));
        assertEquals(Set.of("validUntil"), fields(register(api, "procurement", processor, "ISO_27001",
                TODAY.minusYears(1), null)), "a certificate always ends");
        Api.Reply other = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"OTHER","issuer":"Someone","issuedOn":"%s"}""".formatted(processor, TODAY));
        assertEquals(Set.of("scope"), fields(other));
        assertEquals(Set.of("processorId"), fields(register(api, "procurement", 987654321L, "ISO_27001", TODAY,
                TODAY.plusYears(1))));
        Api.Reply dutch = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"PENTEST_REPORT","issuer":"Hackers","issuedOn":"%s"}"""
                .formatted(processor, TODAY.plusDays(2)), "nl");
        assertTrue(dutch.json().getString("detail").contains("toekomst"), dutch::toString);

        JsonObject offboarded = api.post("api/processors/" + processor + "/offboard", "procurement",
                "{\"version\":%s,\"offboardedOn\":\"%s\",\"reason\":\"Contract ended\"}".formatted(api.get(
                        "api/processors/" + processor, "procurement").json().getJsonNumber("version"), TODAY)).json();
        assertEquals("OFFBOARDED", offboarded.getString("status"), offboarded::toString);
        assertEquals(Set.of("processorId"), fields(register(api, "procurement", processor, "ISO_27001", TODAY,
                TODAY.plusYears(1))));
    }

    @Test
    void aStaleVersionIsAConflictAndTheProcessorStays() {
        Api api = new Api(base);
        long processor = processor(api);
        long other = processor(api);
        JsonObject evidence = registered(api, processor, "SOC2_TYPE_2", TODAY.minusMonths(2), TODAY.plusMonths(10));
        String path = "api/evidence/" + evidence.getJsonNumber("id");
        Api.Reply changed = api.put(path, "legal", evidence.toString().replace("Hosting and backups",
                "Hosting, backups and monitoring"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Hosting, backups and monitoring", changed.json().getString("scope"));
        assertTrue(changed.json().getJsonNumber("version").longValue() > evidence.getJsonNumber("version")
                .longValue());

        Api.Reply stale = api.put(path, "procurement", evidence.toString());
        assertEquals(409, stale.status(), stale::toString);
        Api.Reply moved = api.put(path, "procurement", changed.json().toString()
                .replace("\"processorId\":" + processor, "\"processorId\":" + other));
        assertEquals(Set.of("processorId"), fields(moved));
    }

    @Test
    void everyUploadIsKeptAndTheNewestDownloads() {
        Api api = new Api(base);
        long processor = processor(api);
        JsonObject evidence = registered(api, processor, "ISAE_3402", TODAY.minusMonths(1), TODAY.plusMonths(11));
        String path = "api/evidence/" + evidence.getJsonNumber("id");
        assertEquals(404, api.get(path + "/document", "auditor").status(), "nothing uploaded yet");

        Api.Reply first = api.put(path + "/document?fileName=isae-draft.pdf", "procurement", "application/pdf",
                pdf("draft"));
        assertEquals(201, first.status(), first::toString);
        Api.Reply second = api.put(path + "/document?fileName=isae-3402-2026.pdf", "legal", "application/pdf",
                pdf("signed"));
        assertEquals(201, second.status(), second::toString);
        assertEquals(64, second.json().getString("sha256").length());
        Api.Reply html = api.put(path + "/document?fileName=report.pdf", "legal", "application/pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("document"), fields(html));

        JsonArray versions = api.get(path + "/documents", "auditor").structure().asJsonArray();
        assertEquals(List.of("isae-3402-2026.pdf", "isae-draft.pdf"), versions.stream()
                .map(v -> v.asJsonObject().getString("fileName")).toList(), "newest first, both kept");
        assertEquals("legal", versions.getJsonObject(0).getString("uploadedBy"));

        Api.Reply download = api.get(path + "/document", "auditor");
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        assertTrue(download.contentDisposition().startsWith("attachment; filename=\"isae-3402-2026.pdf\""),
                download.contentDisposition());
        assertArrayEquals(pdf("signed"), download.bytes());
        assertEquals("isae-3402-2026.pdf", api.get(path, "auditor").json().getJsonObject("currentDocument")
                .getString("fileName"));
        assertEquals("isae-3402-2026.pdf", api.get("api/evidence?processorId=" + processor, "auditor").json()
                .getJsonArray("items").getJsonObject(0).getJsonObject("currentDocument").getString("fileName"));
    }

    @Test
    void withdrawnEvidenceNeedsAReasonLeavesTheListAndStaysOnRecord() {
        Api api = new Api(base);
        long processor = processor(api);
        JsonObject evidence = registered(api, processor, "PENTEST_REPORT", TODAY.minusMonths(1), null);
        String path = "api/evidence/" + evidence.getJsonNumber("id");
        String version = "?version=" + evidence.getJsonNumber("version");

        assertEquals(Set.of("reason"), fields(api.delete(path + version, "procurement")));
        assertEquals(Set.of("version"), fields(api.delete(path + "?reason=Duplicate", "procurement")));
        assertEquals(204, api.delete(path + version + "&reason=Duplicate%20of%20the%20March%20report",
                "procurement").status());

        JsonObject withdrawn = api.get(path, "auditor").json();
        assertEquals("procurement", withdrawn.getString("withdrawnBy"));
        assertEquals("Duplicate of the March report", withdrawn.getString("withdrawnReason"));
        assertNotNull(withdrawn.getString("withdrawnAt"));
        assertFalse(withdrawn.getBoolean("validToday"));
        assertEquals("WITHDRAWN", withdrawn.getString("validity"));
        assertEquals(0, api.get("api/evidence?processorId=" + processor, "auditor").json().getInt("total"));
        assertEquals(1, api.get("api/evidence?withdrawn=true&processorId=" + processor, "auditor").json()
                .getInt("total"));

        assertEquals(409, api.put(path, "procurement", withdrawn.toString()).status(), "history does not change");
        assertEquals(409, api.put(path + "/document?fileName=p.pdf", "procurement", "application/pdf", pdf("p"))
                .status());
        assertEquals(409, api.delete(path + "?version=" + withdrawn.getJsonNumber("version") + "&reason=Again",
                "admin").status());
    }

    @Test
    void procurementAddsACertificateOnTheProcessorPageAndRemovesItFromTheList() throws IOException {
        Api api = new Api(base);
        long processor = processor(api);
        Path certificate = Files.createTempFile("iso-27001-", ".pdf");
        Files.write(certificate, pdf("ISO/IEC 27001 certificate"));
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml");
            browser.logIn("procurement", Api.PASSWORD);
            browser.open("processors/view.xhtml?tab=EVIDENCE&id=" + processor);
            browser.waitForText(By.id("evidence"), "No evidence on file.");
            browser.click(By.id("actionMenuToggle"));
            browser.click(By.id("newEvidence"));

            browser.waitForText(By.id("help"), "Art. 42");
            browser.choose("evidence:type", "ISO/IEC 27001 certificate");
            browser.type(By.id("evidence:issuer"), "Kiwa Nederland B.V.");
            browser.type(By.id("evidence:scope"), "ISMS for colocation and managed hosting");
            browser.type(By.id("evidence:issuedOn_input"), TODAY.minusMonths(6).toString());
            browser.type(By.id("evidence:validUntil_input"), TODAY.minusMonths(7).toString());
            browser.click(By.id("evidence:save"));
            browser.waitForText(By.id("evidence:issuedOnMessage"), "must lie on or before the end of validity");
            browser.waitForText(By.id("evidence:validUntilMessage"), "must lie on or before the end of validity");

            browser.type(By.id("evidence:validUntil_input"), TODAY.minusMonths(6).plusYears(3).toString());
            browser.all(By.cssSelector("input[type=file]")).get(0).sendKeys(certificate.toString());
            browser.click(By.id("evidence:save"));

            browser.waitForText(By.id("processor-name"), "Datacentre ");
            browser.waitForText(By.id("evidence"), "ISO/IEC 27001 certificate");
            assertTrue(browser.visible(By.id("evidence")).getText().contains("Kiwa Nederland B.V."));
            assertTrue(browser.visible(By.id("evidence")).getText().contains("Valid"));
            JsonObject stored = api.get("api/evidence?processorId=" + processor, "auditor").json()
                    .getJsonArray("items").getJsonObject(0);
            assertEquals("ISO_27001", stored.getString("type"));
            assertEquals("procurement", stored.getString("registeredBy"));
            assertEquals(certificate.getFileName().toString(), stored.getJsonObject("currentDocument")
                    .getString("fileName"), "the document came with the form");

            browser.click(By.id("allEvidence"));
            browser.waitForText(By.id("list:evidence"), "Kiwa Nederland B.V.");
            assertTrue(browser.visible(By.id("list:evidence")).getText()
                    .contains(certificate.getFileName().toString()), "the current document to download");
            browser.click(By.cssSelector("#list\\:evidence button.remove"));
            browser.click(By.id("removeForm:confirmRemove"));
            browser.waitForText(By.id("removeForm"), "Give the reason");
            browser.type(By.id("removeForm:reason"), "Registered for the wrong datacentre");
            browser.click(By.id("removeForm:confirmRemove"));
            browser.waitForText(By.id("list:evidence"), "No evidence matches.");
        } finally {
            Files.delete(certificate);
        }
        assertEquals("Registered for the wrong datacentre", api.get("api/evidence?withdrawn=true&processorId="
                + processor, "auditor").json().getJsonArray("items").getJsonObject(0).getString("withdrawnReason"));
    }
}
