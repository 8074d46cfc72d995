package eu.art28.accounts.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.accounts.control.PasswordHashing;
import eu.art28.accounts.control.PasswordPolicy;
import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.entity.Role;

/**
 * The administrator's keeping of accounts: create, assign roles, disable, set a one-time password. The rules
 * that protect an administrator from themselves live in {@link Account}; this facade names the caller.
 */
@ApplicationScoped
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    PasswordHashing hashing;

    /** An account with the password to hand over, which exists nowhere else once this answer is gone. */
    public record WithPassword(Account account, String oneTimePassword) {
    }

    public Page<Account> list(int page, int size) {
        List<Account> items = em.createNamedQuery(Account.ALL, Account.class).setFirstResult(page * size)
                .setMaxResults(size).getResultList();
        return new Page<>(items, em.createNamedQuery(Account.COUNT, Long.class).getSingleResult());
    }

    public Account find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new NoSuchRecord("User", username));
    }

    /**
     * A new account; the password is the administrator's choice or a generated one, and either way the user
     * replaces it at the first login, as someone else has seen it.
     */
    public WithPassword create(String username, Set<Role> roles, String email, String language, AlertMail alertMail,
            String password) {
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (name == null || name.isEmpty()) {
            throw new InvalidInput("username", "account.username.required");
        }
        if (!em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw new InvalidInput("username", "account.username.taken", name);
        }
        String chosen = password == null || password.isEmpty() ? PasswordPolicy.oneTime() : password;
        PasswordPolicy.check("password", name, chosen);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("roles", "account.roles.required");
        }
        Account account = new Account(name, hashing.hash(chosen), roles).requirePasswordChange();
        account.setMailPreferences(email, language, alertMail);
        em.persist(account);
        em.flush();
        return new WithPassword(account, chosen);
    }

    public Account update(String username, Set<Role> roles, String email, String language, AlertMail alertMail) {
        Account account = find(username);
        account.assignRoles(roles, caller());
        account.setMailPreferences(email, language, alertMail);
        return account;
    }

    public Account disable(String username) {
        Account account = find(username);
        account.disable(caller());
        return account;
    }

    public Account enable(String username) {
        Account account = find(username);
        account.enable();
        return account;
    }

    /** For a user who forgot their password: a new one-time password, to be replaced at the next login. */
    public WithPassword resetPassword(String username) {
        Account account = find(username);
        String oneTime = PasswordPolicy.oneTime();
        String old = account.getPasswordHash();
        account.passwordReset(hashing.hash(oneTime), Instant.now());
        hashing.forget(old);
        return new WithPassword(account, oneTime);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
