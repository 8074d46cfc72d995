package eu.art28.alerts.boundary;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import eu.art28.alerts.control.Mailer;
import eu.art28.alerts.entity.MailMessage;

/**
 * Empties the outbox: every minute, and right after a transaction queued mail. Sending happens outside any
 * transaction, so a slow mail server holds no database locks and no request waits for it.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    /** Sends what is due; returns how many went out. */
    public synchronized int sendDue() {
        if (!mailer.enabled()) {
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(Instant.now(), BATCH)) {
            MailMessage message = outbox.claim(id, Instant.now()).orElse(null);
            if (message == null) {
                continue;
            }
            try {
                mailer.send(message.getRecipient(), message.getSubject(), message.getBody());
                outbox.sent(id, Instant.now());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                boolean again = outbox.failed(id, e.getMessage(), Instant.now());
                LOG.log(again ? Level.WARNING : Level.SEVERE, "Mail " + id + " to " + message.getRecipient()
                        + (again ? " failed (attempt " + message.getAttempts() + "); it is tried again later: "
                                : " failed for the last time and is given up (status FAILED in mail_outbox): ")
                        + e.getMessage());
            }
        }
        return sent;
    }
}
