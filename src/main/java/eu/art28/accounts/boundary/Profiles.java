package eu.art28.accounts.boundary;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import eu.art28.accounts.control.LoginThrottle;
import eu.art28.accounts.control.PasswordHashing;
import eu.art28.accounts.control.PasswordPolicy;
import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.accounts.entity.LoginAttempt.Door;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;

/**
 * The caller's own account: what everyone may see and change of themselves, and nothing of anybody else. Open to
 * every caller, as {@link #mine()} refuses one who is nobody.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServletRequest request;

    @PermitAll
    public Account mine() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new NotPermitted("account.profile.anonymous");
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", caller.getName())
                .getSingleResult();
    }

    /**
     * The current password proves it is the person and not someone at their unlocked screen; the new one
     * must follow the rules and differ from it. Clears the demand to change a password someone else set. The
     * current password is checked through the throttle like a login, or a stolen session or token could guess
     * it here without limit.
     */
    @PermitAll
    public Account changePassword(String current, String replacement) {
        Account account = mine();
        if (current == null || current.isEmpty()) {
            // nothing guessed, nothing to count
            throw new InvalidInput("current", "account.password.required");
        }
        CredentialValidationResult proved = throttle.guard(account.getUsername(), request.getRemoteAddr(),
                Door.PROFILE, () -> hashing.matches(current.toCharArray(), account.getPasswordHash())
                        ? new CredentialValidationResult(account.getUsername())
                        : CredentialValidationResult.INVALID_RESULT);
        if (proved.getStatus() != CredentialValidationResult.Status.VALID) {
            throw new InvalidInput("current", "account.password.current.wrong");
        }
        PasswordPolicy.check("new", account.getUsername(), replacement);
        if (replacement.equals(current)) {
            throw new InvalidInput("new", "account.password.unchanged");
        }
        String old = account.getPasswordHash();
        account.passwordChanged(hashing.hash(replacement), Instant.now());
        hashing.forget(old);
        return account;
    }

    /** The language picked in a page's header, kept for the next session. */
    @PermitAll
    public void chooseLanguage(String language) {
        mine().chooseLanguage(language);
    }

    /** The language the caller chose, if they ever did; empty for anonymous callers too. */
    @PermitAll
    public Optional<Locale> chosenLocale() {
        if (security.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", security.getCallerPrincipal().getName())
                .getResultStream().findFirst().flatMap(Account::chosenLocale);
    }

    @PermitAll
    public Account setMailPreferences(String email, String language, AlertMail alertMail) {
        Account account = passwordChosen(mine());
        account.setMailPreferences(email, language, alertMail);
        return account;
    }

    /** A password someone else set must be replaced before the account changes anything else (PasswordChangeFilter). */
    static Account passwordChosen(Account account) {
        if (account.isPasswordChangeRequired()) {
            throw new NotPermitted("account.password.changeFirst");
        }
        return account;
    }
}
