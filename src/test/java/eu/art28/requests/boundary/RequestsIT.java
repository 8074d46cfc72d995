package eu.art28.requests.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;

import eu.art28.testing.Accessibility;
import eu.art28.testing.Api;
import eu.art28.testing.Browser;
import eu.art28.testing.MailServer;
import eu.art28.testing.Session;
import eu.art28.testing.SharedApp;
import eu.art28.testing.VendorForm;

/**
 * Requests to processors over HTTP, with the mail through the run's SMTP server: a request made from an
 * EVIDENCE_EXPIRED alert sends one mail with a personal link, the link opens its own request and nothing else,
 * revoked and used links are refused with a page that says why, and wrong links from one address are throttled.
 */
@ExtendWith(SharedApp.class)
class RequestsIT {

    static final GreenMail SMTP = MailServer.get();
    static final LocalDate TODAY = LocalDate.now();

    @SharedApp.Base
    URL base;

    /** A processor with one contact at a fresh address; its id and that address. */
    record Vendor(long id, String name, String email) {
    }

    Vendor vendor(Api api) {
        String kvk = Api.freshKvk();
        String email = "security-" + kvk + "@vendor.example";
        String name = "Linkhost " + kvk;
        Api.Reply created = api.post("api/processors", "procurement", """
                {"name":"%s","country":"NL","contacts":[{"name":"Anna %s","email":"%s"}]}"""
                .formatted(name, kvk, email));
        assertEquals(201, created.status(), created::toString);
        return new Vendor(created.json().getJsonNumber("id").longValue(), name, email);
    }

    /** An ISO 27001 certificate of the vendor that ran out yesterday; the alert it raises. */
    long expiredCertificateAlert(Api api, Vendor vendor) {
        Api.Reply evidence = api.post("api/evidence", "procurement", """
                {"processorId":%d,"type":"ISO_27001","issuer":"DNV","issuedOn":"%s","validUntil":"%s"}"""
                .formatted(vendor.id(), TODAY.minusYears(3), TODAY.minusDays(1)));
        assertEquals(201, evidence.status(), evidence::toString);
        JsonObject alerts = api.get("api/alerts?type=EVIDENCE_EXPIRED&processorId=" + vendor.id(), "auditor").json();
        assertEquals(1, alerts.getInt("total"), alerts::toString);
        return alerts.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    JsonObject request(Api api, Vendor vendor, Long alertId) {
        Api.Reply created = api.post("api/processors/" + vendor.id() + "/requests", "procurement", """
                {"kind":"EVIDENCE","contactEmail":"%s","language":"en","dueOn":"%s","message":"Please send the renewed certificate."%s}"""
                .formatted(vendor.email().toUpperCase(), TODAY.plusDays(14),
                        alertId == null ? "" : ",\"alertId\":" + alertId));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    HttpResponse<String> get(HttpClient browser, String path) {
        return VendorForm.get(new Api(base), browser, path);
    }

    static HttpClient browser() {
        return VendorForm.browser();
    }

    static List<String> linksMailedTo(String email, int expected) {
        return VendorForm.linksMailedTo(email, expected);
    }

    @Test
    void aRequestFromAnExpiredCertificateMailsOneLinkThatOpensItsOwnRequestOnly() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        long alert = expiredCertificateAlert(api, vendor);
        JsonObject created = request(api, vendor, alert);
        assertEquals("SENT", created.getString("state"));
        assertEquals(vendor.email(), created.getString("contactEmail"));
        assertEquals(alert, created.getJsonNumber("alertId").longValue());

        List<String> links = linksMailedTo(vendor.email(), 1);
        assertEquals(1, links.size(), links::toString);
        String secret = links.get(0);
        assertTrue(secret.length() >= 22, secret);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        assertFalse(api.get(path, "auditor").body().contains(secret), "the API never shows the link");

        HttpClient browser = browser();
        HttpResponse<String> landing = get(browser, "vendor/link/" + secret);
        assertEquals(302, landing.statusCode(), landing::body);
        assertEquals("no-referrer", landing.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", landing.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(landing.headers().firstValue("Location").orElse("").endsWith("/vendor/request.xhtml"));
        HttpResponse<String> page = get(browser, "vendor/request.xhtml");
        assertEquals(200, page.statusCode(), page::body);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.body().contains(vendor.name()), page::body);
        assertTrue(page.body().contains("Please send the renewed certificate."), page::body);
        assertTrue(page.body().contains("lang=\"en\""), "in the contact's language: " + page.body());
        assertFalse(page.body().contains(secret));
        assertEquals("OPENED", api.get(path, "auditor").json().getString("state"));

        // the link reaches nothing else: every other page wants a login, the API too
        HttpResponse<String> other = get(browser, "processors/view.xhtml?id=" + vendor.id());
        assertEquals(302, other.statusCode());
        assertTrue(other.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertEquals(401, get(browser, "api/processors/" + vendor.id()).statusCode());
        // and without the link, the vendor page shows nothing
        assertEquals(404, get(browser(), "vendor/request.xhtml").statusCode());

        // the vendor's step is theirs in the audit trail
        JsonObject audit = api.get("api/audit?entityType=Request&entityId=" + created.getJsonNumber("id"), "auditor")
                .json();
        assertTrue(audit.toString().contains(vendor.email() + "> by link"), audit::toString);
        assertFalse(audit.toString().contains(secret), audit::toString);
    }

    @Test
    void aRevokedLinkIsRefusedWithAPageThatSaysSo() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        JsonObject created = request(api, vendor, null);
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + secret).statusCode());

        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        Api.Reply stale = api.post(path + "/revoke", "manager", "{\"version\":" + (created.getInt("version") + 5) + "}");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(403, api.post(path + "/revoke", "auditor", "{\"version\":0}").status());
        JsonObject current = api.get(path, "auditor").json();
        Api.Reply revoked = api.post(path + "/revoke", "manager", "{\"version\":" + current.getInt("version") + "}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("state"));

        HttpResponse<String> refused = get(browser(), "vendor/link/" + secret);
        assertEquals(410, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("ingetrokken"), refused::body);
        assertEquals("no-referrer", refused.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals(404, get(browser, "vendor/request.xhtml").statusCode(), "the open page closes with the link");
    }

    @Test
    void aRequestNamesOneOfTheProcessorsContactsAndAnAlertOfItsOwn() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        Vendor other = vendor(api);
        long othersAlert = expiredCertificateAlert(api, other);
        Api.Reply wrong = api.post("api/processors/" + vendor.id() + "/requests", "legal", """
                {"kind":"EVIDENCE","contactEmail":"%s","dueOn":"%s","alertId":%d}"""
                .formatted(other.email(), TODAY.minusDays(1), othersAlert));
        assertEquals(400, wrong.status(), wrong::toString);
        assertTrue(wrong.body().contains("alertId"), wrong::toString);
        Api.Reply fields = api.post("api/processors/" + vendor.id() + "/requests", "legal", """
                {"kind":"EVIDENCE","contactEmail":"%s","dueOn":"%s"}""".formatted(other.email(), TODAY.minusDays(1)));
        assertEquals(400, fields.status(), fields::toString);
        assertTrue(fields.body().contains("contactEmail") && fields.body().contains("dueOn"), fields::toString);
        assertEquals(403, api.post("api/processors/" + vendor.id() + "/requests", "admin", "{}").status());
        assertEquals(404, api.get("api/processors/" + vendor.id() + "/requests/987654321", "auditor").status());
    }

