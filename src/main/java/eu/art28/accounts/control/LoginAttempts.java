package eu.art28.accounts.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.entity.LoginAttempt;

/** The stored attempts the throttle counts; old ones are pruned now and then, by whichever node writes. */
@ApplicationScoped
@Transactional
public class LoginAttempts {

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "art28.login.keep-days", defaultValue = "90")
    int keepDays;

    private final AtomicReference<Instant> pruned = new AtomicReference<>(Instant.EPOCH);

    public List<LoginAttempt> ofUsername(String username, Instant since) {
        return em.createNamedQuery(LoginAttempt.OF_USERNAME, LoginAttempt.class).setParameter("username", username)
                .setParameter("since", since).getResultList();
    }

    public List<Instant> failuresFrom(String address, Instant since) {
        return em.createNamedQuery(LoginAttempt.FAILURES_FROM, Instant.class)
                .setParameter("address", LoginAttempt.address(address))
                .setParameter("since", since).getResultList();
    }

    /** The wrong personal links (requests to processors) given from the address since then, oldest first. */
    public List<Instant> linkFailuresFrom(String address, Instant since) {
        return em.createNamedQuery(LoginAttempt.LINK_FAILURES_FROM, Instant.class)
                .setParameter("address", LoginAttempt.address(address))
                .setParameter("since", since).getResultList();
    }

    /** In a transaction of its own: the failure must be stored although the login it belongs to fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(LoginAttempt attempt) {
        em.persist(attempt);
        Instant at = attempt.getAttemptedAt();
        Instant last = pruned.get();
        if (at.isAfter(last.plus(PRUNE_EVERY)) && pruned.compareAndSet(last, at)) {
            em.createNamedQuery(LoginAttempt.PRUNE).setParameter("before", at.minus(Duration.ofDays(keepDays)))
                    .executeUpdate();
        }
    }
}
