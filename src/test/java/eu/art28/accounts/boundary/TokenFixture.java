package eu.art28.accounts.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.accounts.control.PasswordHashing;
import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.ApiToken;
import eu.art28.platform.entity.Role;

/** In the container only: a token issued days ago that expired yesterday, which no API call can make. */
@ApplicationScoped
@Transactional
public class TokenFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public String expiredToken(String username) {
        Account account = new Account(username, hashing.hash("not-used-in-this-test"), Set.of(Role.AUDITOR));
        em.persist(account);
        Instant issuedAt = Instant.now().minus(Duration.ofDays(3));
        LocalDate yesterday = LocalDate.now(ZoneId.systemDefault()).minusDays(1);
        ApiToken.Issued issued = ApiToken.issue(account, "expired", yesterday, issuedAt);
        em.persist(issued.token());
        return issued.secret();
    }
}
