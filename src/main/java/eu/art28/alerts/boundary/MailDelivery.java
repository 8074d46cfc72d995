package eu.art28.alerts.boundary;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * Whether a run is waiting, to start or for the run sending to finish. One waiting run sends what every commit
     * before it queued: a run per commit would each hold a thread of the container's pool while waiting for the one
     * sending, and a burst of alerts (changes from several people at once, found by the hostile walk in three lanes)
     * took all two hundred, so that a coverage scan's reads were refused with a 500.
     */
    private final AtomicBoolean waiting = new AtomicBoolean();

    /** Sends what is due on the executor's thread, soon: at most one run waiting, whatever number of calls. */
    public void sendSoon(Executor executor) {
        if (waiting.compareAndSet(false, true)) {
            try {
                executor.execute(this::sendWaited);
            } catch (RuntimeException e) {
                waiting.set(false);
                throw e;
            }
        }
    }

    /** The waiting run: it stops waiting once it has the outbox to itself, so that a run sending keeps one waiting. */
    private synchronized void sendWaited() {
        waiting.set(false);
        sendDue();
    }

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
