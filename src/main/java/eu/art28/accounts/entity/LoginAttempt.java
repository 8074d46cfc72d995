package eu.art28.accounts.entity;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One login that failed, was refused by the throttle, or succeeded after failures: what the throttle counts
 * (on every node, as they share the database) and the audit of failed logins. Never updated.
 */
@Entity
@Table(name = "login_attempt")
@NamedQuery(name = LoginAttempt.OF_USERNAME, query = "select a from LoginAttempt a where a.username = :username "
        + "and a.attemptedAt > :since and a.outcome <> eu.art28.accounts.entity.LoginAttempt.Outcome.REFUSED "
        + "order by a.attemptedAt")
@NamedQuery(name = LoginAttempt.FAILURES_FROM, query = "select a.attemptedAt from LoginAttempt a "
        + "where a.address = :address and a.attemptedAt > :since "
        + "and a.outcome = eu.art28.accounts.entity.LoginAttempt.Outcome.FAILURE "
        + "and a.door <> eu.art28.accounts.entity.LoginAttempt.Door.LINK order by a.attemptedAt")
@NamedQuery(name = LoginAttempt.LINK_FAILURES_FROM, query = "select a.attemptedAt from LoginAttempt a "
        + "where a.address = :address and a.attemptedAt > :since "
        + "and a.outcome = eu.art28.accounts.entity.LoginAttempt.Outcome.FAILURE "
        + "and a.door = eu.art28.accounts.entity.LoginAttempt.Door.LINK order by a.attemptedAt")
@NamedQuery(name = LoginAttempt.PRUNE, query = "delete from LoginAttempt a where a.attemptedAt < :before")
public class LoginAttempt {

    public static final String OF_USERNAME = "LoginAttempt.ofUsername";
    public static final String FAILURES_FROM = "LoginAttempt.failuresFrom";
    public static final String LINK_FAILURES_FROM = "LoginAttempt.linkFailuresFrom";
    public static final String PRUNE = "LoginAttempt.prune";
    static final int USERNAME_LENGTH = 64;
    static final int ADDRESS_LENGTH = 45;

    public enum Outcome {
        /** Wrong password, unknown user, disabled account, unknown or revoked token. */
        FAILURE,
        /** Not even checked: the throttle held it back. */
        REFUSED,
        /** Recorded only after failures, to end their run; a plain login leaves no row. */
        SUCCESS
    }

    /**
     * How the attempt came in; PROFILE is the current password a password change asks for; LINK a processor's
     * personal link to a request (no user name), counted apart from the logins.
     */
    public enum Door {
        FORM, BASIC, BEARER, PROFILE, LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String address;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    private Door door;

    protected LoginAttempt() {
    }

    /** What was typed is stored cut to the column, so an absurd user name is still recorded. */
    public LoginAttempt(String username, String address, Instant at, Outcome outcome, Door door) {
        this.username = cut(username, USERNAME_LENGTH);
        this.address = address(address);
        this.attemptedAt = at;
        this.outcome = outcome;
        this.door = door;
    }

    public static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public static String address(String remote) {
        return remote == null ? "unknown" : cut(remote, ADDRESS_LENGTH);
    }

    /** As the identity store looks the user up, so that "Admin " and "admin" count together. */
    public static String username(String typed) {
        return typed == null ? null : cut(typed.trim().toLowerCase(Locale.ROOT), USERNAME_LENGTH);
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Door getDoor() {
        return door;
    }
}
