package eu.art28.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets that are handed out once (API tokens, the personal links of requests to processors) and the
 * SHA-256 they are stored and found by. A secret of at least 128 random bits cannot be guessed, so a fast hash is
 * as good as a slow one here, and a lookup by hash is one indexed read.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes} random bytes, URL-safe Base64 without padding, after {@code scheme}. */
    public static String newSecret(String scheme, int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return scheme + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Hex SHA-256 of the secret as sent. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
