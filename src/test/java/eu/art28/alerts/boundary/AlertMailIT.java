package eu.art28.alerts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;

import eu.art28.testing.Api;
import eu.art28.testing.MailServer;
import eu.art28.testing.Clauses;
import eu.art28.testing.SharedApp;

/**
 * Deadlines become alerts, alerts become mail: through a real SMTP server in this JVM (the application is told
 * to use the port of arquillian.xml; {@link MailServer} runs it for the whole test run).
 */
@ExtendWith(SharedApp.class)
class AlertMailIT {

    /** The run's SMTP server (its port in arquillian.xml and the pom). */
    static final GreenMail SMTP = MailServer.get();

    static final String ALL_CLAUSES = Clauses.allPresent();


    @SharedApp.Base
    URL base;

    /** An approved agreement of a fresh processor that runs out in {@code days}; returns its reference. */
    static String expiringAgreement(Api api, int days) {
        return expiringAgreement(api, days, null);
    }

    static String expiringAgreement(Api api, int days, String owner) {
        Api.Reply registered = api.post("api/processors", "procurement", "{\"name\":\"Mailhouse %s\",\"country\":\"NL\"%s}"
                .formatted(Api.freshKvk(), owner == null ? "" : ",\"owner\":\"" + owner + "\""));
        assertEquals(201, registered.status(), registered::toString);
        long processor = registered.json().getJsonNumber("id").longValue();
        String reference = "DPA-MAIL-" + Api.freshKvk();
        JsonObject draft = api.post("api/agreements", "procurement", """
                {"processorId":%d,"reference":"%s","signedOn":"%s","effectiveFrom":"%s","expiresOn":"%s",
                 "purposes":["e"],"dataCategories":["contact"],"dataSubjects":["customers"],"countries":["NL"],
                 "checklist":[%s]}""".formatted(processor, reference, LocalDate.now().minusMonths(11),
                LocalDate.now().minusMonths(10), LocalDate.now().plusDays(days), ALL_CLAUSES)).json();
        api.approve(draft);
        return reference;
    }

