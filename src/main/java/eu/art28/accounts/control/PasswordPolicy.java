package eu.art28.accounts.control;

import java.security.SecureRandom;
import java.util.Base64;

import eu.art28.platform.control.InvalidInput;

/**
 * What a new password must be: long rather than complicated (NIST SP 800-63B), and not the user name. The
 * upper bound only keeps PBKDF2 from being fed megabytes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the rules, naming the field it came in. */
    public static void check(String field, String username, String password) {
        if (password == null || password.isBlank()) {
            throw new InvalidInput(field, "account.password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInput(field, "account.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "account.password.tooLong", MAX_LENGTH);
        }
        if (username != null && password.strip().equalsIgnoreCase(username)) {
            throw new InvalidInput(field, "account.password.isUsername");
        }
    }

    /** A one-time password an administrator hands over: 120 random bits, 20 characters, safe to type. */
    public static String oneTime() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
