package eu.art28.accounts.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.Role;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.SchemaReady;

/**
 * Makes sure somebody can log in on a new installation: in demo mode one user per role, named after the
 * role; otherwise the first administrator, {@code admin}, with the configured or a printed one-time password.
 */
@ApplicationScoped
public class InitialAccounts {

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());
    static final String ADMIN = "admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    DemoMode demo;

    @Inject
    @ConfigProperty(name = "art28.admin.password")
    Optional<String> adminPassword;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        if (demo.enabled(ready)) {
            for (Role role : Role.values()) {
                createIfAbsent(role.name().toLowerCase(), demo.password(), EnumSet.of(role), false);
            }
            return;
        }
        Optional<String> configured = adminPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(InitialAccounts::randomPassword);
        if (createIfAbsent(ADMIN, password, EnumSet.of(Role.ADMIN), configured.isEmpty()) && configured.isEmpty()) {
            LOG.warning("Created the first administrator 'admin' with the one-time password " + password
                    + " (shown only this once; set ART28_ADMIN_PASSWORD to choose it)");
        }
    }

    private boolean createIfAbsent(String username, String password, Set<Role> roles, boolean oneTime) {
        boolean exists = !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        Account account = new Account(username, hashing.hash(password), roles);
        em.persist(oneTime ? account.requirePasswordChange() : account);
        return true;
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
