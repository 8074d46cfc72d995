package eu.art28.catalogue.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A group of people whose data is processed, such as {@code customers} or {@code website-visitors}. */
@Entity
@Table(name = "data_subject_category")
public class DataSubjectCategory extends CatalogueEntry {

    public DataSubjectCategory() {
    }

    @Override
    public Kind kind() {
        return Kind.DATA_SUBJECT;
    }
}
