package eu.art28.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Stands in for PBKDF2: a "hash" that names the password and its salt, and counts the verifications. */
    static class CountingHash implements Pbkdf2PasswordHash {
        int verifications;
        int salt;
        Map<String, String> parameters;

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        public String generate(char[] password) {
            return "salt" + (salt++) + ":" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashed) {
            verifications++;
            return hashed.substring(hashed.indexOf(':') + 1).equals(new String(password));
        }
    }

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final CountingHash pbkdf2 = new CountingHash();
    private final MovableClock clock = new MovableClock();
    private final PasswordHashing hashing = new PasswordHashing(pbkdf2, clock);

    @Test
    void aVerifiedPasswordIsNotDerivedAgainWithinFiveMinutes() {
        String stored = hashing.hash("correct horse");
        pbkdf2.verifications = 0;
        assertTrue(hashing.matches("correct horse".toCharArray(), stored));
        assertTrue(hashing.matches("correct horse".toCharArray(), stored));
        clock.now = clock.now.plus(PasswordHashing.REMEMBERED).minusSeconds(1);
        assertTrue(hashing.matches("correct horse".toCharArray(), stored));
        assertEquals(1, pbkdf2.verifications);
    }

    @Test
    void afterFiveMinutesThePasswordIsDerivedAgain() {
        String stored = hashing.hash("correct horse");
        hashing.matches("correct horse".toCharArray(), stored);
        pbkdf2.verifications = 0;
        clock.now = clock.now.plus(PasswordHashing.REMEMBERED);
        assertTrue(hashing.matches("correct horse".toCharArray(), stored));
        assertEquals(1, pbkdf2.verifications);
    }

    @Test
    void aWrongPasswordAlwaysPaysTheFullPriceAndNeverMatches() {
        String stored = hashing.hash("correct horse");
        hashing.matches("correct horse".toCharArray(), stored);
        pbkdf2.verifications = 0;
        assertFalse(hashing.matches("wrong horse".toCharArray(), stored));
        assertFalse(hashing.matches("wrong horse".toCharArray(), stored));
        assertEquals(2, pbkdf2.verifications);
    }

    @Test
    void aChangedPasswordIsNotAnsweredByTheMemoOfTheOldOne() {
        String old = hashing.hash("correct horse");
        hashing.matches("correct horse".toCharArray(), old);
        String changed = hashing.hash("battery staple");
        assertFalse(hashing.matches("correct horse".toCharArray(), changed));
        assertTrue(hashing.matches("battery staple".toCharArray(), changed));
    }

    @Test
    void aForgottenHashIsDerivedAgain() {
        String stored = hashing.hash("correct horse");
        hashing.matches("correct horse".toCharArray(), stored);
        hashing.forget(stored);
        pbkdf2.verifications = 0;
        assertTrue(hashing.matches("correct horse".toCharArray(), stored));
        assertEquals(1, pbkdf2.verifications);
    }

    @Test
    void anUnknownUserCostsAVerificationOfTheDecoy() {
        pbkdf2.verifications = 0;
        assertFalse(hashing.matches("decoy-password".toCharArray(), null));
        assertEquals(1, pbkdf2.verifications);
    }

    /** Jakarta Security's stored form: algorithm, iterations, salt and key, Base64, separated by colons. */
    private static String stored(String algorithm, int iterations) {
        return algorithm + ":" + iterations + ":c2FsdHNhbHRzYWx0c2FsdA==:a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=";
    }

    @Test
    void newHashesUseSixHundredThousandIterations() {
        assertEquals("600000", pbkdf2.parameters.get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("PBKDF2WithHmacSHA256", pbkdf2.parameters.get("Pbkdf2PasswordHash.Algorithm"));
        assertFalse(PasswordHashing.needsRehash(stored("PBKDF2WithHmacSHA256", PasswordHashing.ITERATIONS)));
    }

    @Test
    void aHashWithFewerIterationsOrAnotherAlgorithmIsRenewedAtTheNextLogin() {
        assertTrue(PasswordHashing.needsRehash(stored("PBKDF2WithHmacSHA256", 30_000)));
        assertTrue(PasswordHashing.needsRehash(stored("PBKDF2WithHmacSHA256", PasswordHashing.ITERATIONS - 1)));
        assertTrue(PasswordHashing.needsRehash(stored("PBKDF2WithHmacSHA1", PasswordHashing.ITERATIONS)));
        assertFalse(PasswordHashing.needsRehash(stored("PBKDF2WithHmacSHA256", 1_000_000)), "more is not less");
    }

    @Test
    void aHashInAnUnknownFormIsLeftAlone() {
        assertFalse(PasswordHashing.needsRehash(null));
        assertFalse(PasswordHashing.needsRehash("not a hash"));
        assertFalse(PasswordHashing.needsRehash("PBKDF2WithHmacSHA256:many:c2FsdA==:a2V5"));
    }
}
