package eu.art28.catalogue.boundary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Kind;

/**
 * Catalogue codes as people read them on a page: the entry's name in the page's language ("Mailing" for
 * {@code e.mailing}, "Adres" for {@code contact.address}): {@code #{catalogueNames.purposes(e.purposes)}}. The codes
 * stay what the API, the imports and the exports for machines speak. A catalogue holds tens of entries, so each kind
 * is read whole once per request; a code the catalogue no longer knows shows as itself.
 */
@Named
@RequestScoped
public class CatalogueNames {

    @Inject
    Catalogue catalogue;

    private final Map<Kind, Map<String, CatalogueEntry>> entries = new EnumMap<>(Kind.class);

    public String purpose(String code) {
        return name(Kind.PURPOSE, code);
    }

    public String purposes(Collection<String> codes) {
        return names(Kind.PURPOSE, codes);
    }

    public String dataCategories(Collection<String> codes) {
        return names(Kind.DATA_CATEGORY, codes);
    }

    public String dataSubjects(Collection<String> codes) {
        return names(Kind.DATA_SUBJECT, codes);
    }

    private String names(Kind kind, Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(code -> name(kind, code)).collect(Collectors.joining(", "));
    }

    private String name(Kind kind, String code) {
        if (code == null) {
            return "";
        }
        CatalogueEntry entry = entries.computeIfAbsent(kind, k -> catalogue.list(k, true).stream()
                .collect(Collectors.toMap(CatalogueEntry::getCode, Function.identity()))).get(code);
        return entry == null ? code : entry.name(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
