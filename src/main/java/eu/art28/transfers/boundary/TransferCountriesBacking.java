package eu.art28.transfers.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import eu.art28.platform.entity.Role;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.platform.boundary.Countries;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.transfers.control.Transfer;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.entity.TransferCountry;

/**
 * transfers/countries.xhtml: the countries every role reads, filtered in the page (a few dozen rows); the
 * administrator adds, edits and deletes them in a dialog whose inputs bind to the country, so that the rules it
 * breaks come back next to their fields.
 */
@Named
@ViewScoped
public class TransferCountriesBacking implements Serializable {

    static final String FORM = "countryForm";
    static final String DIALOG = "countryDialog";

    /** How a country's adequacy decision stands today, as the page shows and filters it. */
    public enum Adequacy {
        FULL, PARTIAL, NOT_IN_FORCE, NONE
    }

    @Inject
    TransferCountries countries;

    private List<TransferCountry> rows;
    private transient TransferRules rules;
    private TransferCountry editing;
    private boolean creating;

    @PostConstruct
    void reload() {
        rows = countries.list();
        rules = countries.rules();
    }

    public boolean isMayEdit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    public void startNew() {
        requireAdmin();
        editing = new TransferCountry();
        creating = true;
    }

    /** A fresh copy, so that the dialog shows and saves against what is stored now. */
    public void startEdit(String code) {
        requireAdmin();
        try {
            editing = countries.find(code);
            creating = false;
        } catch (NoSuchRecord e) {
            editing = null;
            PageMessages.error(null, "transfers.countries.gone", countryName(code));
            FacesContext.getCurrentInstance().validationFailed();
            reload();
        }
    }

    public void save() {
        PageMessages.attempt(FORM, () -> {
            TransferCountry saved = creating ? countries.create(editing) : countries.update(editing);
            PageMessages.info("transfers.countries.saved", countryName(saved.getCode()));
            PrimeFaces.current().executeScript("PF('" + DIALOG + "').hide()");
            editing = null;
            reload();
            return null;
        });
    }

    public void delete(String code) {
        try {
            countries.delete(code);
            PageMessages.info("transfers.countries.deleted", countryName(code));
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (NoSuchRecord e) {
            PageMessages.error(null, "transfers.countries.gone", countryName(code));
        }
        reload();
    }

    private void requireAdmin() {
        if (!isMayEdit()) {
            throw new SecurityException("only an administrator keeps the transfer countries");
        }
    }

    public Adequacy adequacy(TransferCountry country) {
        if (country.getAdequacyDecision() == null) {
            return Adequacy.NONE;
        }
        LocalDate today = LocalDate.now();
        if (rules().judge(country.getCode(), today, null) == Transfer.ADEQUATE) {
            return Adequacy.FULL;
        }
        return rules().judge(country.getCode(), today, TransferSafeguard.ADEQUACY_DECISION) == Transfer.SAFEGUARDED
                ? Adequacy.PARTIAL : Adequacy.NOT_IN_FORCE;
    }

    /** The view is serialised with the session; the rules are not, and are asked for again. */
    private TransferRules rules() {
        if (rules == null) {
            rules = countries.rules();
        }
        return rules;
    }

    /** With its code: this list is where the codes the API and the imports use are kept. */
    public String countryName(String code) {
        return Countries.withCode(code, locale());
    }

    /** Every ISO 3166-1 country, by name in the page's language, to add one. */
    public List<SelectItem> getCountryOptions() {
        return Countries.options(locale());
    }

    public String scopeNote(TransferCountry country) {
        return country.scopeNote(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Adequacy[] getAdequacies() {
        return Adequacy.values();
    }

    public List<TransferCountry> getRows() {
        return rows;
    }

    public TransferCountry getEditing() {
        return editing;
    }

    public boolean isCreating() {
        return creating;
    }
}
