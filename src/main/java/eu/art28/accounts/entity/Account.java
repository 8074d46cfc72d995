package eu.art28.accounts.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.Personal;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.SingleLine;

/** A person (or script) who logs in to Art28. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account implements Personal {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{account.username.invalid}")
    @SingleLine
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where alert mail goes; none: no mail. */
    @SingleLine
    private String email;

    /** The language of pages and mail: "nl" or "en". */
    @SingleLine
    private String language = "en";

    /** The language picked for the pages; null: none picked, the browser's is used. */
    @Column(name = "page_language")
    @SingleLine
    private String pageLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_mail")
    private AlertMail alertMail = AlertMail.IMMEDIATE;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
        this.passwordChangedAt = asStored(createdAt);
    }

    /** A password someone else chose (an administrator, the start-up log) must be replaced at first login. */
    public Account requirePasswordChange() {
        this.passwordChangeRequired = true;
        return this;
    }

    /** The user chose a new password themselves (the caller has checked the current one and the rules). */
    public void passwordChanged(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = asStored(at);
        this.passwordChangeRequired = false;
    }

    /** An administrator set a one-time password: it works for one login, which must choose a new one. */
    public void passwordReset(String oneTimeHash, Instant at) {
        this.passwordHash = oneTimeHash;
        this.passwordChangedAt = asStored(at);
        this.passwordChangeRequired = true;
    }

    /**
     * Whether the password changed (by its owner, or reset by an administrator) after the moment a page session
     * last saw it: that session was opened with a password that no longer holds and ends (L6 of issue 20). A
     * session that never saw it ends too.
     */
    public boolean passwordChangedSince(Instant seen) {
        return seen == null || passwordChangedAt != null && passwordChangedAt.isAfter(seen);
    }

    /**
     * To the microsecond, as the column keeps it: a session that saw the moment in memory on one node compares it
     * with the one another node reads from the database.
     */
    private static Instant asStored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Only an administrator assigns roles, and never their own: whoever could change their own roles could
     * raise them, and an administrator who removed ADMIN from themselves could lock everybody out.
     */
    public void assignRoles(Set<Role> assigned, String by) {
        if (assigned == null || assigned.isEmpty()) {
            throw new InvalidInput("roles", "account.roles.required");
        }
        if (username.equals(by) && !EnumSet.copyOf(assigned).equals(roles)) {
            throw new NotPermitted("account.roles.own");
        }
        this.roles = EnumSet.copyOf(assigned);
    }

    /** Disabling takes effect at the next request: sessions, Basic and tokens all read the account. */
    public void disable(String by) {
        if (username.equals(by)) {
            throw new NotPermitted("account.disable.own");
        }
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean canLogIn() {
        return enabled && !roles.isEmpty();
    }

    /** Mail preferences as the user chooses them on their profile; an address must look like one. */
    public void setMailPreferences(String email, String language, AlertMail alertMail) {
        String address = Text.trimmed(email);
        if (address != null && (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInput("email", "account.email.invalid");
        }
        if (language != null && !language.equals("nl") && !language.equals("en")) {
            throw new InvalidInput("language", "account.language.invalid");
        }
        this.email = address;
        this.language = language == null ? this.language : language;
        this.alertMail = alertMail == null ? this.alertMail : alertMail;
    }

    /**
     * The language picked for the pages (in the header or on the profile page): pages use it from now on, in every
     * session, and mail too. Mail preferences set through the API leave the pages alone.
     */
    public void chooseLanguage(String language) {
        setMailPreferences(email, language, alertMail);
        this.pageLanguage = language;
    }

    /** The language picked for the pages, if the user ever picked one (else the browser's is used). */
    public Optional<Locale> chosenLocale() {
        return Optional.ofNullable(pageLanguage).map(Locale::forLanguageTag);
    }

    /** The digest went out: the next one tells what was raised after this moment. */
    public void digestSent(Instant at) {
        this.lastDigestAt = at;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public AlertMail getAlertMail() {
        return alertMail;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    @Override
    public String personName() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
