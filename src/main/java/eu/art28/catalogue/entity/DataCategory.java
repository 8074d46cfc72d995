package eu.art28.catalogue.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A kind of personal data, such as {@code contact.email} or {@code logs-and-recordings.calls}. Special
 * categories (Art. 9 GDPR, such as health) and data on criminal convictions (Art. 10) are flagged, because
 * processing them needs more than an ordinary agreement allows.
 */
@Entity
@Table(name = "data_category")
public class DataCategory extends CatalogueEntry {

    /** Art. 9(1) GDPR: health, ethnicity, religion, biometrics and the like. */
    private boolean special;

    /** Art. 10 GDPR: criminal convictions and offences. */
    private boolean criminal;

    public DataCategory() {
    }

    @Override
    public Kind kind() {
        return Kind.DATA_CATEGORY;
    }

    public boolean isSpecial() {
        return special;
    }

    public void setSpecial(boolean special) {
        this.special = special;
    }

    public boolean isCriminal() {
        return criminal;
    }

    public void setCriminal(boolean criminal) {
        this.criminal = criminal;
    }
}
