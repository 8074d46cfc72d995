package eu.art28.catalogue.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The three lists of the catalogue, each named as in the API's path ({@code /api/catalogue/data-categories}). */
public enum Kind {
    PURPOSE("purposes", "purposes", Purpose.class, Purpose::new),
    DATA_CATEGORY("data-categories", "dataCategories", DataCategory.class, DataCategory::new),
    DATA_SUBJECT("data-subjects", "dataSubjects", DataSubjectCategory.class, DataSubjectCategory::new);

    private final String path;
    private final String scopeField;
    private final Class<? extends CatalogueEntry> type;
    private final Supplier<CatalogueEntry> factory;

    Kind(String path, String scopeField, Class<? extends CatalogueEntry> type, Supplier<CatalogueEntry> factory) {
        this.path = path;
        this.scopeField = scopeField;
        this.type = type;
        this.factory = factory;
    }

    public static Optional<Kind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    public String getPath() {
        return path;
    }

    /** How agreements and engagements name the codes of this list, in JSON and in their entities. */
    public String scopeField() {
        return scopeField;
    }

    public static Optional<Kind> ofScopeField(String field) {
        return Arrays.stream(values()).filter(k -> k.scopeField.equals(field)).findFirst();
    }

    public Class<? extends CatalogueEntry> type() {
        return type;
    }

    /** The JPA entity name, for queries that serve all three lists. */
    public String entityName() {
        return type.getSimpleName();
    }

    public CatalogueEntry newEntry() {
        return factory.get();
    }

    /** For messages that are not translated, such as "data category x does not exist". */
    public String noun() {
        return name().toLowerCase().replace('_', ' ');
    }
}
