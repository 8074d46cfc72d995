package eu.art28.catalogue.entity;

import java.time.Period;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.SingleLine;

/** A purpose of processing (doeleinde), such as {@code e} promotion and marketing or {@code e.mailing}. */
@Entity
@Table(name = "purpose")
public class Purpose extends CatalogueEntry {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    private LegalBasis legalBasis;

    /** ISO-8601, for example P7Y for the statutory seven years of the financial administration. */
    @NotNull
    @IsoPeriod
    @SingleLine
    private String retention;

    /**
     * The purposes that data collected for this one may be used further for (Art. 6(4)): closely related ones,
     * such as maintaining the relationship after entering into a contract. Its own descendants need no entry.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "purpose_compatible", joinColumns = @JoinColumn(name = "purpose_id"))
    @Column(name = "code")
    private Set<String> compatibleWith = new TreeSet<>();

    public Purpose() {
    }

    @Override
    public Kind kind() {
        return Kind.PURPOSE;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getRetention() {
        return retention;
    }

    /** Stored as Java writes it ({@code p2y} becomes {@code P2Y}); what does not parse is kept for validation to name. */
    public void setRetention(String retention) {
        String tidy = Text.trimmed(retention);
        this.retention = IsoPeriod.Validator.parse(tidy).map(Period::toString).orElse(tidy);
    }

    public Period retentionPeriod() {
        return Period.parse(retention);
    }

    public Set<String> getCompatibleWith() {
        return compatibleWith;
    }

    /** Without the purpose itself and its own descendants: those need no record. */
    public void setCompatibleWith(Collection<String> codes) {
        compatibleWith = new TreeSet<>(Text.codes(codes));
        compatibleWith.removeIf(code -> Codes.covers(getCode(), code));
    }
}
