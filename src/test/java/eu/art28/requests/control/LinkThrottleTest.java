package eu.art28.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.accounts.control.LoginAttempts;
import eu.art28.accounts.control.ThrottleFixture;
import eu.art28.accounts.entity.LoginAttempt;

class LinkThrottleTest {

    /** The stored attempts, in memory. */
    static final class Attempts extends LoginAttempts {
        final List<LoginAttempt> stored = new ArrayList<>();

        @Override
        public List<Instant> linkFailuresFrom(String address, Instant since) {
            return stored.stream().filter(a -> a.getDoor() == LoginAttempt.Door.LINK
                    && a.getOutcome() == LoginAttempt.Outcome.FAILURE && a.getAddress().equals(address)
                    && a.getAttemptedAt().isAfter(since)).map(LoginAttempt::getAttemptedAt).toList();
        }

        @Override
        public void record(LoginAttempt attempt) {
            stored.add(attempt);
        }
    }

    static LinkThrottle throttle(Attempts attempts, Instant at) {
        LinkThrottle throttle = new LinkThrottle();
        throttle.attempts = attempts;
        throttle.maxPerAddress = 10;
        throttle.logins = ThrottleFixture.loginThrottle(15, 15);
        throttle.clock = Clock.fixed(at, ZoneOffset.UTC);
        return throttle;
    }

    @Test
    void tenWrongLinksFromAnAddressShutItForTheLockoutAndOnlyIt() {
        Attempts attempts = new Attempts();
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        for (int i = 0; i < 10; i++) {
            LinkThrottle throttle = throttle(attempts, start.plusSeconds(i));
            assertFalse(throttle.refuses("203.0.113.9"), "attempt " + i);
            throttle.failed("203.0.113.9");
        }
        assertTrue(throttle(attempts, start.plusSeconds(11)).refuses("203.0.113.9"));
        assertFalse(throttle(attempts, start.plusSeconds(11)).refuses("198.51.100.1"), "another address");
        assertEquals(LoginAttempt.Outcome.REFUSED, attempts.stored.get(attempts.stored.size() - 1).getOutcome());
        assertTrue(throttle(attempts, start.plus(Duration.ofMinutes(15))).refuses("203.0.113.9"));
        assertFalse(throttle(attempts, start.plus(Duration.ofMinutes(15)).plusSeconds(10)).refuses("203.0.113.9"),
                "a refusal does not prolong the lockout; it ends a quarter after the last wrong link");
    }
}
