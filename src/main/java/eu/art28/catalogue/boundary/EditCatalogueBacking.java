package eu.art28.catalogue.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Kind;
import eu.art28.catalogue.entity.LegalBasis;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;

/**
 * catalogue/edit.xhtml: adds an entry (optionally under a parent) or edits, retires or deletes one. The
 * inputs bind to the entity, so its constraints give the inline messages; the catalogue adds the rules that
 * need the database (a code is unique, its parent exists, nobody uses what is deleted).
 */
@Named
@ViewScoped
public class EditCatalogueBacking implements Serializable {

    static final String FORM = "entry";

    @Inject
    Catalogue catalogue;

    private String kind;
    private String code;
    private String parent;

    private Kind current;
    private CatalogueEntry entry;
    private String parentCode;
    private List<CatalogueEntry> parents;

    public void load() {
        if (entry != null) {
            return;
        }
        current = Kind.ofPath(kind).orElseThrow(() -> new NoSuchRecord("list", kind));
        if (code == null) {
            entry = current.newEntry();
            parentCode = parent;
            startUnder(parent);
            return;
        }
        entry = catalogue.find(current, code);
    }

    /** A new child starts with its parent's code and, for a purpose, its parent's basis and retention. */
    private void startUnder(String parentCode) {
        if (parentCode == null) {
            return;
        }
        entry.setCode(parentCode + ".");
        if (entry instanceof Purpose purpose) {
            try {
                Purpose above = (Purpose) catalogue.find(current, parentCode);
                purpose.setLegalBasis(above.getLegalBasis());
                purpose.setRetention(above.getRetention());
            } catch (NoSuchRecord e) {
                // the parent's code stays in the field, and saving names the problem
            }
        }
    }

    /** Choosing another parent puts its code in front, unless a code of one's own was typed already. */
    public void parentChanged() {
        String typed = entry.getCode();
        if (typed == null || typed.endsWith(".")) {
            entry.setCode(parentCode == null ? null : parentCode + ".");
        }
    }

    public String save() {
        try {
            CatalogueEntry saved = isNew() ? catalogue.create(entry, parentCode) : catalogue.update(entry);
            PageMessages.info("catalogue.edit.saved", saved.getCode());
            return list();
        } catch (InvalidInput e) {
            PageMessages.show(FORM, e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> PageMessages.error(null, v.getMessage()));
        }
        return null;
    }

    public String retire() {
        catalogue.retire(current, entry.getCode());
        PageMessages.info("catalogue.edit.retired", entry.getCode());
        return list();
    }

    public String unretire() {
        catalogue.unretire(current, entry.getCode());
        PageMessages.info("catalogue.edit.unretired", entry.getCode());
        return list();
    }

    public String delete() {
        try {
            catalogue.delete(current, entry.getCode());
            PageMessages.info("catalogue.edit.deleted", entry.getCode());
            return list();
        } catch (Conflict e) {
            PageMessages.show(e);
        }
        return null;
    }

    private String list() {
        return "/catalogue/list?faces-redirect=true&kind=" + current.getPath();
    }

    public boolean isNew() {
        return entry.getId() == null;
    }

    /** What a new entry can be placed under: the entries of the same list that are still offered. */
    public List<CatalogueEntry> getParents() {
        if (parents == null) {
            parents = catalogue.list(current, false);
        }
        return parents;
    }

    public String parentLabel(CatalogueEntry option) {
        return option.getCode() + " · " + option.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** For a purpose: the purposes its data may be used further for. */
    public List<String> getCompatiblePurposes() {
        return entry instanceof Purpose purpose ? new ArrayList<>(purpose.getCompatibleWith()) : List.of();
    }

    public void setCompatiblePurposes(List<String> codes) {
        if (entry instanceof Purpose purpose) {
            purpose.setCompatibleWith(codes);
        }
    }

    public LegalBasis[] getLegalBases() {
        return LegalBasis.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public Kind getCurrent() {
        return current;
    }

    public CatalogueEntry getEntry() {
        return entry;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
