package eu.art28.accounts.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Secrets;
import eu.art28.platform.entity.Personal;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.SingleLine;

/**
 * A personal token for an integration: {@code Authorization: Bearer <secret>} on the API acts as its owner.
 * The secret exists only in the answer that issues it; the database keeps its SHA-256, which a 256-bit random
 * secret makes as good as a slow hash, and which finds the token in one indexed read.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.USED, query = "update ApiToken t set t.lastUsedAt = :at where t.id = :id "
        + "and (t.lastUsedAt is null or t.lastUsedAt < :before)")
@NamedQuery(name = ApiToken.OF_ACCOUNT,
        query = "select t from ApiToken t where t.account.username = :username order by t.createdAt desc, t.id desc")
public class ApiToken implements Personal {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    /**
     * Writing the last use on every call would turn each read into a write, and parallel calls would trip over
     * the version: a set-based update at most once a minute, outside the version.
     */
    public static final String USED = "ApiToken.used";
    public static final Duration USE_PRECISION = Duration.ofMinutes(1);

    /** Marks the secret as ours, so a scanner of leaked credentials (or a person) can tell what it is. */
    static final String SCHEME = "art28_";
    private static final int SECRET_BYTES = 32;
    private static final int PREFIX_LENGTH = SCHEME.length() + 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @SingleLine
    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    private String prefix;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_on")
    @BusinessDate
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** A new token and its secret, which the caller shows once and forgets. */
    public record Issued(ApiToken token, String secret) {
    }

    protected ApiToken() {
    }

    private ApiToken(Account account, String name, String secret, Instant createdAt, LocalDate expiresOn) {
        this.account = account;
        this.name = name;
        this.tokenHash = hash(secret);
        this.prefix = secret.substring(0, PREFIX_LENGTH);
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    /** A token for the account, named so its owner recognises it; without an expiry date it works until revoked. */
    public static Issued issue(Account account, String name, LocalDate expiresOn, Instant now) {
        String named = Text.trimmed(name);
        if (named == null) {
            throw new InvalidInput("name", "account.token.name.required");
        }
        if (named.length() > 100) {
            throw new InvalidInput("name", "account.token.name.tooLong", 100);
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.ofInstant(now, ZoneId.systemDefault()))) {
            throw new InvalidInput("expiresOn", "account.token.expiresOn.past");
        }
        String secret = newSecret();
        return new Issued(new ApiToken(account, named, secret, now, expiresOn), secret);
    }

    static String newSecret() {
        return Secrets.newSecret(SCHEME, SECRET_BYTES);
    }

    /** Hex SHA-256 of the secret as sent; what the database is searched by. */
    public static String hash(String secret) {
        return Secrets.sha256(secret);
    }

    /** Whether the token lets its owner in today: not revoked, not past its last day, the account still open. */
    public boolean worksOn(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn)) && account.canLogIn();
    }

    /** Revoking twice keeps the first moment: that is when the token stopped working. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    @Override
    public String personName() {
        return account.getUsername();
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
