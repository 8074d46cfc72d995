package eu.art28.catalogue.entity;

import java.time.Period;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A purpose of processing (doeleinde), such as {@code e} promotion and marketing or {@code e.mailing}. */
@Entity
@Table(name = "purpose")
@NamedQuery(name = Purpose.ALL, query = "select p from Purpose p order by p.code")
public class Purpose {

    public static final String ALL = "Purpose.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Purpose parent;

    @Column(name = "name_nl")
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    private LegalBasis legalBasis;

    /** ISO-8601, for example P7Y for the statutory seven years of the financial administration. */
    private String retention;

    @Column(name = "description_nl")
    private String descriptionNl;

    @Column(name = "description_en")
    private String descriptionEn;

    protected Purpose() {
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parent == null ? null : parent.getCode();
    }

    public String name(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nameNl : nameEn;
    }

    public String description(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? descriptionNl : descriptionEn;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public Period getRetention() {
        return Period.parse(retention);
    }
}
