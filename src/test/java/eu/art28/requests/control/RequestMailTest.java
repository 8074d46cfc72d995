package eu.art28.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.alerts.entity.MailMessage;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestKind;

class RequestMailTest {

    static Request.Issued issued(String language) {
        Processor processor = new Processor("Hosting BV", "NL");
        processor.setContacts(List.of(new Contact("Anna Jansen", "anna@hosting.example", null, null)));
        return Request.issue(processor, new Request.Asked(RequestKind.EVIDENCE, "anna@hosting.example", language,
                LocalDate.of(2026, 12, 21), null, null), "procurement", LocalDate.of(2026, 12, 7), 14);
    }

    @Test
    void theMailCarriesTheLinkInTheContactsLanguage() {
        Request.Issued dutch = issued("nl");
        MailMessage mail = RequestMail.of(dutch.request(), dutch.secret(), "https://art28.example/", "Gemeente X",
                Instant.now());
        assertEquals("anna@hosting.example", mail.getRecipient());
        assertEquals("Verzoek: Beveiligingsbewijs (Hosting BV)", mail.getSubject());
        assertTrue(mail.getBody().contains("https://art28.example/vendor/link/" + dutch.secret()), mail.getBody());
        assertTrue(mail.getBody().contains("Beste Anna Jansen"), mail.getBody());
        assertTrue(mail.getBody().contains("21 dec. 2026"), mail.getBody());
        assertTrue(mail.getBody().contains("4 jan. 2027"), "the link's last day: " + mail.getBody());
        assertTrue(mail.getBody().contains("art. 28 lid 1"), mail.getBody());

        Request.Issued english = issued("en");
        MailMessage inEnglish = RequestMail.of(english.request(), english.secret(), "https://art28.example/",
                "Gemeente X", Instant.now());
        assertEquals("Request: Security evidence (Hosting BV)", inEnglish.getSubject());
        assertTrue(inEnglish.getBody().contains("Gemeente X asks you, for Hosting BV: Security evidence."),
                inEnglish.getBody());
    }

    /**
     * A standing link to report breaches asks for nothing by a day: its mail says what to report, that it serves
     * whenever a breach happens, how quickly (Art. 33(2)) and until when, in both languages; never "answer by".
     */
    @Test
    void theLinkToReportBreachesSaysWhatToReportWhenAndUntilWhenNotAnswerBy() {
        for (String language : List.of("nl", "en")) {
            Processor processor = new Processor("Hosting BV", "NL");
            processor.setContacts(List.of(new Contact("Anna Jansen", "anna@hosting.example", null, null)));
            Request.Issued link = Request.issue(processor, new Request.Asked(RequestKind.INCIDENT_REPORT,
                    "anna@hosting.example", language, LocalDate.of(2027, 12, 31), null, null), "legal",
                    LocalDate.of(2026, 12, 7), 14);
            MailMessage mail = RequestMail.of(link.request(), link.secret(), "https://art28.example/", "Gemeente X",
                    Instant.now());
            String body = mail.getBody();
            assertTrue(body.contains("https://art28.example/vendor/link/" + link.secret()), body);
            boolean dutch = language.equals("nl");
            assertEquals(dutch ? "Uw link om een datalek te melden aan Gemeente X (Hosting BV)"
                    : "Your link to report a personal data breach to Gemeente X (Hosting BV)", mail.getSubject());
            assertTrue(body.contains(dutch ? "14 jan. 2028" : "14 Jan 2028"), "until when the link works: " + body);
            assertTrue(body.contains(dutch ? "art. 33 lid 2" : "Art. 33(2)"), "the duty to report: " + body);
            assertTrue(body.contains(dutch ? "zonder onredelijke vertraging" : "without undue delay"), body);
            assertTrue(body.contains(dutch ? "Doet zich een datalek voor" : "When a breach happens"), body);
            assertTrue(body.contains(dutch ? "een schatting van de betrokkenen en records"
                    : "an estimate of the data subjects and records involved"), "what to report: " + body);
            assertFalse(body.contains(dutch ? "uiterlijk 31 dec. 2027" : "by 31 Dec 2027"), "no due day: " + body);
        }
    }

    @Test
    void theReminderNamesTheRequestAndItsDueDayInTheContactsLanguageAndCarriesNoLink() throws Exception {
        Request.Issued dutch = issued("nl");
        java.lang.reflect.Field created = eu.art28.platform.entity.VersionedRecord.class.getDeclaredField("createdAt");
        created.setAccessible(true);
        created.set(dutch.request(), Instant.parse("2026-12-07T10:00:00Z"));
        MailMessage mail = RequestMail.reminder(dutch.request(), "Gemeente X", Instant.now());
        assertEquals("anna@hosting.example", mail.getRecipient());
        assertEquals("Herinnering: Beveiligingsbewijs (Hosting BV), uiterlijk 21 dec. 2026", mail.getSubject());
        assertTrue(mail.getBody().contains("op 7 dec. 2026 vroeg Gemeente X u"), mail.getBody());
        assertTrue(mail.getBody().contains("tot en met 4 jan. 2027"), mail.getBody());
        assertTrue(!mail.getBody().contains("vendor/link/") && !mail.getBody().contains(dutch.secret()),
                "no link: " + mail.getBody());

        Request.Issued english = issued("en");
        created.set(english.request(), Instant.parse("2026-12-07T10:00:00Z"));
        MailMessage reminder = RequestMail.reminder(english.request(), "Town X", Instant.now());
        assertTrue(reminder.getSubject().startsWith("Reminder: Security evidence (Hosting BV)"), reminder.getSubject());
        assertTrue(reminder.getBody().contains("We have not received your answer yet."), reminder.getBody());
    }
}
