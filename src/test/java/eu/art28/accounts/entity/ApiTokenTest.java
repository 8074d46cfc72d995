package eu.art28.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Role;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.systemDefault());

    private static Account carol() {
        return new Account("carol", "hash", EnumSet.of(Role.PROCUREMENT));
    }

    @Test
    void theSecretIsRandomMarkedAndStoredOnlyAsItsHash() {
        ApiToken.Issued issued = ApiToken.issue(carol(), " CI pipeline ", null, NOW);
        String secret = issued.secret();
        assertTrue(secret.matches("art28_[A-Za-z0-9_-]{43}"), secret);
        assertEquals("CI pipeline", issued.token().getName());
        assertEquals(secret.substring(0, 12), issued.token().getPrefix());
        assertEquals(ApiToken.hash(secret), ApiToken.hash(secret));
        assertEquals(64, ApiToken.hash(secret).length());
        assertNotEquals(secret, ApiToken.hash(secret));
        assertNotEquals(secret, ApiToken.issue(carol(), "other", null, NOW).secret());
        // the well-known SHA-256 of "abc", so the stored hash can be checked by any tool
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiToken.hash("abc"));
    }

    @Test
    void aTokenWorksUpToAndIncludingItsLastDay() {
        ApiToken token = ApiToken.issue(carol(), "report", TODAY.plusDays(1), NOW).token();
        assertTrue(token.worksOn(TODAY));
        assertTrue(token.worksOn(TODAY.plusDays(1)));
        assertFalse(token.worksOn(TODAY.plusDays(2)));
    }

    @Test
    void aRevokedTokenOrADisabledOwnerStopsItAtOnce() {
        Account carol = carol();
        ApiToken revoked = ApiToken.issue(carol, "a", null, NOW).token();
        revoked.revoke(NOW.plusSeconds(60));
        revoked.revoke(NOW.plusSeconds(120));
        assertFalse(revoked.worksOn(TODAY));
        assertEquals(NOW.plusSeconds(60), revoked.getRevokedAt(), "the first revocation counts");

        ApiToken owned = ApiToken.issue(carol, "b", null, NOW).token();
        carol.disable("admin");
        assertFalse(owned.worksOn(TODAY));
    }

    @Test
    void aTokenNeedsANameAndNoExpiryInThePast() {
        assertEquals("name", assertThrows(InvalidInput.class, () -> ApiToken.issue(carol(), " ", null, NOW))
                .violations().get(0).field());
        assertEquals("expiresOn", assertThrows(InvalidInput.class,
                () -> ApiToken.issue(carol(), "x", TODAY.minusDays(1), NOW)).violations().get(0).field());
    }
}