    /**
     * Fifty wrong links from one address: the first ones are unknown (404), then the address is refused (429),
     * even with a real link; another address is not held back. Sent from an address of its own on the loopback
     * network, so that the other tests' address stays unlocked.
     */
    @Test
    void fiftyWrongLinksFromOneAddressAreThrottled() throws IOException {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        request(api, vendor, null);
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        String address = "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(2, 250);
        int unknown = 0;
        int throttled = 0;
        for (int i = 0; i < 50; i++) {
            int status = statusFrom(address, "vendor/link/wrong" + i + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
            if (status == 404) {
                unknown++;
            } else if (status == 429) {
                throttled++;
            }
        }
        assertEquals(10, unknown);
        assertEquals(40, throttled);
        assertEquals(429, statusFrom(address, "vendor/link/" + secret), "refused unchecked while locked");
        assertEquals(302, get(browser(), "vendor/link/" + secret).statusCode(), "another address opens it");
    }

    /**
     * The certificate through the link, over HTTP: a draft is kept, an incomplete submission is refused naming the
     * fields, the complete one waits for review and counts for nothing (the alert stays open, no evidence on file)
     * until procurement accepts it; then it is evidence and EVIDENCE_EXPIRED resolves. After submission the page
     * is read-only, a write is refused, the link is used and the contact has a receipt.
     */
    @Test
    void aCertificateSentByLinkWaitsForReviewAndOnceAcceptedResolvesTheAlert() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        long alert = expiredCertificateAlert(api, vendor);
        JsonObject created = request(api, vendor, alert);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + secret).statusCode());

        HttpResponse<String> draft = VendorForm.post(new Api(base), browser, "draft", "ISO_27001", "DNV", null, null, null);
        assertEquals(302, draft.statusCode(), draft::body);
        JsonObject saved = api.get(path, "auditor").json();
        assertEquals("DRAFT", saved.getString("state"));
        assertEquals("DNV", saved.getJsonObject("answer").getString("issuer"));
        assertTrue(get(browser, "vendor/request.xhtml").body().contains("value=\"DNV\""), "the draft comes back");

        HttpResponse<String> incomplete = VendorForm.post(new Api(base), browser, "submit", "ISO_27001", "DNV", TODAY.minusDays(2), null,
                null);
        assertEquals(200, incomplete.statusCode(), incomplete::body);
        assertTrue(incomplete.body().contains("answer:validUntilMessage") && incomplete.body()
                .contains("Upload the certificate (PDF) before submitting."), incomplete::body);
        assertEquals("DRAFT", api.get(path, "auditor").json().getString("state"));

        HttpResponse<String> sent = VendorForm.post(new Api(base), browser, "submit", "ISO_27001", "DNV", TODAY.minusDays(2),
                TODAY.plusYears(3).minusDays(3), VendorForm.PDF);
        assertEquals(302, sent.statusCode(), sent::body);
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"));

        // pending: not on file, the alert still open
        assertEquals(1, api.get("api/evidence?processorId=" + vendor.id(), "auditor").json().getInt("total"),
                "only the expired certificate is on file");
        assertEquals(1, api.get("api/alerts?type=EVIDENCE_EXPIRED&status=OPEN&processorId=" + vendor.id(),
                "auditor").json().getInt("total"), "the alert waits for the review");

        // read-only after submission: the page shows what was sent, a write changes nothing, the link is used
        HttpResponse<String> readOnly = get(browser, "vendor/request.xhtml");
        assertEquals(200, readOnly.statusCode(), readOnly::body);
        assertTrue(readOnly.body().contains("id=\"sent-issuer\"") && !readOnly.body().contains("<form id=\"answer\""),
                readOnly::body);
        assertEquals(410, get(browser(), "vendor/link/" + secret).statusCode());
        assertEquals(submitted.getInt("version"), api.get(path, "auditor").json().getInt("version"));
        // the receipt leaves after the commit, from the outbox: waited for, as every mail
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        boolean receipt;
        do {
            SMTP.waitForIncomingEmail(1_000, Integer.MAX_VALUE);
            receipt = java.util.Arrays.stream(SMTP.getReceivedMessages()).anyMatch(m -> VendorForm.to(m)
                    .equals(vendor.email()) && subject(m).startsWith("Received"));
        } while (!receipt && System.nanoTime() < deadline);
        assertTrue(receipt, "a receipt by mail");

        // the review: manager may not, a stale version is refused, procurement accepts
        assertEquals(403, api.post(path + "/accept", "manager", "{\"version\":" + submitted.getInt("version") + "}")
                .status());
        assertEquals(409, api.post(path + "/accept", "procurement", "{\"version\":99}").status());
        assertEquals(200, api.get(path + "/document", "auditor").status());
        Api.Reply accepted = api.post(path + "/accept", "procurement",
                "{\"version\":" + submitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        long evidence = accepted.json().getJsonNumber("evidenceId").longValue();
        JsonObject onFile = api.get("api/evidence/" + evidence, "auditor").json();
        assertEquals("DNV", onFile.getString("issuer"));
        assertEquals("procurement", onFile.getString("registeredBy"));
        assertEquals("iso-27001-renewed.pdf", onFile.getJsonObject("currentDocument").getString("fileName"));
        assertEquals(0, api.get("api/alerts?type=EVIDENCE_EXPIRED&status=OPEN&processorId=" + vendor.id(),
                "auditor").json().getInt("total"), "the alert is resolved");
        assertEquals(alert, api.get("api/alerts?type=EVIDENCE_EXPIRED&status=RESOLVED&processorId=" + vendor.id(),
                "auditor").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    /**
     * The story from an alert to its resolution, as people do it and with nobody of ours typing what the
     * vendor sent: procurement asks from the alert with one click (the form is filled in for it, they choose the
     * contact and send); the contact opens the mailed link in a browser without an account, fills in and uploads
     * the renewed certificate and submits; procurement accepts it on the processor page, and the alert resolves.
     */
    @Test
    void fromTheAlertToItsResolutionTheContactSendsTheCertificateByTheMailedLinkAndProcurementAcceptsIt()
            throws IOException {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        long alert = expiredCertificateAlert(api, vendor);
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            browser.open("alerts/list.xhtml?processorId=" + vendor.id());
            browser.click(By.cssSelector("a.ask-processor"));
            browser.waitForPath("processors/view.xhtml");
            browser.visible(By.id("fromAlert"));
            browser.choose("requestForm:contactEmail", vendor.email());
            browser.click(By.id("requestForm:send"));
            browser.waitForText(By.id("requestsForm:requests"), "Sent");
        }
        JsonObject asked = api.get("api/processors/" + vendor.id() + "/requests", "auditor").structure()
                .asJsonArray().getJsonObject(0);
        assertEquals(alert, asked.getJsonNumber("alertId").longValue());
        assertEquals("EVIDENCE", asked.getString("kind"));
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        java.nio.file.Path certificate = java.nio.file.Files.createTempFile("iso-27001-", ".pdf");
        java.nio.file.Files.write(certificate, VendorForm.PDF);
        try (Browser contact = new Browser(base, "nl")) {
            contact.open("vendor/link/" + secret);
            contact.waitForPath("vendor/request.xhtml");
            assertTrue(contact.pageText().contains(vendor.name()), contact::pageText);
            assertEquals("OPENED", api.get("api/processors/" + vendor.id() + "/requests/"
                    + asked.getJsonNumber("id"), "auditor").json().getString("state"));
            // the vendor's page as the other pages are held to: WCAG 2.1 AA, and a phone scrolls only down
            List<String> found = Accessibility.problemsOnDeskAndPhone(contact);
            assertTrue(found.isEmpty(), () -> String.join("\n", found));
            contact.choose("answer:type", "ISO/IEC 27001 certificate");
            contact.type(By.id("answer:issuer"), "Kiwa Nederland B.V.");
            contact.type(By.id("answer:issuedOn_input"), TODAY.minusDays(5).toString());
            contact.type(By.id("answer:validUntil_input"), TODAY.plusYears(3).minusDays(6).toString());
            contact.all(By.cssSelector("input[type=file]")).get(0).sendKeys(certificate.toString());
            contact.click(By.id("answer:submit"));
            contact.click(By.id("answer:confirmYes"));
            contact.waitForText(By.id("sent-issuer"), "Kiwa Nederland B.V.");
            List<String> sent = Accessibility.violations(contact);
            assertTrue(sent.isEmpty(), () -> String.join("\n", sent));
        } finally {
            java.nio.file.Files.deleteIfExists(certificate);
        }
        acceptOnTheProcessorPage(vendor, ".request-review .answer-issuer", "Kiwa Nederland B.V.");
        assertEquals(0, api.get("api/alerts?type=EVIDENCE_EXPIRED&status=OPEN&processorId=" + vendor.id(),
                "auditor").json().getInt("total"), "the alert is resolved");
        assertEquals(2, api.get("api/evidence?processorId=" + vendor.id(), "auditor").json().getInt("total"));
    }

    /** Procurement reads the answer on the processor's requests tab (the element showing the text) and accepts it. */
    void acceptOnTheProcessorPage(Vendor vendor, String answer, String text) {
        try (Browser procurement = new Browser(base, "en")) {
            procurement.open("login.xhtml").logIn("procurement", Api.PASSWORD);
            procurement.open("processors/view.xhtml?tab=REQUESTS&id=" + vendor.id());
            procurement.waitForText(By.cssSelector(answer), text);
            procurement.click(By.cssSelector(".request-review button[id$='accept']"));
            procurement.click(By.id("requestsConfirm:confirmYes"));
            procurement.waitForText(By.id("requestsForm:requests"), "Accepted");
        }
    }

    /** The mails to the address whose subject starts so, as received by now. */
    static long mailsTo(String email, String subjectStart) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> VendorForm.to(m).equals(email)
                && subject(m).startsWith(subjectStart)).count();
    }

    static JsonObject chase(Api api, LocalDate day) {
        Api.Reply chased = api.post("api/requests/chase?day=" + day, "admin", "");
        assertEquals(200, chased.status(), chased::toString);
        return chased.json();
    }

    static List<JsonObject> overdue(Api api, long requestId) {
        return api.get("api/alerts?type=REQUEST_OVERDUE&subject=request:" + requestId, "auditor").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * Chasing on chosen days: the request went out today, due in five days. Two days on, the 3-day reminder is due
     * and mailed once (the 7-day one lay before the first mail); chased again that day, nothing more. The day after
     * the due day, REQUEST_OVERDUE is raised about the request and given to whoever asked; revoking it resolves the
     * alert. Chased today at the end, so that the days chased ahead leave nothing behind for other tests.
     */
    @Test
    void aLateAnswerIsRemindedOnceThenRaisedAsOverdueToWhoeverAskedUntilRevoked() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        LocalDate due = TODAY.plusDays(5);
        Api.Reply created = api.post("api/processors/" + vendor.id() + "/requests", "procurement", """
                {"kind":"EVIDENCE","contactEmail":"%s","language":"en","dueOn":"%s"}""".formatted(vendor.email(), due));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        String path = "api/processors/" + vendor.id() + "/requests/" + id;
        assertEquals(1, linksMailedTo(vendor.email(), 1).size());
        assertEquals(403, api.post("api/requests/chase", "manager", "").status());
        try {
            assertTrue(chase(api, TODAY.plusDays(2)).getInt("reminders") >= 1);
            assertEquals(0, chase(api, TODAY.plusDays(2)).getInt("reminders"), "none twice on a day");
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (mailsTo(vendor.email(), "Reminder:") == 0 && System.nanoTime() < deadline) {
                SMTP.waitForIncomingEmail(1_000, Integer.MAX_VALUE);
            }
            assertEquals(1, mailsTo(vendor.email(), "Reminder:"), "one reminder");
            MimeMessage reminder = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> VendorForm.to(m)
                    .equals(vendor.email()) && subject(m).startsWith("Reminder:")).findFirst().orElseThrow();
            assertTrue(subject(reminder).contains(vendor.name()), () -> subject(reminder));
            JsonObject reminded = api.get(path, "auditor").json();
            assertEquals("SENT", reminded.getString("state"), "a reminder changes nothing for the contact");
            assertTrue(api.get("api/audit?entityType=Request&entityId=" + id, "auditor").body()
                    .contains("lastReminderDays"), "the reminder is in the audit trail");
            assertEquals(List.of(), overdue(api, id), "not overdue before the due day");

            assertTrue(chase(api, due.plusDays(1)).getInt("overdue") >= 1);
            List<JsonObject> raised = overdue(api, id);
            assertEquals(1, raised.size(), raised::toString);
            assertEquals("OPEN", raised.get(0).getString("status"));
            assertEquals("procurement", raised.get(0).getString("assignee"), "to whoever asked");
            assertEquals(vendor.id(), raised.get(0).getJsonNumber("processorId").longValue());
            assertTrue(raised.get(0).getString("explanation").contains(vendor.name()), raised.get(0)::toString);

            Api.Reply revoked = api.post(path + "/revoke", "procurement",
                    "{\"version\":" + api.get(path, "auditor").json().getInt("version") + "}");
            assertEquals(200, revoked.status(), revoked::toString);
            assertEquals("RESOLVED", overdue(api, id).get(0).getString("status"), "revoked: nothing to chase");
        } finally {
            chase(api, TODAY);
        }
    }

    /** The alert that needs it asks with one request: a deletion confirmation for DELETION_NOT_CONFIRMED. */
    @Test
    void aDeletionConfirmationIsAskedFromTheAlertThatMissesItAndNothingElseIs() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        Api.Reply engagement = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Mailing %s","businessOwner":"Marketing",
                 "purposes":["e.mailing"],"dataCategories":["contact.address"],"dataSubjects":["customers"],
                 "countries":["NL"],"startsOn":"%s","endsOn":"%s"}""".formatted(vendor.id(), Api.freshKvk(),
                TODAY.minusDays(200), TODAY.minusDays(40)));
        assertEquals(201, engagement.status(), engagement::toString);
        JsonObject alerts = api.get("api/alerts?type=DELETION_NOT_CONFIRMED&processorId=" + vendor.id(), "auditor")
                .json();
        assertEquals(1, alerts.getInt("total"), alerts::toString);
        long alert = alerts.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String ask = """
                {"kind":"%s","contactEmail":"%s","dueOn":"%s","alertId":%d}""";
        Api.Reply evidence = api.post("api/processors/" + vendor.id() + "/requests", "legal",
                ask.formatted("EVIDENCE", vendor.email(), TODAY.plusDays(10), alert));
        assertEquals(400, evidence.status(), evidence::toString);
        assertTrue(evidence.body().contains("alertId"), evidence::toString);
        Api.Reply deletion = api.post("api/processors/" + vendor.id() + "/requests", "legal",
                ask.formatted("DELETION_CONFIRMATION", vendor.email(), TODAY.plusDays(10), alert));
        assertEquals(201, deletion.status(), deletion::toString);
        assertEquals("DELETION_CONFIRMATION", deletion.json().getString("kind"));
        assertEquals(alert, deletion.json().getJsonNumber("alertId").longValue());
    }

    /** A request of the kind given to the vendor's contact, from the alert when one is given. */
    JsonObject request(Api api, Vendor vendor, String kind, Long alertId) {
        Api.Reply created = api.post("api/processors/" + vendor.id() + "/requests", "legal", """
                {"kind":"%s","contactEmail":"%s","language":"en","dueOn":"%s"%s}""".formatted(kind, vendor.email(),
                TODAY.plusDays(14), alertId == null ? "" : ",\"alertId\":" + alertId));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    /** An engagement of the vendor from 200 days ago, ended on the day given (null: still running). */
    long engagement(Api api, Vendor vendor, LocalDate endsOn) {
        Api.Reply reply = api.post("api/engagements", "procurement", """
                {"processorId":%d,"description":"Newsletter %s","businessOwner":"Marketing","purposes":["e.mailing"],
                 "dataCategories":["contact.address"],"dataSubjects":["customers"],"countries":["NL"],
                 "startsOn":"%s"%s}""".formatted(vendor.id(), Api.freshKvk(), TODAY.minusDays(200),
                endsOn == null ? "" : ",\"endsOn\":\"" + endsOn + "\""));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /**
     * The end of an engagement over HTTP: the processor's contact confirms by link that it returned the data and
     * deleted the copies. An incomplete answer is refused naming the fields; the complete one is only on the request
     * (the alert stays open, nothing is confirmed) until legal accepts it; then it is the processor's confirmation
     * as if legal had typed it, the certificate with it, and DELETION_NOT_CONFIRMED resolves by its own rule.
     */
    @Test
    void aDeletionConfirmedByLinkAndAcceptedResolvesDeletionNotConfirmed() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        engagement(api, vendor, TODAY.minusDays(40));
        String open = "api/alerts?type=DELETION_NOT_CONFIRMED&status=OPEN&processorId=" + vendor.id();
        JsonObject alerts = api.get(open, "auditor").json();
        assertEquals(1, alerts.getInt("total"), alerts::toString);
        long alert = alerts.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject created = request(api, vendor, "DELETION_CONFIRMATION", alert);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + linksMailedTo(vendor.email(), 1).get(0)).statusCode());

        HttpResponse<String> incomplete = VendorForm.post(api, browser, "submit",
                java.util.Map.of("deletedOn_input", "", "method_input", "", "remark", "Backups roll off"), null);
        assertEquals(200, incomplete.statusCode(), incomplete::body);
        assertTrue(incomplete.body().contains("answer:deletedOnMessage_error-detail") && incomplete.body().contains(
                "answer:methodMessage_error-detail") && incomplete.body().contains("returned it, or both"),
                incomplete::body);
        HttpResponse<String> future = VendorForm.post(api, browser, "draft", java.util.Map.of("deletedOn_input",
                TODAY.plusDays(1).toString(), "method_input", "DELETED", "remark", ""), null);
        assertTrue(future.body().contains("answer:deletedOnMessage_error-detail"), future::body);
        assertEquals(created.getInt("version") + 1, api.get(path, "auditor").json().getInt("version"),
                "opened only: neither refused answer was kept");
        HttpResponse<String> sent = VendorForm.post(api, browser, "submit", java.util.Map.of("deletedOn_input",
                TODAY.minusDays(3).toString(), "method_input", "BOTH", "remark", "Backups rolled off"), VendorForm.PDF);
        assertEquals(302, sent.statusCode(), sent::body);
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals("BOTH", submitted.getJsonObject("deletion").getString("method"));
        assertEquals(1, api.get(open, "auditor").json().getInt("total"), "pending: the alert waits for the review");
        assertTrue(get(browser, "vendor/request.xhtml").body().contains("Returned to us, and the copies deleted"),
                "the contact reads what it sent, in its language");
        Session.Page tab = Session.loggedIn(api.base(), api.actual("legal"), "nl")
                .open("processors/view.xhtml?tab=REQUESTS&id=" + vendor.id());
        assertTrue(tab != null && tab.text().contains("Aan ons teruggegeven, en de kopieën verwijderd")
                && tab.text().contains("Backups rolled off"), () -> tab == null ? "no tab" : tab.text());
        String deletions = "api/deletions?processor=" + vendor.id();
        assertEquals("OVERDUE", api.get(deletions, "auditor").json().getJsonArray("items").getJsonObject(0)
                .getString("state"), "nothing confirmed before the review");

        Api.Reply accepted = api.post(path + "/accept", "legal", "{\"version\":" + submitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertEquals(0, api.get(open, "auditor").json().getInt("total"), "the alert is resolved");
        JsonObject confirmed = api.get(deletions, "auditor").json().getJsonArray("items").getJsonObject(0);
        assertEquals("CONFIRMED", confirmed.getString("state"));
        assertEquals(TODAY.minusDays(3).toString(), confirmed.getString("confirmedOn"));
        assertEquals("RETURN", confirmed.getString("choice"), "returned and the copies deleted is a return");
        assertEquals(api.actual("legal"), confirmed.getString("confirmedBy"), "ours, as if legal had typed it");
        assertTrue(confirmed.getString("note").contains(vendor.email() + "> via een persoonlijke link")
                && confirmed.getString("note").contains(vendor.email() + "> through a personal link"),
                confirmed::toString);
        assertEquals("iso-27001-renewed.pdf", confirmed.getJsonObject("currentDocument").getString("fileName"));
    }

    /**
     * What a person does, for the sub-processor list: the contact opens the link in a browser (the form as every page
     * is held to, on a phone too), adds the sub-processor the processor engaged and submits. Procurement accepts it;
     * under the agreement's general authorisation it is a notice received that day, and legal sees it with the
     * deadline of the agreement's objection window.
     */
    @Test
    void aSubprocessorAddedByLinkBecomesOnceAcceptedANoticeWithItsObjectionDeadline() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        engagement(api, vendor, null);
        Api.Reply draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"DPA-%s","signedOn":"%s","effectiveFrom":"%s","purposes":["e"],
                 "dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL","IE"],
                 "subProcessing":"GENERAL","subProcessingNoticeDays":30,"objectionPeriodDays":14,"checklist":[%s]}
                """.formatted(vendor.id(), Api.freshKvk(), TODAY.minusMonths(2), TODAY.minusMonths(1),
                eu.art28.testing.Clauses.allPresent()));
        assertEquals(201, draft.status(), draft::toString);
        api.approve(draft.json());
        JsonObject created = request(api, vendor, "SUBPROCESSOR_LIST", null);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        String relay = "Mailrelay " + Api.freshKvk();
        try (Browser contact = new Browser(base, "en")) {
            contact.open("vendor/link/" + secret);
            contact.waitForPath("vendor/request.xhtml");
            contact.visible(By.id("answer:onFile-none"));
            List<String> found = Accessibility.problemsOnDeskAndPhone(contact);
            assertTrue(found.isEmpty(), () -> String.join("\n", found));
            contact.type(By.id("answer:additions:0:name"), relay);
            contact.choose("answer:additions:0:country", "Ireland");
            contact.type(By.id("answer:additions:0:service"), "Sending of the newsletter");
            contact.click(By.id("answer:submit"));
            contact.click(By.id("answer:confirmYes"));
            contact.waitForText(By.cssSelector(".list-added"), relay);
        }
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals("IE", submitted.getJsonObject("subprocessors").getJsonArray("added").getJsonObject(0)
                .getString("country"));
        assertTrue(api.get("api/processors/" + vendor.id() + "/subprocessors", "auditor").structure().asJsonArray()
                .isEmpty(), "pending: nothing in the chain before the review");

        acceptOnTheProcessorPage(vendor, ".request-review .list-added", relay);
        long link = api.get(path, "auditor").json().getJsonObject("subprocessors").getJsonArray("added")
                .getJsonObject(0).getJsonNumber("linkId").longValue();
        try (Browser legal = new Browser(base, "en")) {
            legal.open("login.xhtml").logIn("legal", Api.PASSWORD);
            legal.open("chain/notices.xhtml");
            legal.waitForText(By.xpath("//tr[.//span[@class='subprocessor' and text()='" + relay + "']]"
                    + "//div[@class='deadline']"), eu.art28.platform.control.Messages.date(java.util.Locale.ENGLISH,
                    TODAY.plusDays(14)));
        }
        JsonObject notice = api.get("api/chain/notices", "legal").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getJsonNumber("id").longValue() == link)
                .findFirst().orElseThrow(() -> new AssertionError("legal does not see the notice"));
        assertEquals(relay, notice.getString("subprocessorName"));
        assertEquals("PENDING", notice.getString("status"));
        assertEquals(TODAY.toString(), notice.getString("noticeReceivedOn"), "received on the day of submission");
        assertEquals(TODAY.plusDays(14).toString(), notice.getString("objectionDeadline"));
        assertEquals(List.of("IE"), notice.getJsonArray("countries").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    /**
     * A security questionnaire from SECURITY_NOT_DEMONSTRATED, answered by link over HTTP: it carries the current
     * version; half the answers are kept as a draft and scored as such; submitting while incomplete is refused naming
     * the questions; the complete answers with a certificate wait for review (the alert open, nothing on file); legal
     * returns them with a remark on one question, which the contact reads on the same link, and the contact submits
     * again; procurement accepts: the certificate is evidence, the alert resolves, the score is kept with the request
     * and the processor.
     */
    @Test
    void aQuestionnaireByLinkIsReturnedWithARemarkAndOnceAcceptedResolvesTheAlertAndKeepsTheScore() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        engagement(api, vendor, null);
        String open = "api/alerts?type=SECURITY_NOT_DEMONSTRATED&status=OPEN&processorId=" + vendor.id();
        JsonObject alerts = api.get(open, "auditor").json();
        assertEquals(1, alerts.getInt("total"), alerts::toString);
        long alert = alerts.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        VendorForm.annexIIIIsCurrent(api);
        JsonObject created = request(api, vendor, "SECURITY_QUESTIONNAIRE", alert);
        assertEquals(api.get("api/questionnaires/current", "auditor").json().getInt("version"),
                created.getInt("questionnaireVersion"));
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + linksMailedTo(vendor.email(), 1).get(0)).statusCode());

        Map<String, String> all = VendorForm.allAnswers(api);
        Map<String, String> half = new LinkedHashMap<>();
        all.entrySet().stream().limit(all.size() / 2).forEach(e -> half.put(e.getKey(), e.getValue()));
        assertTrue(half.containsKey("q-encryption-at-rest") && !half.containsKey("q-subprocessor-flowdown"));
        HttpResponse<String> draft = VendorForm.postAnswers(api, browser, "draft", half, Map.of());
        assertEquals(302, draft.statusCode(), draft::body);
        assertEquals("DRAFT", api.get(path, "auditor").json().getString("state"));
        JsonObject kept = api.get(path + "/answers", "auditor").json();
        int draftScore = kept.getInt("score");
        assertTrue(0 < draftScore && draftScore < 100, kept::toString);
        assertEquals(List.of("YES"), kept.getJsonArray("sections").getJsonObject(0).getJsonArray("questions")
                .getJsonObject(0).getJsonArray("values").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        HttpResponse<String> incomplete = VendorForm.postAnswers(api, browser, "submit", half, Map.of());
        assertEquals(200, incomplete.statusCode(), incomplete::body);
        assertTrue(incomplete.body().contains("answer:q-subprocessor-flowdownMessage")
                && incomplete.body().contains("This question must be answered.")
                && incomplete.body().contains("These questions need an answer or a correction"), incomplete::body);
        assertEquals("DRAFT", api.get(path, "auditor").json().getString("state"));

        HttpResponse<String> sent = VendorForm.postAnswers(api, browser, "submit", all,
                Map.of("q-certificate", VendorForm.PDF));
        assertEquals(302, sent.statusCode(), sent::body);
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals(1, api.get(open, "auditor").json().getInt("total"), "pending: the alert waits for the review");
        assertEquals(0, api.get("api/evidence?processorId=" + vendor.id(), "auditor").json().getInt("total"),
                "nothing on file before the review");

        Api.Reply returned = api.post(path + "/return", "legal", """
                {"version":%d,"remarks":{"mfa":"Which factors do you use?"}}""".formatted(submitted.getInt("version")));
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("RETURNED", returned.json().getString("state"));
        HttpResponse<String> again = get(browser, "vendor/request.xhtml");
        assertTrue(again.body().contains("id=\"remark-mfa\"") && again.body().contains("Which factors do you use?"),
                again::body);
        Map<String, String> answered = new LinkedHashMap<>(all);
        answered.put("q-mfa-comment", "An authenticator app and a hardware key.");
        HttpResponse<String> resent = VendorForm.postAnswers(api, browser, "submit", answered, Map.of());
        assertEquals(302, resent.statusCode(), resent::body);
        JsonObject resubmitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", resubmitted.getString("state"));

        Api.Reply accepted = api.post(path + "/accept", "procurement",
                "{\"version\":" + resubmitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        JsonObject answers = api.get(path + "/answers", "auditor").json();
        int score = answers.getInt("score");
        assertTrue(score > draftScore && score < 100, answers::toString);
        assertEquals(score, accepted.json().getInt("questionnaireScore"));
        JsonObject processor = api.get("api/processors/" + vendor.id(), "auditor").json();
        assertEquals(score, processor.getInt("questionnaireScore"), "kept with the processor, for its risk");
        assertEquals(TODAY.toString(), processor.getString("questionnaireScoredOn"));
        assertEquals(0, api.get(open, "auditor").json().getInt("total"), "the alert is resolved");
        JsonObject certificate = api.get("api/evidence?processorId=" + vendor.id() + "&type=ISO_27001", "auditor")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("DNV", certificate.getString("issuer"));
        assertEquals("procurement", certificate.getString("registeredBy"), "ours once accepted");
        assertEquals(certificate.getJsonNumber("id").longValue(), answers.getJsonArray("sections").stream()
                .flatMap(x -> x.asJsonObject().getJsonArray("questions").getValuesAs(JsonObject.class).stream())
                .filter(q -> q.getString("code").equals("certificate")).findFirst().orElseThrow()
                .getJsonObject("evidence").getJsonNumber("evidenceId").longValue());
        assertEquals(2, api.get("api/evidence?processorId=" + vendor.id(), "auditor").json().getInt("total"),
                "the certificate, and the answers as the description of the measures");

        // every step in the audit trail: the contact's answers by link, the decisions by who took them
        List<JsonObject> audit = api.get("api/audit?entityType=Request&entityId=" + created.getJsonNumber("id"),
                "auditor").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("actor").endsWith(vendor.email() + "> by link")
                && e.getJsonObject("changes").containsKey("answers")), audit::toString);
        assertTrue(audit.stream().anyMatch(e -> e.getString("actor").equals(api.actual("legal"))), audit::toString);
        assertTrue(audit.stream().anyMatch(e -> e.getString("actor").equals(api.actual("procurement"))),
                audit::toString);
    }

    /**
     * What a person does: the contact opens the mailed link, answers the first sections and saves a draft, opens the
     * link again later and finds them, answers the rest and submits; procurement accepts on the processor page.
     */
    @Test
    void theContactAnswersHalfTheQuestionnaireComesBackFinishesAndProcurementAccepts() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        VendorForm.annexIIIIsCurrent(api);
        request(api, vendor, "SECURITY_QUESTIONNAIRE", null);
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        List<String> yesNo = new java.util.ArrayList<>();
        List<String> choices = new java.util.ArrayList<>();
        for (JsonObject section : api.get("api/questionnaires/current", "auditor").json().getJsonObject(
                "questionnaire").getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject q : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                if (q.getString("kind").equals("YES_NO") && !q.getString("code").equals("pentest")) {
                    yesNo.add(q.getString("code"));
                } else if (q.getString("kind").endsWith("_CHOICE")) {
                    choices.add(q.getString("code"));
                }
            }
        }
        int half = yesNo.size() / 2;
        try (Browser contact = new Browser(base, "en")) {
            contact.open("vendor/link/" + secret);
            contact.waitForPath("vendor/request.xhtml");
            List<String> found = Accessibility.problemsOnDeskAndPhone(contact);
            assertTrue(found.isEmpty(), () -> String.join("\n", found));
            for (String code : yesNo.subList(0, half)) {
                contact.click(By.cssSelector("label[for='answer:q-" + code + ":0']"));
            }
            contact.click(By.id("answer:draft"));
            contact.waitForText(By.cssSelector(".notice[role=status]"), "Your draft is saved");
        }
        try (Browser contact = new Browser(base, "en")) {
            contact.open("vendor/link/" + secret);
            contact.waitForPath("vendor/request.xhtml");
            assertTrue(contact.all(By.cssSelector("input[id='answer:q-" + yesNo.get(0) + ":0']")).get(0)
                    .isSelected(), "the draft comes back");
            for (String code : yesNo.subList(half, yesNo.size())) {
                contact.click(By.cssSelector("label[for='answer:q-" + code + ":0']"));
            }
            contact.click(By.cssSelector("label[for='answer:q-pentest:1']"));
            for (String code : choices) {
                contact.click(By.cssSelector("label[for='answer:q-" + code + ":0']"));
            }
            contact.click(By.id("answer:submit"));
            contact.click(By.id("answer:confirmYes"));
            contact.waitForText(By.id("sent-title"), "What you sent");
        }
        acceptOnTheProcessorPage(vendor, ".request-review .answer-mfa", "Yes");
        JsonObject processor = api.get("api/processors/" + vendor.id(), "auditor").json();
        assertTrue(processor.getInt("questionnaireScore") > 0, processor::toString);
    }

    // ---- the vendor portal's rest (issue 24): a review by questionnaire, a signed DPA by link ----

    /** The one alert the list of open alerts holds (its path with the filters); its id. */
    long onlyOpen(Api api, String open) {
        JsonObject alerts = api.get(open, "auditor").json();
        assertEquals(1, alerts.getInt("total"), alerts::toString);
        return alerts.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The contact's browser, which opened the link of the one mail the contact got. */
    HttpClient linkOpened(Vendor vendor) {
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + linksMailedTo(vendor.email(), 1).get(0)).statusCode());
        return browser;
    }

    /**
     * A REVIEW_DUE alert answered by a questionnaire: the processor was never reviewed, so its review is due; legal
     * asks the questionnaire from that alert, the contact answers by link, and until the answers are accepted the
     * alert stays open and no review is on file. Procurement accepts: the acceptance is recorded as the processor's
     * review (by the accepter, today, naming the request and the score in both languages) and REVIEW_DUE resolves.
     */
    @Test
    void aQuestionnaireAskedFromReviewDueIsOnceAcceptedTheProcessorsReview() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        api.post("api/alerts/scan", "admin", "{}");
        // never reviewed: due since its registration
        String open = "api/alerts?type=REVIEW_DUE&status=OPEN&processorId=" + vendor.id();
        long alert = onlyOpen(api, open);
        VendorForm.annexIIIIsCurrent(api);
        JsonObject created = request(api, vendor, "SECURITY_QUESTIONNAIRE", alert);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        HttpClient browser = linkOpened(vendor);
        HttpResponse<String> sent = VendorForm.postAnswers(api, browser, "submit", VendorForm.allAnswers(api),
                Map.of("q-certificate", VendorForm.PDF));
        assertEquals(302, sent.statusCode(), sent::body);
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals(1, api.get(open, "auditor").json().getInt("total"), "pending: the alert waits for the review");
        String reviews = "api/processors/" + vendor.id() + "/reviews";
        assertEquals(0, api.get(reviews, "auditor").structure().asJsonArray().size(), "no review before the acceptance");

        Api.Reply accepted = api.post(path + "/accept", "procurement",
                "{\"version\":" + submitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        List<JsonObject> onFile = api.get(reviews, "auditor").structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, onFile.size(), onFile::toString);
        JsonObject review = onFile.get(0);
        assertEquals("SUFFICIENT", review.getString("outcome"));
        assertEquals(TODAY.toString(), review.getString("reviewedOn"));
        assertEquals(api.actual("procurement"), review.getString("reviewedBy"));
        String score = accepted.json().getInt("questionnaireScore") + " %";
        assertTrue(review.getString("notes").contains("Beveiligingsvragenlijst versie")
                && review.getString("notes").contains("Security questionnaire version")
                && review.getString("notes").contains("(request " + created.getJsonNumber("id") + ")")
                && review.getString("notes").contains(score), review::toString);
        assertTrue(LocalDate.parse(review.getString("nextReviewOn")).isAfter(TODAY), review::toString);
        assertEquals(0, api.get(open, "auditor").json().getInt("total"), "REVIEW_DUE resolves by its own rule");
        assertEquals("RESOLVED", api.get("api/alerts/" + alert, "auditor").json().getString("status"));
    }

    /**
     * A signed DPA by link, from the alert of an agreement running out: an incomplete answer is refused naming the
     * day and the document, a complete one waits on the request and changes no agreement; legal accepts it and it
     * becomes a draft amendment of that agreement with the vendor's day and PDF, which cannot be approved as it is
     * (the upload approves nothing), and goes through the four eyes: procurement submits, legal approves.
     */
    @Test
    void aSignedAgreementSentByLinkBecomesOnceAcceptedADraftVersionForTheFourEyesReview() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        String reference = "DPA-LINK-" + Api.freshKvk();
        Api.Reply registered = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"%s","signedOn":"%s","effectiveFrom":"%s","expiresOn":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],
                 "checklist":[%s]}""".formatted(vendor.id(), reference, TODAY.minusMonths(11), TODAY.minusMonths(10),
                TODAY.plusDays(30), eu.art28.testing.Clauses.allPresent()));
        assertEquals(201, registered.status(), registered::toString);
        long inForce = api.approve(registered.json()).getJsonNumber("id").longValue();
        long alert = onlyOpen(api, "api/alerts?type=AGREEMENT_EXPIRING&status=OPEN&processorId=" + vendor.id());
        JsonObject created = request(api, vendor, "SIGNED_DPA", alert);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        HttpClient browser = linkOpened(vendor);

        HttpResponse<String> incomplete = VendorForm.post(api, browser, "submit", Map.of(), null);
        assertEquals(200, incomplete.statusCode(), incomplete::body);
        assertTrue(incomplete.body().contains("answer:signedOnMessage_error-detail")
                && incomplete.body().contains("Upload the signed agreement (PDF) before submitting."),
                incomplete::body);
        assertEquals("OPENED", api.get(path, "auditor").json().getString("state"), "nothing kept");
        HttpResponse<String> sent = VendorForm.post(api, browser, "submit",
                Map.of("signedOn_input", TODAY.minusDays(3).toString()), VendorForm.PDF);
        assertEquals(302, sent.statusCode(), sent::body);
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertEquals(TODAY.minusDays(3).toString(), submitted.getJsonObject("signedDpa").getString("signedOn"));
        String agreements = "api/agreements?processorId=" + vendor.id();
        assertEquals(1, api.get(agreements, "auditor").json().getInt("total"), "nothing on file before the review");
        assertTrue(get(browser, "vendor/request.xhtml").body().contains("id=\"sent-signedOn\""), "read-only");

        assertEquals(403, api.post(path + "/accept", "manager", "{\"version\":" + submitted.getInt("version") + "}")
                .status());
        Api.Reply accepted = api.post(path + "/accept", "legal", "{\"version\":" + submitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        String version = "api/agreements/" + accepted.json().getJsonNumber("agreementId");
        JsonObject draft = api.get(version, "auditor").json();
        assertEquals("DRAFT", draft.getString("status"), "a draft version, never approved by the upload");
        assertEquals(reference, draft.getString("reference"));
        assertEquals(2, draft.getInt("revision"), "an amendment of the agreement running out");
        assertEquals(inForce, draft.getJsonNumber("supersedesId").longValue());
        assertEquals(TODAY.minusDays(3).toString(), draft.getString("signedOn"));
        assertEquals("iso-27001-renewed.pdf", api.get(version + "/documents", "auditor").structure().asJsonArray()
                .getJsonObject(0).getString("fileName"), "the vendor's PDF");
        assertEquals(409, api.post(version + "/approve", "legal", "{\"version\":" + draft.getInt("version") + "}")
                .status(), "only a version in review is approved");
        assertEquals("APPROVED", api.get("api/agreements/" + inForce, "auditor").json().getString("status"),
                "the version in force stays until an amendment is approved");

        JsonObject inReview = api.post(version + "/submit", "procurement",
                "{\"version\":" + draft.getInt("version") + "}").json();
        assertEquals("IN_REVIEW", inReview.getString("status"), inReview::toString);
        Api.Reply approved = api.post(version + "/approve", "legal",
                "{\"version\":" + inReview.getInt("version") + "}");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("SUPERSEDED", api.get("api/agreements/" + inForce, "auditor").json().getString("status"));
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET from a chosen loopback address (Linux answers on all of 127/8): what the server sees as the client. */
    int statusFrom(String address, String path) throws IOException {
        URI target = new Api(base).base().resolve(path);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), target.getPort(),
                InetAddress.getByName(address), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target.getRawPath() + " HTTP/1.1\r\nHost: localhost:" + target.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                head.write(b);
            }
            String statusLine = head.toString(StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /**
     * A processor reports a breach itself: the contact's link takes the facts the incident register asks for, an
     * incomplete report is refused naming the fields, a complete one waits on the request (no incident) until legal
     * accepts it; then it is an incident reported through the vendor portal at the moment of submission, which is also
     * when we became aware: our 72 hours and the processor's notice are judged from there, as for one typed in.
     */
    @Test
    void anIncidentReportedByLinkAndAcceptedIsRegisteredAsToldToUsAtSubmission() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        JsonObject created = request(api, vendor, "INCIDENT_REPORT", null);
        String path = "api/processors/" + vendor.id() + "/requests/" + created.getJsonNumber("id");
        String incidents = "api/incidents?processor=" + vendor.id();
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + linksMailedTo(vendor.email(), 1).get(0)).statusCode());

        HttpResponse<String> incomplete = VendorForm.post(api, browser, "submit", Map.of("description", " ",
                "processorAwareAt_input", "", "sourceProcessorId_input", ""), null);
        assertEquals(200, incomplete.statusCode(), incomplete::body);
        assertTrue(incomplete.body().contains("answer:processorAwareAtMessage_error-detail")
                && incomplete.body().contains("answer:descriptionMessage_error-detail"), incomplete::body);
        java.time.LocalDateTime occurred = java.time.LocalDateTime.now(AMSTERDAM).minusDays(6).withSecond(0)
                .withNano(0);
        java.time.LocalDateTime aware = occurred.plusDays(1);
        HttpResponse<String> sent = VendorForm.post(api, browser, "submit",
                incidentFacts(occurred, "A mailbox was read by an intruder"), null);
        assertEquals(302, sent.statusCode(), sent::body);
        JsonObject submitted = api.get(path, "auditor").json();
        assertEquals("SUBMITTED", submitted.getString("state"), submitted::toString);
        assertEquals("A mailbox was read by an intruder", submitted.getJsonObject("incident").getString("description"));
        assertEquals(0, api.get(incidents, "auditor").json().getInt("total"), "nothing registered before the review");

        Api.Reply accepted = api.post(path + "/accept", "legal", "{\"version\":" + submitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        JsonObject list = api.get(incidents, "auditor").json();
        assertEquals(1, list.getInt("total"), list::toString);
        long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(id, accepted.json().getJsonNumber("incidentId").longValue());
        JsonObject incident = api.get("api/incidents/" + id, "auditor").json();
        java.time.Instant at = java.time.Instant.parse(submitted.getString("submittedAt"))
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        assertEquals("VENDOR_PORTAL", incident.getString("reportedVia"));
        assertEquals(at, java.time.Instant.parse(incident.getString("reportedAt"))
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS), incident::toString);
        assertEquals(at, java.time.Instant.parse(incident.getString("awareAt"))
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS), "aware when told, not when accepted");
        assertEquals(at.plus(java.time.Duration.ofHours(72)), java.time.Instant.parse(incident.getString("deadline"))
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS), "our 72 hours from the submission");
        assertEquals(aware.atZone(AMSTERDAM).toInstant(), java.time.Instant.parse(
                incident.getString("processorAwareAt")));
        assertEquals(occurred.atZone(AMSTERDAM).toInstant(), java.time.Instant.parse(incident.getString("occurredAt")));
        assertEquals("A mailbox was read by an intruder", incident.getString("description"));
        assertEquals("Mail relay", incident.getString("systems"));
        assertEquals(1200, incident.getInt("subjectsEstimate"));
        assertEquals(5000, incident.getInt("recordsEstimate"));
        assertEquals("Credentials reset", incident.getString("measures"));
        assertEquals(vendor.id(), incident.getJsonNumber("sourceProcessorId").longValue(), "at the processor itself");
        assertTrue(incident.getJsonObject("notice").getBoolean("late"), "five days after it knew: late");
        assertEquals(1, api.get("api/alerts?type=INCIDENT_NOTICE_LATE&subject=incident:" + id, "manager").json()
                .getInt("total"), "the late notice is a finding, as for an incident typed in");
    }

    static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

    /**
     * A complete report as the vendor's form posts it: at the processor itself, what happened at {@code occurred}
     * (Amsterdam time) and known a day later.
     */
    static Map<String, String> incidentFacts(java.time.LocalDateTime occurred, String description) {
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
        Map<String, String> facts = new LinkedHashMap<>(Map.of("sourceProcessorId_input", "",
                "occurredAt_input", occurred.format(typed), "processorAwareAt_input", occurred.plusDays(1).format(typed),
                "description", description, "systems", "Mail relay",
                "subjectsEstimate_input", "1200", "subjectsEstimate_hinput", "1200", "recordsEstimate_input", "5000",
                "recordsEstimate_hinput", "5000"));
        facts.put("measures", "Credentials reset");
        return facts;
    }

    static JsonObject reportedAlert(Api api, long requestId) {
        JsonObject alerts = api.get("api/alerts?type=INCIDENT_REPORTED&subject=request:" + requestId, "auditor")
                .json();
        assertEquals(1, alerts.getInt("total"), alerts::toString);
        return alerts.getJsonArray("items").getJsonObject(0);
    }

    /**
     * A standing link to report breaches: its mail says so (no due day); each report is a high alert from its
     * submission, as our 72 hours run from then, until legal takes it in; then the link opens again on a blank report
     * for the next breach, which becomes an incident of its own, and the request names the one registered last.
     */
    @Test
    void aStandingLinkReportsOneBreachAfterAnotherEachAnAlertUntilTakenIn() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        JsonObject created = request(api, vendor, "INCIDENT_REPORT", null);
        long requestId = created.getJsonNumber("id").longValue();
        String path = "api/processors/" + vendor.id() + "/requests/" + requestId;
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        assertEquals(1, mailsTo(vendor.email(), "Your link to report a personal data breach"));
        HttpClient browser = browser();
        assertEquals(302, get(browser, "vendor/link/" + secret).statusCode());
        assertEquals(0, api.get("api/alerts?type=INCIDENT_REPORTED&subject=request:" + requestId, "auditor").json()
                .getInt("total"), "a link with nothing reported alerts nobody");

        java.time.LocalDateTime first = java.time.LocalDateTime.now(AMSTERDAM).minusDays(2).withSecond(0).withNano(0);
        assertEquals(302, VendorForm.post(api, browser, "submit", incidentFacts(first, "Mailbox read"), null)
                .statusCode());
        JsonObject alert = reportedAlert(api, requestId);
        assertEquals("OPEN", alert.getString("status"), alert::toString);
        assertEquals("HIGH", alert.getString("severity"));
        assertEquals(vendor.id(), alert.getJsonNumber("processorId").longValue());
        assertEquals(410, get(browser(), "vendor/link/" + secret).statusCode(), "read-only while under review");
        Api.Reply returned = api.post(path + "/return", "legal", "{\"version\":" + api.get(path, "auditor").json()
                .getInt("version") + ",\"remark\":\"Which mailboxes?\"}");
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("OPEN", reportedAlert(api, requestId).getString("status"), "sent back, the breach is known still");
        assertEquals(302, VendorForm.post(api, browser, "submit", incidentFacts(first, "Mailbox read"), null)
                .statusCode());

        JsonObject submitted = api.get(path, "auditor").json();
        Api.Reply accepted = api.post(path + "/accept", "legal", "{\"version\":" + submitted.getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("OPENED", accepted.json().getString("state"), "the link stands for the next breach");
        long firstIncident = accepted.json().getJsonNumber("incidentId").longValue();
        assertEquals("RESOLVED", reportedAlert(api, requestId).getString("status"), "taken in: the incident alerts now");

        HttpClient later = browser();
        assertEquals(302, get(later, "vendor/link/" + secret).statusCode(), "the same link opens again");
        String blank = get(later, "vendor/request.xhtml").body();
        assertTrue(blank.contains("id=\"vendor-taken\"") && !blank.contains("Mailbox read"), blank);
        java.time.LocalDateTime second = first.plusDays(1);
        assertEquals(302, VendorForm.post(api, later, "submit", incidentFacts(second, "Backup tape lost"), null)
                .statusCode());
        assertEquals("OPEN", reportedAlert(api, requestId).getString("status"), "the next report alerts again");
        JsonObject again = api.get(path, "auditor").json();
        Api.Reply acceptedAgain = api.post(path + "/accept", "procurement", "{\"version\":" + again.getInt("version")
                + "}");
        assertEquals(200, acceptedAgain.status(), acceptedAgain::toString);
        long secondIncident = acceptedAgain.json().getJsonNumber("incidentId").longValue();
        assertTrue(secondIncident != firstIncident, "an incident of its own");
        assertEquals("RESOLVED", reportedAlert(api, requestId).getString("status"));
        JsonObject list = api.get("api/incidents?processor=" + vendor.id(), "auditor").json();
        assertEquals(2, list.getInt("total"), list::toString);
        assertEquals("Backup tape lost", api.get("api/incidents/" + secondIncident, "auditor").json()
                .getString("description"));
        assertEquals("Mailbox read", api.get("api/incidents/" + firstIncident, "auditor").json()
                .getString("description"));
        assertEquals(3, mailsTo(vendor.email(), "Received: Incident report"), "a receipt for each submission");
    }

    /**
     * What a person does: the contact opens the mailed link without an account, reports a breach but forgets when it
     * became aware, reads which field is missing, fills it in and submits; legal accepts it on the processor page and
     * the breach is in the register. The vendor's pages as the others are held to: WCAG 2.1 AA, on desk and phone.
     */
    @Test
    void theContactReportsABreachByLinkAndLegalTakesItIntoTheRegister() {
        Api api = new Api(base);
        Vendor vendor = vendor(api);
        request(api, vendor, "INCIDENT_REPORT", null);
        String secret = linksMailedTo(vendor.email(), 1).get(0);
        java.time.LocalDateTime occurred = java.time.LocalDateTime.now(AMSTERDAM).minusHours(30).withSecond(0)
                .withNano(0);
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
        String description = "Laptop with payroll exports stolen " + vendor.id();
        try (Browser contact = new Browser(base, "en")) {
            contact.open("vendor/link/" + secret);
            contact.waitForPath("vendor/request.xhtml");
            List<String> found = Accessibility.problemsOnDeskAndPhone(contact);
            assertTrue(found.isEmpty(), () -> String.join("\n", found));
            contact.type(By.id("answer:occurredAt_input"), occurred.format(typed));
            contact.type(By.id("answer:description"), description);
            contact.type(By.id("answer:systems"), "Payroll export share");
            contact.type(By.id("answer:measures"), "Device wiped remotely");
            contact.click(By.id("answer:submit"));
            contact.click(By.id("answer:confirmYes"));
            contact.waitForText(By.id("answer:processorAwareAtMessage"), "Enter when the processor became aware.");
            List<String> refused = Accessibility.violations(contact);
            assertTrue(refused.isEmpty(), () -> String.join("\n", refused));
            contact.type(By.id("answer:processorAwareAt_input"), occurred.plusHours(2).format(typed));
            contact.click(By.id("answer:submit"));
            contact.click(By.id("answer:confirmYes"));
            contact.waitForText(By.id("sent-description"), description);
            List<String> sent = Accessibility.violations(contact);
            assertTrue(sent.isEmpty(), () -> String.join("\n", sent));
        }
        try (Browser legal = new Browser(base, "en")) {
            legal.open("login.xhtml").logIn("legal", Api.PASSWORD);
            legal.open("processors/view.xhtml?tab=REQUESTS&id=" + vendor.id());
            legal.waitForText(By.cssSelector(".request-review .answer-description"), description);
            legal.click(By.cssSelector(".request-review button[id$='accept']"));
            legal.click(By.id("requestsConfirm:confirmYes"));
            legal.waitForText(By.cssSelector("#requestsForm .request-incident"), "Open the incident reported last");
            // a standing link asks for nothing by a day: the table says until when it works, not a due day
            assertTrue(legal.visible(By.cssSelector("#requestsForm .link-until")).getText()
                    .startsWith("Link works until "), legal::pageText);
            legal.open("incidents/list.xhtml");
            legal.waitForText(By.id("list:incidents"), description);
        }
    }
}
