package eu.art28.accounts.control;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;

import eu.art28.accounts.entity.Account;

/**
 * Checks a user name and password against the accounts table; the caller's groups are its role names, plus
 * {@link #MUST_CHANGE_PASSWORD} while a password someone else set waits to be replaced.
 */
@ApplicationScoped
@Transactional
public class AccountIdentityStore implements IdentityStore {

    /** Not a role: the login mechanism takes it out and lets the caller do nothing but change the password. */
    public static final String MUST_CHANGE_PASSWORD = "art28:must-change-password";
    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordRehash rehash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Account account = find(login.getCaller().trim().toLowerCase(Locale.ROOT)).orElse(null);
        boolean matches = hashing.matches(login.getPassword().getValue(),
                account == null ? null : account.getPasswordHash());
        if (!matches || !account.canLogIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (PasswordHashing.needsRehash(account.getPasswordHash())) {
            // made with fewer iterations than today's: the password is at hand now, and only now
            try {
                rehash.upgrade(account.getUsername(), login.getPassword().getValue(), account.getPasswordHash());
            } catch (RuntimeException e) {
                // the login stands; the next one tries again
                LOG.log(Level.WARNING, "Password hash of " + account.getUsername() + " not renewed", e);
            }
        }
        return result(account);
    }

    /**
     * The caller of a page session as the account stands now: nobody when it is disabled or without roles, or when
     * its password changed after the session last saw it ({@code passwordSeen}, {@link #passwordChangedAt}).
     */
    public Optional<CredentialValidationResult> current(String username, Instant passwordSeen) {
        return find(username).filter(Account::canLogIn).filter(account -> !account.passwordChangedSince(passwordSeen))
                .map(AccountIdentityStore::result);
    }

    /** When the account's password last changed, for the session that logs in with it now. */
    public Optional<Instant> passwordChangedAt(String username) {
        return find(username).map(Account::getPasswordChangedAt);
    }

    public static CredentialValidationResult result(Account account) {
        Set<String> groups = new HashSet<>();
        account.getRoles().forEach(role -> groups.add(role.name()));
        if (account.isPasswordChangeRequired()) {
            groups.add(MUST_CHANGE_PASSWORD);
        }
        return new CredentialValidationResult(account.getUsername(), groups);
    }

    private Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }
}
