package eu.art28.alerts.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.art28.platform.entity.Text;

/**
 * A mail in the outbox: written in the transaction that raised its alerts, sent later, retried with growing
 * pauses, and after the last attempt marked FAILED and logged, never dropped without a trace.
 */
@Entity
@Table(name = "mail_outbox")
public class MailMessage {

    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }

    /** The pause after each failed attempt; after the last one the mail is given up. */
    public static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12));

    /** How long a node may take to send before another may try: a node that died mid-send loses its claim. */
    public static final Duration LEASE = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String recipient;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String body, Instant at) {
        this.recipient = recipient;
        String line = line(subject);
        this.subject = line.length() > 300 ? line.substring(0, 299) + "\u2026" : line;
        this.body = Text.lines(body);
        this.status = Status.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    /**
     * One line of a mail, whatever the values put into it hold: a line break in a processor's name would start a
     * forged line. Input is refused with such characters ({@code @SingleLine}); this is the second defence, for
     * what was stored before that rule or comes from elsewhere. A line is cut at {@value #LINE} characters: an
     * explanation that lists every agreement of a large processor is read on the page, not in a mail of fifty alerts.
     */
    public static String line(String text) {
        return text == null ? "" : Text.clipped(Text.oneLine(text), LINE);
    }

    static final int LINE = 1_000;

    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /** Another attempt later, or FAILED when the retries are used up; true while it will be tried again. */
    public boolean failed(String error, Instant at) {
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts > RETRIES.size()) {
            status = Status.FAILED;
            return false;
        }
        status = Status.PENDING;
        nextAttemptAt = at.plus(RETRIES.get(attempts - 1));
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
