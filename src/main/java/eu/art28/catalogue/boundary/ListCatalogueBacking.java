package eu.art28.catalogue.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.platform.entity.Role;
import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Kind;
import eu.art28.platform.control.Messages;
import eu.art28.catalogue.entity.Purpose;

/** catalogue/list.xhtml: one list of the catalogue at a time, as an indented tree, retired entries on request. */
@Named
@ViewScoped
public class ListCatalogueBacking implements Serializable {

    @Inject
    Catalogue catalogue;

    private String kind;
    private Kind current;
    private boolean includeRetired;
    private List<CatalogueEntry> entries;

    public void load() {
        current = Kind.ofPath(kind).orElse(Kind.PURPOSE);
        kind = current.getPath();
        reload();
    }

    public void reload() {
        entries = catalogue.list(current, includeRetired);
    }

    public boolean isMayEdit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    public String name(CatalogueEntry entry) {
        return entry.name(locale());
    }

    public String description(CatalogueEntry entry) {
        return entry.description(locale());
    }

    public String retention(Purpose purpose) {
        return Messages.period(locale(), purpose.retentionPeriod());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Kind getCurrent() {
        return current;
    }

    public boolean isIncludeRetired() {
        return includeRetired;
    }

    public void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
    }

    public List<CatalogueEntry> getEntries() {
        return entries;
    }
}
