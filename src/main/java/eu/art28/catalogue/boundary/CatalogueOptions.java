package eu.art28.catalogue.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.catalogue.entity.Kind;

/**
 * The catalogue as choices on any page that refers to it ({@code #{catalogueOptions.purposes}}): the codes
 * in use today, parents before children (indented beneath them), named in the page's language, without the code.
 */
@Named
@RequestScoped
public class CatalogueOptions {

    @Inject
    Catalogue catalogue;

    public List<SelectItem> getPurposes() {
        return options(Kind.PURPOSE);
    }

    public List<SelectItem> getDataCategories() {
        return options(Kind.DATA_CATEGORY);
    }

    public List<SelectItem> getDataSubjects() {
        return options(Kind.DATA_SUBJECT);
    }

    private List<SelectItem> options(Kind kind) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return catalogue.list(kind, false).stream()
                .map(e -> new SelectItem(e.getCode(), "\u00a0\u00a0".repeat(e.getDepth()) + e.name(locale)))
                .toList();
    }
}
