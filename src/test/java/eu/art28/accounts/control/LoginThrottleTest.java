package eu.art28.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import org.junit.jupiter.api.Test;

import eu.art28.accounts.entity.LoginAttempt;
import eu.art28.accounts.entity.LoginAttempt.Door;
import eu.art28.accounts.entity.LoginAttempt.Outcome;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static List<Instant> minutes(int... offsets) {
        return IntStream.of(offsets).mapToObj(m -> T0.plus(Duration.ofMinutes(m))).toList();
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoesUntilTheLockoutAfterIt() {
        assertEquals(Optional.empty(), LoginThrottle.lockedUntil(minutes(0, 1, 2, 3), 5, WINDOW, LOCKOUT));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(4 + 15))),
                LoginThrottle.lockedUntil(minutes(0, 1, 2, 3, 4), 5, WINDOW, LOCKOUT));
    }

    @Test
    void theFailuresMustFallWithinTheWindow() {
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(14).plus(LOCKOUT))),
                LoginThrottle.lockedUntil(minutes(0, 1, 2, 3, 14), 5, WINDOW, LOCKOUT), "14 minutes apart: locked");
        assertEquals(Optional.empty(), LoginThrottle.lockedUntil(minutes(0, 1, 2, 3, 15), 5, WINDOW, LOCKOUT),
                "exactly the window apart: the first has left it");
        assertEquals(Optional.empty(), LoginThrottle.lockedUntil(minutes(0, 10, 20, 30, 40, 50), 5, WINDOW, LOCKOUT),
                "slow guessing never locks");
    }

    @Test
    void theLatestRunDecides() {
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(5 + 15))),
                LoginThrottle.lockedUntil(minutes(0, 1, 2, 3, 4, 5), 5, WINDOW, LOCKOUT));
    }

    @Test
    void aSuccessEndsTheRunOfFailures() {
        List<LoginAttempt> attempts = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            attempts.add(attempt(m, Outcome.FAILURE));
        }
        attempts.add(attempt(4, Outcome.SUCCESS));
        attempts.add(attempt(5, Outcome.FAILURE));
        assertEquals(minutes(5), LoginThrottle.failuresSinceLastSuccess(attempts).stream()
                .map(LoginAttempt::getAttemptedAt).toList());
    }

    @Test
    void aLockedAccountIsRefusedWithoutCheckingThePasswordAndUnlocksAfterTheLockout() {
        FakeAttempts stored = new FakeAttempts();
        LoginThrottle throttle = throttle(stored, 5, 20);
        for (int i = 0; i < 5; i++) {
            assertSame(CredentialValidationResult.INVALID_RESULT, throttle.guard("Carol ", "10.0.0.1", Door.BASIC,
                    () -> CredentialValidationResult.INVALID_RESULT));
        }
        boolean[] checked = {false};
        CredentialValidationResult refused = throttle.guard("carol", "10.0.0.2", Door.FORM, () -> {
            checked[0] = true;
            return valid("carol");
        });
        assertSame(CredentialValidationResult.INVALID_RESULT, refused, "the right password after five wrong ones");
        assertFalse(checked[0], "a refused attempt costs no PBKDF2");
        assertEquals(Outcome.REFUSED, stored.rows.get(stored.rows.size() - 1).getOutcome());
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("dave", "10.0.0.1", Door.BASIC, () -> valid("dave")).getStatus(),
                "another account from the same address");

        throttle.clock = Clock.fixed(T0.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("carol", "10.0.0.1", Door.BASIC, () -> valid("carol")).getStatus());
        assertEquals(Outcome.SUCCESS, stored.rows.get(stored.rows.size() - 1).getOutcome(),
                "the success after failures is recorded, to end their run");
    }

    /** M2 of issue 20: behind a proxy everyone shares the address, so failing there must not shut everybody out. */
    @Test
    void anAddressOverItsLimitStillLetsInTheRightPasswordAndAnyValidToken() {
        FakeAttempts stored = new FakeAttempts();
        LoginThrottle throttle = throttle(stored, 5, 3);
        throttle.guard("e", "10.0.0.9", Door.FORM, () -> CredentialValidationResult.INVALID_RESULT);
        for (String user : List.of("a", "b", "c")) {
            throttle.guard(user, "10.0.0.9", Door.BASIC, () -> CredentialValidationResult.INVALID_RESULT);
        }
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("d", "10.0.0.9", Door.FORM, () -> valid("d")).getStatus(), "an account that never failed");
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("d", "10.0.0.9", Door.BASIC, () -> valid("d")).getStatus());
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard(null, "10.0.0.9", Door.BEARER, () -> valid("d")).getStatus(), "a valid token");
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("e", "10.0.0.9", Door.FORM, () -> valid("e")).getStatus(),
                "a name that failed once before the address went over its limit");
    }

    @Test
    void overItsLimitAnAddressGivesEachNameOneGuessUntilTheLockoutAfterIt() {
        FakeAttempts stored = new FakeAttempts();
        LoginThrottle throttle = throttle(stored, 5, 3);
        for (String user : List.of("a", "b", "c")) {
            throttle.guard(user, "10.0.0.9", Door.BASIC, () -> CredentialValidationResult.INVALID_RESULT);
        }
        throttle.clock = Clock.fixed(T0.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        assertSame(CredentialValidationResult.INVALID_RESULT,
                throttle.guard("f", "10.0.0.9", Door.BASIC, () -> CredentialValidationResult.INVALID_RESULT));
        assertEquals(Outcome.FAILURE, stored.rows.get(stored.rows.size() - 1).getOutcome(), "the one guess is checked");

        boolean[] checked = {false};
        assertSame(CredentialValidationResult.INVALID_RESULT, throttle.guard("F ", "10.0.0.9", Door.FORM, () -> {
            checked[0] = true;
            return valid("f");
        }), "the second guess for the name from there, even the right password");
        assertFalse(checked[0], "refused unchecked");
        assertEquals(Outcome.REFUSED, stored.rows.get(stored.rows.size() - 1).getOutcome());
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("f", "10.0.0.10", Door.BASIC, () -> valid("f")).getStatus(), "from another address");
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard(null, "10.0.0.9", Door.BEARER, () -> valid("f")).getStatus(), "the name's token");

        throttle.clock = Clock.fixed(T0.plus(Duration.ofMinutes(1 + 15)), ZoneOffset.UTC);
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard("f", "10.0.0.9", Door.FORM, () -> valid("f")).getStatus(), "after the lockout");
    }

    @Test
    void badTokensCountForTheAddressButATokenIsNeverHeldBackByIt() {
        FakeAttempts stored = new FakeAttempts();
        LoginThrottle throttle = throttle(stored, 5, 3);
        for (int i = 0; i < 10; i++) {
            throttle.guard(null, "10.0.0.9", Door.BEARER, () -> CredentialValidationResult.INVALID_RESULT);
        }
        assertEquals(CredentialValidationResult.Status.VALID,
                throttle.guard(null, "10.0.0.9", Door.BEARER, () -> valid("d")).getStatus());
        throttle.clock = Clock.fixed(T0.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        throttle.guard("g", "10.0.0.9", Door.BASIC, () -> CredentialValidationResult.INVALID_RESULT);
        assertSame(CredentialValidationResult.INVALID_RESULT,
                throttle.guard("g", "10.0.0.9", Door.BASIC, () -> valid("g")), "the address is over its limit");
        assertEquals(Outcome.REFUSED, stored.rows.get(stored.rows.size() - 1).getOutcome());
    }

    @Test
    void aLockBeginsAtTheFailureThatReachesTheLimitAndFailuresWhileItHoldsProlongIt() {
        assertEquals(Optional.of(new LoginThrottle.Lock(T0.plus(Duration.ofMinutes(2)), T0.plus(Duration.ofMinutes(4 + 15)))),
                LoginThrottle.lock(minutes(0, 1, 2, 3, 4), 3, WINDOW, LOCKOUT));
        assertEquals(Optional.of(new LoginThrottle.Lock(T0.plus(Duration.ofMinutes(40)), T0.plus(Duration.ofMinutes(40 + 15)))),
                LoginThrottle.lock(minutes(0, 1, 2, 38, 39, 40), 3, WINDOW, LOCKOUT), "a new lock after the first ended");
    }

    @Test
    void aBadTokenCountsForItsAddressOnly() {
        FakeAttempts stored = new FakeAttempts();
        LoginThrottle throttle = throttle(stored, 5, 20);
        throttle.guard(null, "10.0.0.3", Door.BEARER, () -> CredentialValidationResult.INVALID_RESULT);
        LoginAttempt row = stored.rows.get(0);
        assertEquals(null, row.getUsername());
        assertEquals(Outcome.FAILURE, row.getOutcome());
        assertEquals(Door.BEARER, row.getDoor());
        assertTrue(stored.rows.size() == 1);
    }

    private static CredentialValidationResult valid(String name) {
        return new CredentialValidationResult(name);
    }

    private static LoginAttempt attempt(int minute, Outcome outcome) {
        return new LoginAttempt("carol", "10.0.0.1", T0.plus(Duration.ofMinutes(minute)), outcome, Door.BASIC);
    }

    private static LoginThrottle throttle(FakeAttempts stored, int perAccount, int perAddress) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.attempts = stored;
        throttle.maxPerAccount = perAccount;
        throttle.maxPerAddress = perAddress;
        throttle.windowMinutes = 15;
        throttle.lockoutMinutes = 15;
        throttle.clock = Clock.fixed(T0, ZoneOffset.UTC);
        return throttle;
    }

    /** The table in memory, queried as the named queries do. */
    static class FakeAttempts extends LoginAttempts {
        final List<LoginAttempt> rows = new ArrayList<>();

        @Override
        public List<LoginAttempt> ofUsername(String username, Instant since) {
            return rows.stream().filter(a -> username.equals(a.getUsername()) && a.getAttemptedAt().isAfter(since)
                    && a.getOutcome() != Outcome.REFUSED).toList();
        }

        @Override
        public List<Instant> failuresFrom(String address, Instant since) {
            return rows.stream().filter(a -> address.equals(a.getAddress()) && a.getAttemptedAt().isAfter(since)
                    && a.getOutcome() == Outcome.FAILURE).map(LoginAttempt::getAttemptedAt).toList();
        }

        @Override
        public void record(LoginAttempt attempt) {
            rows.add(attempt);
        }
    }
}
