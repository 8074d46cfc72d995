package eu.art28.accounts.control;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Replaces a password hash made with fewer PBKDF2 iterations than today's, at a login that has just proven the
 * password. A plain update guarded by the old hash: two logins at once store one new hash, a password changed in
 * between is left alone, and the account's version and audit trail do not move (nothing the user did changed).
 */
@ApplicationScoped
@Transactional
public class PasswordRehash {

    private static final Logger LOG = Logger.getLogger(PasswordRehash.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void upgrade(String username, char[] password, String oldHash) {
        String newHash = hashing.hash(new String(password));
        int updated = em.createQuery("UPDATE Account a SET a.passwordHash = :newHash"
                + " WHERE a.username = :username AND a.passwordHash = :oldHash")
                .setParameter("newHash", newHash).setParameter("username", username)
                .setParameter("oldHash", oldHash).executeUpdate();
        if (updated == 1) {
            hashing.forget(oldHash);
            LOG.info(() -> "Password hash of " + username + " renewed with " + PasswordHashing.IN_USE
                    + " PBKDF2 iterations");
        }
    }
}
