package eu.art28.accounts.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import eu.art28.accounts.entity.AlertMail;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.entity.Role;

/**
 * Makes sure somebody can log in on a new installation: in demo mode one user per role, named after the
 * role; otherwise the first administrator, {@code admin}, with the configured or a printed one-time password.
 */
@ApplicationScoped
@Transactional
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

    /** One account to create when it does not exist yet. */
    record Seed(String username, String password, Set<Role> roles, boolean oneTime, boolean demo) {
    }

    void onSchemaReady(@Observes SchemaReady ready) {
        // Demo mode: the five demo users share one published password, so it is hashed once, not five times
        // (600,000 PBKDF2 rounds each: the four saved are a second or more of each start, test servers too; issue 21).
        Map<String, String> hashes = new HashMap<>();
        for (Seed seed : seeds(demo.enabled(ready), demo.password(), adminPassword)) {
            boolean exists = !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                    .setParameter("username", seed.username()).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            Account account = new Account(seed.username(),
                    hashes.computeIfAbsent(seed.password(), hashing::hash), seed.roles());
            if (seed.demo()) {
                account.setMailPreferences(seed.username() + "@art28.example", "en", AlertMail.IMMEDIATE);
            }
            em.persist(seed.oneTime() ? account.requirePasswordChange() : account);
            if (seed.oneTime()) {
                LOG.warning("Created the first administrator 'admin' with the one-time password " + seed.password()
                        + " (shown only this once; set ART28_ADMIN_PASSWORD to choose it)");
            }
        }
    }

    /** Demo mode: one user per role, named after it. Otherwise the first administrator. */
    static List<Seed> seeds(boolean demo, String demoPassword, Optional<String> adminPassword) {
        if (demo) {
            return Arrays.stream(Role.values())
                    .map(role -> new Seed(role.name().toLowerCase(), demoPassword, EnumSet.of(role), false, true))
                    .toList();
        }
        Optional<String> configured = adminPassword.filter(p -> !p.isBlank());
        return List.of(new Seed(ADMIN, configured.orElseGet(PasswordPolicy::oneTime), EnumSet.of(Role.ADMIN),
                configured.isEmpty(), false));
    }
}
