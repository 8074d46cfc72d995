package eu.art28.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security's PBKDF2 with settings chosen once: SHA-256, a 32-byte salt and {@value #ITERATIONS} iterations
 * (OWASP's figure for PBKDF2-HMAC-SHA256), to make guessing expensive. A stored hash names its algorithm and
 * iteration count ({@code PBKDF2WithHmacSHA256:600000:salt:hash}) and is verified with its own count, so hashes
 * made with fewer iterations keep working; {@link #needsRehash} tells the login to replace them.
 *
 * <p>A password that was verified against a stored hash is remembered for a few minutes as an HMAC under a key
 * that lives only in this process, so a script calling the API with Basic pays the PBKDF2 (tenths of a second)
 * once, not on every request (docs/security.md). The memo is keyed by the stored hash itself: a changed password
 * has a new hash (new salt), so the old memo can never answer for it. Only successes are remembered; a wrong password
 * always costs the full PBKDF2.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256; was 30,000 until December 2026. */
    public static final int ITERATIONS = 600_000;
    /**
     * The test servers' switch for fewer iterations ({@code -Dart28.test.password-iterations=1024}, the least Jakarta
     * Security takes): the integration tests create hundreds of users, and at 600,000 iterations their hashes took a
     * third of the server's CPU in the hostile walk. Production never sets it; a server that has it says so at
     * start-up.
     */
    static final String TEST_SWITCH = "art28.test.password-iterations";
    /** The count new hashes get and older ones are renewed to. */
    static final int IN_USE = Integer.getInteger(TEST_SWITCH, ITERATIONS);
    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified when the user does not exist, so that the answer takes as long either way. */
    private String decoy;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec memoKey;
    private Clock clock = Clock.systemUTC();

    private record Verified(byte[] mac, Instant until) {
    }

    public PasswordHashing() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        memoKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** For tests: the same hashing with a clock of their choosing. */
    PasswordHashing(Pbkdf2PasswordHash pbkdf2, Clock clock) {
        this();
        this.pbkdf2 = pbkdf2;
        this.clock = clock;
        configure();
    }

    @PostConstruct
    void configure() {
        if (IN_USE != ITERATIONS) {
            LOG.warning(() -> "Passwords are hashed with " + IN_USE + " PBKDF2 iterations instead of " + ITERATIONS
                    + " (" + TEST_SWITCH + "): for test servers only");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(IN_USE),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(char[] password, String hash) {
        if (hash == null) {
            pbkdf2.verify(password, decoy);
            return false;
        }
        Instant now = clock.instant();
        byte[] mac = mac(password);
        Verified known = verified.get(hash);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        if (!pbkdf2.verify(password, hash)) {
            return false;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(hash, new Verified(mac, now.plus(REMEMBERED)));
        return true;
    }

    /**
     * Whether a stored hash was made with weaker settings than today's (another algorithm, fewer iterations), so
     * that the next successful login should store a new one. A hash in a form this does not know is left alone.
     */
    public static boolean needsRehash(String hash) {
        if (hash == null) {
            return false;
        }
        String[] parts = hash.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            return !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < IN_USE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Drops what was remembered for a hash that is being replaced. Not needed for safety (a new hash has a new
     * salt, so the old entry is never asked again), but nothing of an old password should outlive its change.
     */
    public void forget(String hash) {
        if (hash != null) {
            verified.remove(hash);
        }
    }

    private byte[] mac(char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(memoKey);
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
