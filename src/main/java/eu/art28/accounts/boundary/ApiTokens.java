package eu.art28.accounts.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;

import eu.art28.accounts.control.AccountIdentityStore;
import eu.art28.accounts.entity.ApiToken;
import eu.art28.platform.control.NoSuchRecord;

/**
 * The caller's own API tokens, and the check of a token an API call presents. Open to every caller: each method
 * acts on the caller's own tokens only, and a token is checked before anyone is logged in.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class ApiTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    Clock clock = Clock.systemDefaultZone();

    @PermitAll
    public ApiToken.Issued issue(String name, LocalDate expiresOn) {
        ApiToken.Issued issued = ApiToken.issue(Profiles.passwordChosen(profiles.mine()), name, expiresOn,
                clock.instant());
        em.persist(issued.token());
        return issued;
    }

    @PermitAll
    public List<ApiToken> mine() {
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("username", profiles.mine().getUsername()).getResultList();
    }

    /** Someone else's token is as unknown to the caller as one that does not exist. */
    @PermitAll
    public ApiToken mine(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getAccount().getUsername().equals(profiles.mine().getUsername())) {
            throw new NoSuchRecord("API token", id);
        }
        return token;
    }

    @PermitAll
    public ApiToken revoke(long id) {
        ApiToken token = mine(id);
        token.revoke(clock.instant());
        return token;
    }

    /** The owner of a working token, as the account stands now; invalid for anything else. */
    @PermitAll
    public CredentialValidationResult authenticate(String secret) {
        ApiToken token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret)).getResultStream().findFirst().orElse(null);
        if (token == null || !token.worksOn(LocalDate.now(clock))) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Instant now = clock.instant();
        em.createNamedQuery(ApiToken.USED).setParameter("at", now).setParameter("id", token.getId())
                .setParameter("before", now.minus(ApiToken.USE_PRECISION)).executeUpdate();
        return AccountIdentityStore.result(token.getAccount());
    }
}
