package eu.art28.requests.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.control.LoginAttempts;
import eu.art28.accounts.control.LoginThrottle;
import eu.art28.accounts.entity.LoginAttempt;
import eu.art28.accounts.entity.LoginAttempt.Door;
import eu.art28.accounts.entity.LoginAttempt.Outcome;

/**
 * Slows the guessing of personal links down, per address, as the login throttle does for passwords: the wrong
 * links are stored as login attempts of their own door (the audit of failed attempts is one table), counted apart
 * from the logins, and an address over its limit gets every link refused unchecked until the lockout after its
 * last wrong one has passed. Nobody guesses 256 random bits; this keeps a scanner from trying at all. Window and
 * lockout are the login's.
 */
@ApplicationScoped
@Transactional
public class LinkThrottle {

    @Inject
    LoginAttempts attempts;

    @Inject
    LoginThrottle logins;

    @Inject
    @ConfigProperty(name = "art28.requests.link-max-failures-per-address", defaultValue = "10")
    int maxPerAddress;

    Clock clock = Clock.systemUTC();

    /** Whether links from the address are refused now; a refusal is recorded as such. */
    public boolean refuses(String address) {
        Instant now = clock.instant();
        boolean locked = logins.locked(attempts.linkFailuresFrom(address, logins.countingSince(now)), maxPerAddress,
                now);
        if (locked) {
            attempts.record(new LoginAttempt(null, address, now, Outcome.REFUSED, Door.LINK));
        }
        return locked;
    }

    /** A link that opens no request was given from the address. */
    public void failed(String address) {
        attempts.record(new LoginAttempt(null, address, clock.instant(), Outcome.FAILURE, Door.LINK));
    }
}
