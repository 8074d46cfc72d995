package eu.art28.catalogue.boundary;

import java.io.Serializable;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.accounts.entity.Role;
import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Kind;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.platform.control.Messages;

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

    /** "2 years (P2Y)": the period in words, with the ISO form that the API and the edit page use. */
    public String retention(Purpose purpose) {
        Period period = purpose.retentionPeriod();
        Locale locale = locale();
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(Messages.text(locale, "catalogue.retention.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(Messages.text(locale, "catalogue.retention.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(Messages.text(locale, "catalogue.retention.days", period.getDays()));
        }
        return String.join(" ", parts) + " (" + purpose.getRetention() + ")";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public int getActiveIndex() {
        return current.ordinal();
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
