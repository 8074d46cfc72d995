package eu.art28.catalogue.entity;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;

/**
 * What purposes, data categories and data subject categories have in common: a code that others refer to,
 * names and descriptions in Dutch and English, and retirement. A retired entry is no longer offered for new
 * use but stays, so that what already refers to it keeps its meaning.
 */
@MappedSuperclass
public abstract class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = Codes.MAX_LENGTH, message = "{catalogue.code.invalid}")
    @Pattern(regexp = Codes.PATTERN, message = "{catalogue.code.invalid}")
    @SingleLine
    private String code;

    /**
     * The code already names the parent; the id is kept so that the database itself refuses an orphan or
     * the deletion of an entry that still has children.
     */
    @Column(name = "parent_id")
    private Long parentId;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_nl")
    @SingleLine
    private String nameNl;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en")
    @SingleLine
    private String nameEn;

    @Size(max = 1000)
    @Column(name = "description_nl")
    @MultiLine
    private String descriptionNl;

    @Size(max = 1000)
    @Column(name = "description_en")
    @MultiLine
    private String descriptionEn;

    private boolean retired;

    public abstract Kind kind();

    /**
     * Files a new entry under its parent (null: top level). The code must say so itself: {@code contact.email}
     * lies under {@code contact}, and a top-level code has no dot.
     */
    public void placeUnder(CatalogueEntry parent) {
        if (id != null) {
            throw new IllegalStateException("an entry stays where it was created");
        }
        if (parent != null && parent.kind() != kind()) {
            throw new IllegalArgumentException(parent.kind() + " cannot be the parent of a " + kind());
        }
        String expected = code == null ? null : Codes.parentOf(code);
        String given = parent == null ? null : parent.code;
        if (!Objects.equals(expected, given)) {
            throw given == null
                    ? new InvalidInput("code", "catalogue.code.topLevelWithDot", expected)
                    : new InvalidInput("code", "catalogue.code.notUnderParent", given);
        }
        this.parentId = parent == null ? null : parent.id;
    }

    public void retire() {
        retired = true;
    }

    public void unretire() {
        retired = false;
    }

    public String name(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nameNl : nameEn;
    }

    public String description(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? descriptionNl : descriptionEn;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    /** Others refer to the code, so once stored it never changes: a new code is a new entry. */
    public void setCode(String code) {
        String tidy = Text.trimmed(code);
        if (id != null && !Objects.equals(tidy, this.code)) {
            throw new InvalidInput("code", "catalogue.code.fixed");
        }
        this.code = tidy;
    }

    public String getParentCode() {
        return code == null ? null : Codes.parentOf(code);
    }

    public Long getParentId() {
        return parentId;
    }

    public int getDepth() {
        return code == null ? 0 : Codes.depth(code);
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = Text.trimmed(nameNl);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = Text.trimmed(nameEn);
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public void setDescriptionNl(String descriptionNl) {
        this.descriptionNl = Text.trimmed(descriptionNl);
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = Text.trimmed(descriptionEn);
    }

    public boolean isRetired() {
        return retired;
    }
}
