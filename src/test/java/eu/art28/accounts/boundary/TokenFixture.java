package eu.art28.accounts.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import eu.art28.accounts.control.PasswordHashing;
import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.ApiToken;
import eu.art28.platform.entity.Role;

/**
 * In the container only: a token issued days ago that expired yesterday, which no API call can make; and an
 * account whose password hash was made with the 30,000 PBKDF2 iterations of before December 2026.
 */
@ApplicationScoped
@Transactional
public class TokenFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Pbkdf2PasswordHash oldPbkdf2;

    public String expiredToken(String username) {
        Account account = new Account(username, hashing.hash("not-used-in-this-test"), Set.of(Role.AUDITOR));
        em.persist(account);
        Instant issuedAt = Instant.now().minus(Duration.ofDays(3));
        LocalDate yesterday = LocalDate.now(ZoneId.systemDefault()).minusDays(1);
        ApiToken.Issued issued = ApiToken.issue(account, "expired", yesterday, issuedAt);
        em.persist(issued.token());
        return issued.secret();
    }

    public void accountWithOldHash(String username, String password) {
        oldPbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "30000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        em.persist(new Account(username, oldPbkdf2.generate(password.toCharArray()), Set.of(Role.AUDITOR)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String storedHash(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getSingleResult().getPasswordHash();
    }
}
