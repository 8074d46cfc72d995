package eu.art28.alerts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MailMessageTest {

    static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");

    /** What the outbox's claim does in the database: one more attempt. */
    static void attempt(MailMessage message) throws ReflectiveOperationException {
        Field attempts = MailMessage.class.getDeclaredField("attempts");
        attempts.setAccessible(true);
        attempts.setInt(message, attempts.getInt(message) + 1);
    }

    @Test
    void aFailedSendIsTriedAgainWithGrowingPausesThenGivenUpButKept() throws ReflectiveOperationException {
        MailMessage message = new MailMessage("manager@art28.example", "[Art28] 1 alert", "body", NOW);
        Instant at = NOW;
        Duration waited = Duration.ZERO;
        for (Duration pause : MailMessage.RETRIES) {
            attempt(message);
            assertTrue(message.failed("connection refused", at), "tried again after attempt " + message.getAttempts());
            assertEquals(MailMessage.Status.PENDING, message.getStatus());
            assertEquals(at.plus(pause), message.getNextAttemptAt());
            waited = waited.plus(pause);
            at = message.getNextAttemptAt();
        }
        attempt(message);
        assertFalse(message.failed("connection refused", at), "the last attempt gives up");
        assertEquals(MailMessage.Status.FAILED, message.getStatus());
        assertEquals("connection refused", message.getLastError(), "and says why");
        assertTrue(waited.compareTo(Duration.ofHours(17)) > 0, "retried for most of a day: " + waited);
    }

    @Test
    void aLongSubjectIsShortenedToWhatTheOutboxHolds() {
        MailMessage message = new MailMessage("a@b.example", "x".repeat(400), "body", NOW);
        assertEquals(300, message.getSubject().length());
    }

    @Test
    void aLineBreakInAValueStartsNoForgedLine() {
        assertEquals("Forged Bcc: x@evil.example [31m",
                MailMessage.line("Forged\r\nBcc: x@evil.example\u2028\u001b[31m"));
        MailMessage message = new MailMessage("a@b.example", "[Art28] 1 alert\r\nBcc: x@evil.example",
                "Line one\nLine two\u0007\u001b[31m", NOW);
        assertEquals("[Art28] 1 alert Bcc: x@evil.example", message.getSubject());
        assertEquals("Line one\nLine two [31m", message.getBody(), "the mail's own lines stay, nothing else");
    }

    @Test
    void aLineOfAMailIsOneLineAndEndsWhereItGrowsUnreadable() {
        assertEquals("Looked at: DPA-1 DPA-2", MailMessage.line("Looked at: DPA-1\r\nDPA-2"));
        String long_ = MailMessage.line("Looked at: " + "DPA-2026-0001, ".repeat(200));
        assertEquals(MailMessage.LINE, long_.length());
        assertTrue(long_.endsWith("\u2026"), long_);
        assertEquals("", MailMessage.line(null));
    }
}