    /** The mails received that mention the text, waiting up to {@code patience} for {@code expected} of them. */
    static List<MimeMessage> mailsAbout(String text, int expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<MimeMessage> found;
        do {
            SMTP.waitForIncomingEmail(1_000, Integer.MAX_VALUE);
            found = new ArrayList<>();
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (text(message).contains(text)) {
                    found.add(message);
                }
            }
        } while (found.size() < expected && System.nanoTime() < deadline);
        return found;
    }

    static List<MimeMessage> mailsAbout(String text, int expected) {
        return mailsAbout(text, expected, Duration.ofSeconds(90));
    }

    /** The decoded text, not the quoted-printable lines of the wire. */
    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAgreementRunningOutInThirtyDaysRaisesOneAlertAndOneMail() throws MessagingException {
        Api api = new Api(base);
        String reference = expiringAgreement(api, 30);
        JsonObject page = api.get("api/alerts?type=AGREEMENT_EXPIRING&status=OPEN&size=200", "manager").json();
        List<JsonObject> alerts = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("explanation").contains(reference)).toList();
        assertEquals(1, alerts.size(), page::toString);
        assertEquals("MEDIUM", alerts.get(0).getString("severity"), "30 days left: the second threshold");

        List<MimeMessage> mails = mailsAbout(reference, 1);
        assertEquals(1, mails.size(), "one mail");
        MimeMessage mail = mails.get(0);
        assertEquals("manager@art28.example", recipient(mail));
        assertTrue(mail.getSubject().startsWith("[Art28] 1 new or escalated alerts"), mail.getSubject());
        String body = text(mail);
        assertTrue(body.contains("expires on " + DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
                .format(LocalDate.now().plusDays(30))), "the day as people write it: " + body);
        assertTrue(body.contains("/agreements/view.xhtml?id="), body);

        api.post("api/alerts/scan", "admin", "{}");
        assertEquals(1, mailsAbout(reference, 2, Duration.ofSeconds(10)).size(),
                "a scan that finds the same deadline sends nothing again");
    }

    @Test
    void theDigestGoesToManagersWhoChoseItAndToNobodyElse() {
        Api api = new Api(base);
        assertEquals(200, api.put("api/profile", "manager",
                "{\"email\":\"manager@art28.example\",\"language\":\"nl\",\"alertMail\":\"DIGEST\"}").status());
        assertEquals(200, api.put("api/profile", "legal",
                "{\"email\":\"legal@art28.example\",\"language\":\"en\",\"alertMail\":\"DIGEST\"}").status());
        try {
            // a digest first, so that the next one tells only what is raised from now on
            assertEquals(200, api.post("api/alerts/digest", "admin", "{}").status());
            String reference = expiringAgreement(api, 5);
            assertEquals(403, api.post("api/alerts/digest", "manager", "{}").status());
            Api.Reply digest = api.post("api/alerts/digest", "admin", "{}");
            assertEquals(200, digest.status(), digest::toString);

            List<MimeMessage> mails = mailsAbout(reference, 1);
            assertEquals(1, mails.size());
            MimeMessage mail = mails.get(0);
            assertEquals("manager@art28.example", recipient(mail), "legal is no manager");
            String body = text(mail);
            assertTrue(body.contains("Hoog"), "in the manager's language, grouped by severity: " + body);
            assertTrue(body.contains("loopt af op " + DateTimeFormatter.ofPattern("d MMM uuuu",
                    Locale.forLanguageTag("nl")).format(LocalDate.now().plusDays(5))), body);
        } finally {
            api.put("api/profile", "manager",
                    "{\"email\":\"manager@art28.example\",\"language\":\"en\",\"alertMail\":\"IMMEDIATE\"}");
            api.put("api/profile", "legal",
                    "{\"email\":\"legal@art28.example\",\"language\":\"en\",\"alertMail\":\"IMMEDIATE\"}");
        }
    }

    @Test
    void aProfileRefusesAnAddressThatIsNone() {
        Api.Reply reply = new Api(base).put("api/profile", "auditor", "{\"email\":\"not an address\"}");
        assertEquals(400, reply.status());
        assertTrue(reply.body().contains("\"email\""), reply::toString);
    }

    @Test
    void aReviewOfTheProcessorsGuaranteesResolvesItsReviewDue() {
        Api api = new Api(base);
        long processor = api.post("api/processors", "procurement", "{\"name\":\"Reviewed %s\",\"country\":\"NL\","
                + "\"riskTier\":\"HIGH\"}".formatted(Api.freshKvk())).json().getJsonNumber("id").longValue();
        api.post("api/alerts/scan", "admin", "{}");
        JsonObject due = api.get("api/alerts?type=REVIEW_DUE&processorId=" + processor, "manager").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("OPEN", due.getString("status"), "never reviewed: due since its registration");
        assertEquals("HIGH", due.getString("severity"));

        Api.Reply refused = api.post("api/processors/" + processor + "/reviews", "legal",
                "{\"outcome\":\"INSUFFICIENT\"}");
        assertEquals(400, refused.status(), "an insufficient outcome says why");
        assertTrue(refused.body().contains("\"notes\""), refused::toString);
        assertEquals(403, api.post("api/processors/" + processor + "/reviews", "procurement",
                "{\"outcome\":\"SUFFICIENT\"}").status());
        Api.Reply reviewed = api.post("api/processors/" + processor + "/reviews", "legal",
                "{\"outcome\":\"SUFFICIENT\",\"notes\":\"ISO 27001 and ISAE 3402 on file\"}");
        assertEquals(201, reviewed.status(), reviewed::toString);
        assertEquals(LocalDate.now().plusMonths(12).toString(), reviewed.json().getString("nextReviewOn"),
                "high risk: a year");
        assertEquals("RESOLVED", api.get("api/alerts/" + due.getJsonNumber("id"), "manager").json()
                .getString("status"));
    }

    @Test
    void theOwnerOfTheProcessorHearsOfItsAlertsToo() {
        Api api = new Api(base);
        Api.Reply unknown = api.post("api/processors", "procurement",
                "{\"name\":\"Nobody's %s\",\"country\":\"NL\",\"owner\":\"nobody\"}".formatted(Api.freshKvk()));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("\"owner\""), unknown::toString);

        String reference = expiringAgreement(api, 30, "procurement");
        List<String> recipients = mailsAbout(reference, 2).stream().map(AlertMailIT::recipient).sorted().toList();
        assertEquals(List.of("manager@art28.example", "procurement@art28.example"), recipients);
    }
}
