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
 * Slows password guessing down. After too many failures for one user name within the window, every further
 * attempt for that name is refused until the lockout has passed, without checking the password. Failures from
 * one address do not shut that address: behind a proxy every user shares it, and whoever failed there twenty times
 * would lock everybody out. Instead, while an address is over its limit, each user name gets one guess from it:
 * a wrong password there refuses that name from that address for the lockout, so spraying one password over many
 * accounts goes five times slower, while a person who types their password right gets in, and a bearer token is
 * never held back by its address. A refused attempt looks exactly like a wrong password, and a user name that
 * does not exist is locked the same way, so the throttle tells nobody which accounts exist. It counts rows in the
 * database, so two nodes count together.
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

    /** From the failure that took a run over the limit until the lockout after the run's last failure. */
    record Lock(Instant since, Instant until) {
    }

    /**
     * The one way in for every door: refuses a throttled attempt unchecked, otherwise checks it and records the
     * failure (or the success that ends a run of failures). A bearer token has no user name and is always checked:
     * nobody guesses a 256-bit secret, and an attacker must not lock an integration out, neither by guessing its
     * owner's password nor by failing from the integration's address. A bad token still counts for its address.
     */
    public CredentialValidationResult guard(String typedUsername, String address, Door door,
            Supplier<CredentialValidationResult> check) {
        String username = door == Door.BEARER ? null : LoginAttempt.username(typedUsername);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofMinutes((long) windowMinutes + lockoutMinutes));
        List<LoginAttempt> nameFailures = username == null ? List.of()
                : failuresSinceLastSuccess(attempts.ofUsername(username, since));
        if (username != null && refused(nameFailures, address, attempts.failuresFrom(address, since), now)) {
            attempts.record(new LoginAttempt(username, address, now, Outcome.REFUSED, door));
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = check.get();
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            attempts.record(new LoginAttempt(username, address, now, Outcome.FAILURE, door));
        } else if (!nameFailures.isEmpty()) {
            attempts.record(new LoginAttempt(username, address, now, Outcome.SUCCESS, door));
        }
        return result;
    }

    /**
     * A name is refused when its own failures lock it, or when it failed at an address after that address went
     * over its limit (one guess per name there).
     */
    private boolean refused(List<LoginAttempt> nameFailures, String address, List<Instant> addressFailures,
            Instant now) {
        if (locked(nameFailures.stream().map(LoginAttempt::getAttemptedAt).toList(), maxPerAccount, now)) {
            return true;
        }
        Optional<Lock> addressLock = lock(addressFailures, maxPerAddress, window(), lockout())
                .filter(held -> now.isBefore(held.until()));
        return addressLock.isPresent() && locked(failedThereSince(nameFailures, LoginAttempt.address(address),
                addressLock.get().since()), 1, now);
    }

    /**
     * Whether these failures (in time order, since {@link #countingSince}) lock now under this limit, with the
     * login's window and lockout: for another door with a limit of its own (the personal links of requests).
     */
    public boolean locked(List<Instant> failures, int max, Instant now) {
        return lockedUntil(failures, max, window(), lockout()).filter(now::isBefore).isPresent();
    }

    /** The earliest failure that can still count towards a lock at {@code now}. */
    public Instant countingSince(Instant now) {
        return now.minus(window()).minus(lockout());
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    private Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** The name's failures at the address after the moment given (the address went over its limit then). */
    private static List<Instant> failedThereSince(List<LoginAttempt> nameFailures, String address, Instant since) {
        return nameFailures.stream().filter(failure -> failure.getAddress().equals(address))
                .map(LoginAttempt::getAttemptedAt).filter(since::isBefore).toList();
    }

    /**
     * Until when the failures lock: {@code max} failures within {@code window} of each other lock until
     * {@code lockout} after the last of them. Failures in time order; attempts refused while locked are not
     * failures, so hammering a locked account does not keep it locked.
     */
    static Optional<Instant> lockedUntil(List<Instant> failures, int max, Duration window, Duration lockout) {
        return lock(failures, max, window, lockout).map(Lock::until);
    }

    /** The latest lock the failures make, with the moment it began: failures while it holds prolong it. */
    static Optional<Lock> lock(List<Instant> failures, int max, Duration window, Duration lockout) {
        if (max < 1) {
            return Optional.empty();
        }
        Instant since = null;
        Instant until = null;
        for (int last = max - 1; last < failures.size(); last++) {
            Instant at = failures.get(last);
            if (Duration.between(failures.get(last - max + 1), at).compareTo(window) < 0) {
                if (until == null || !at.isBefore(until)) {
                    since = at;
                }
                until = at.plus(lockout);
            }
        }
        return until == null ? Optional.empty() : Optional.of(new Lock(since, until));
    }

    /** A successful login ends a run of failures: the person knows the password. */
    static List<LoginAttempt> failuresSinceLastSuccess(List<LoginAttempt> attempts) {
        List<LoginAttempt> failures = new ArrayList<>();
        for (LoginAttempt attempt : attempts) {
            if (attempt.getOutcome() == Outcome.SUCCESS) {
                failures.clear();
            } else if (attempt.getOutcome() == Outcome.FAILURE) {
                failures.add(attempt);
            }
        }
        return failures;
    }
}
