package eu.art28.transfers.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import eu.art28.platform.control.DateOrder;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.BusinessDate;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * A country as far as transfers are concerned: inside the EEA, or covered by an adequacy decision of the
 * European Commission (fully, or only for some recipients), or neither. Countries that are neither need no
 * row. The setters only tidy what a form or a client typed; {@link #violations()} says what breaks the rules,
 * all at once, so that every field can get its message, and the facade stores nothing that has any.
 */
@Entity
@Table(name = "transfer_country")
@NamedQuery(name = TransferCountry.ALL, query = "select c from TransferCountry c order by c.code")
@NamedQuery(name = TransferCountry.FINGERPRINT,
        query = "select count(c), sum(c.version), max(c.updatedAt) from TransferCountry c")
public class TransferCountry {

    public static final String ALL = "TransferCountry.all";
    public static final String FINGERPRINT = "TransferCountry.fingerprint";
    public static final int DECISION_MAX = 200;
    public static final int NOTE_MAX = 1000;

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /** What the transfer rules need of a country, without the notes for people. */
    public record Row(String code, boolean eea, String adequacyDecision, LocalDate adoptedOn, LocalDate endsOn,
            boolean partial) {
    }

    /** ISO 3166-1 alpha-2; agreements and engagements name countries by it. */
    @Id
    @SingleLine
    private String code;

    @Version
    private long version;

    private boolean eea;

    /** The decision's reference as published, such as "Commission Implementing Decision (EU) 2023/1795". */
    @Column(name = "adequacy_decision")
    @SingleLine
    private String adequacyDecision;

    @Column(name = "adequacy_adopted_on")
    @BusinessDate
    private LocalDate adequacyAdoptedOn;

    /** The last day the decision applies; empty while no end is known. */
    @Column(name = "adequacy_ends_on")
    @BusinessDate
    private LocalDate adequacyEndsOn;

    /**
     * The decision covers only some recipients in the country (the EU-US Data Privacy Framework only certified
     * organisations), so it holds for a transfer only where legal recorded it as the safeguard.
     */
    @Column(name = "adequacy_partial")
    private boolean adequacyPartial;

    @Column(name = "scope_note_en")
    @MultiLine
    private String scopeNoteEn;

    @Column(name = "scope_note_nl")
    @MultiLine
    private String scopeNoteNl;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    @SingleLine
    private String updatedBy;

    /** Set once the row exists, so that its code, the key others refer to, no longer changes. */
    @Transient
    private boolean stored;

    public TransferCountry() {
    }

    public TransferCountry(String code) {
        setCode(code);
    }

    /** Every rule this country breaks, each naming its field; empty when it may be stored. */
    public List<InvalidInput.Violation> violations() {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (code == null) {
            violations.add(new InvalidInput.Violation("code", "transfers.code.required"));
        } else if (!isCode(code)) {
            violations.add(new InvalidInput.Violation("code", "transfers.code.invalid", code));
        }
        if (adequacyDecision == null) {
            if (adequacyAdoptedOn != null || adequacyEndsOn != null) {
                violations.add(new InvalidInput.Violation("adequacyDecision", "transfers.adequacyDecision.required"));
            }
            if (adequacyPartial) {
                violations.add(new InvalidInput.Violation("adequacyPartial", "transfers.adequacyPartial.withoutDecision"));
            }
        } else {
            if (adequacyDecision.length() > DECISION_MAX) {
                violations.add(new InvalidInput.Violation("adequacyDecision", "art28.text.tooLong", DECISION_MAX));
            }
            if (eea) {
                violations.add(new InvalidInput.Violation("adequacyDecision", "transfers.adequacyDecision.insideEea"));
            }
            if (adequacyAdoptedOn == null) {
                violations.add(new InvalidInput.Violation("adequacyAdoptedOn", "transfers.adequacyAdoptedOn.required"));
            }
        }
        violations.addAll(DateOrder.violations("adequacyAdoptedOn", adequacyAdoptedOn, "adequacyEndsOn",
                adequacyEndsOn, "transfers.adequacy.dates.order"));
        tooLong(violations, "scopeNoteEn", scopeNoteEn);
        tooLong(violations, "scopeNoteNl", scopeNoteNl);
        return violations;
    }

    public void ensureValid() {
        List<InvalidInput.Violation> violations = violations();
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** Two capital letters that ISO 3166-1 assigns to a country. */
    public static boolean isCode(String code) {
        return code != null && code.matches("[A-Z]{2}") && ISO_CODES.contains(code);
    }

    /** Codes are written in capitals; what a person types is accepted in any case. */
    public static String tidyCode(String code) {
        String trimmed = Text.trimmed(code);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    public void recordChange(String actor, Instant at) {
        updatedBy = actor;
        updatedAt = at;
    }

    /**
     * Only a row that says nothing the rules use may go: an EEA state or a country with a decision (even an
     * ended one, which explains why older transfers were lawful) stays.
     */
    public boolean deletable() {
        return !eea && adequacyDecision == null;
    }

    public Row row() {
        return new Row(code, eea, adequacyDecision, adequacyAdoptedOn, adequacyEndsOn, adequacyPartial);
    }

    public String scopeNote(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? scopeNoteNl : scopeNoteEn;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    private static void tooLong(List<InvalidInput.Violation> violations, String field, String text) {
        if (text != null && text.length() > NOTE_MAX) {
            violations.add(new InvalidInput.Violation(field, "art28.text.tooLong", NOTE_MAX));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        String tidy = tidyCode(code);
        if (stored && !Objects.equals(tidy, this.code)) {
            throw new InvalidInput("code", "transfers.code.fixed");
        }
        this.code = tidy;
    }

    public long getVersion() {
        return version;
    }

    public boolean isEea() {
        return eea;
    }

    public void setEea(boolean eea) {
        this.eea = eea;
    }

    public String getAdequacyDecision() {
        return adequacyDecision;
    }

    public void setAdequacyDecision(String adequacyDecision) {
        this.adequacyDecision = Text.trimmed(adequacyDecision);
    }

    public LocalDate getAdequacyAdoptedOn() {
        return adequacyAdoptedOn;
    }

    public void setAdequacyAdoptedOn(LocalDate adequacyAdoptedOn) {
        this.adequacyAdoptedOn = adequacyAdoptedOn;
    }

    public LocalDate getAdequacyEndsOn() {
        return adequacyEndsOn;
    }

    public void setAdequacyEndsOn(LocalDate adequacyEndsOn) {
        this.adequacyEndsOn = adequacyEndsOn;
    }

    public boolean isAdequacyPartial() {
        return adequacyPartial;
    }

    public void setAdequacyPartial(boolean adequacyPartial) {
        this.adequacyPartial = adequacyPartial;
    }

    public String getScopeNoteEn() {
        return scopeNoteEn;
    }

    public void setScopeNoteEn(String scopeNoteEn) {
        this.scopeNoteEn = Text.trimmed(scopeNoteEn);
    }

    public String getScopeNoteNl() {
        return scopeNoteNl;
    }

    public void setScopeNoteNl(String scopeNoteNl) {
        this.scopeNoteNl = Text.trimmed(scopeNoteNl);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
