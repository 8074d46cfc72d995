package eu.art28.accounts.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.entity.LoginAttempt;
import eu.art28.accounts.entity.LoginAttempt.Door;
import eu.art28.accounts.entity.LoginAttempt.Outcome;

/**
 * Slows password guessing down: after too many failures for one user name, or from one address, within the
 * window, every further attempt is refused until the lockout has passed, without checking the password. A
 * refused attempt looks exactly like a wrong password, and a user name that does not exist is locked the same
 * way, so the throttle tells nobody which accounts exist. It counts rows in the database, so two nodes count
 * together.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    LoginAttempts attempts;

    @Inject
    @ConfigProperty(name = "art28.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "art28.login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "art28.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "art28.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    Clock clock = Clock.systemUTC();

    /**
     * The one way in for every door: refuses a throttled attempt unchecked, otherwise checks it and records the
     * failure (or the success that ends a run of failures). A bearer token has no user name; only its address
     * counts, as nobody guesses a 256-bit secret and an attacker must not lock an integration out by guessing
     * its owner's password.
     */
    public CredentialValidationResult guard(String typedUsername, String address, Door door,
            Supplier<CredentialValidationResult> check) {
        String username = LoginAttempt.username(typedUsername);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofMinutes((long) windowMinutes + lockoutMinutes));
        List<Instant> accountFailures = username == null || door == Door.BEARER ? List.of()
                : failuresSinceLastSuccess(attempts.ofUsername(username, since));
        List<Instant> addressFailures = attempts.failuresFrom(address, since);
        if (locked(accountFailures, maxPerAccount, now) || locked(addressFailures, maxPerAddress, now)) {
            attempts.record(new LoginAttempt(username, address, now, Outcome.REFUSED, door));
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = check.get();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            attempts.record(new LoginAttempt(username, address, now, Outcome.FAILURE, door));
        } else if (!accountFailures.isEmpty()) {
            attempts.record(new LoginAttempt(username, address, now, Outcome.SUCCESS, door));
        }
        return result;
    }

    private boolean locked(List<Instant> failures, int max, Instant now) {
        return lockedUntil(failures, max, Duration.ofMinutes(windowMinutes), Duration.ofMinutes(lockoutMinutes))
                .filter(now::isBefore).isPresent();
    }

    /**
     * Until when the failures lock: {@code max} failures within {@code window} of each other lock until
     * {@code lockout} after the last of them. Failures in time order; attempts refused while locked are not
     * failures, so hammering a locked account does not keep it locked.
     */
    static Optional<Instant> lockedUntil(List<Instant> failures, int max, Duration window, Duration lockout) {
        if (max < 1) {
            return Optional.empty();
        }
        Instant until = null;
        for (int last = max - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - max + 1);
            if (Duration.between(first, failures.get(last)).compareTo(window) < 0) {
                until = failures.get(last).plus(lockout);
            }
        }
        return Optional.ofNullable(until);
    }

    /** A successful login ends a run of failures: the person knows the password. */
    static List<Instant> failuresSinceLastSuccess(List<LoginAttempt> attempts) {
        List<Instant> failures = new ArrayList<>();
        for (LoginAttempt attempt : attempts) {
            if (attempt.getOutcome() == Outcome.SUCCESS) {
                failures.clear();
            } else if (attempt.getOutcome() == Outcome.FAILURE) {
                failures.add(attempt.getAttemptedAt());
            }
        }
        return failures;
    }
}
