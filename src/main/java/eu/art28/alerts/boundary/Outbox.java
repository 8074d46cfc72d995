package eu.art28.alerts.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.alerts.entity.MailMessage;

/**
 * The mail outbox in the database. Each step is its own short transaction, and a message is claimed by one
 * conditional update before it is sent, so several nodes can drain the same outbox without sending twice. Open
 * to every caller: it only moves mail that an admitted action queued, from the timer or after that commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@PermitAll
public class Outbox {

    @PersistenceContext
    EntityManager em;

    /** Queued in the caller's transaction: it goes out only if what raised it is committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    @PermitAll
    public void enqueue(MailMessage message) {
        em.persist(message);
    }

    @PermitAll
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select m.id from MailMessage m where (m.status = :pending or m.status = :sending)"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailMessage.Status.PENDING).setParameter("sending", MailMessage.Status.SENDING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Takes the message for one attempt if nobody else has it; empty when another node was first. */
    @PermitAll
    public Optional<MailMessage> claim(long id, Instant now) {
        int claimed = em.createQuery("update MailMessage m set m.status = :sending, m.attempts = m.attempts + 1,"
                        + " m.nextAttemptAt = :leaseEnd, m.version = m.version + 1 where m.id = :id"
                        + " and (m.status = :pending or m.status = :sending) and m.nextAttemptAt <= :now")
                .setParameter("sending", MailMessage.Status.SENDING).setParameter("pending", MailMessage.Status.PENDING)
                .setParameter("leaseEnd", now.plus(MailMessage.LEASE)).setParameter("id", id)
                .setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        MailMessage message = em.find(MailMessage.class, id);
        em.refresh(message);
        return Optional.of(message);
    }

    @PermitAll
    public void sent(long id, Instant at) {
        em.find(MailMessage.class, id).sent(at);
    }

    /** Returns whether it will be tried again. */
    @PermitAll
    public boolean failed(long id, String error, Instant at) {
        return em.find(MailMessage.class, id).failed(error, at);
    }

    @PermitAll
    public Optional<MailMessage> find(long id) {
        return Optional.ofNullable(em.find(MailMessage.class, id));
    }
}
