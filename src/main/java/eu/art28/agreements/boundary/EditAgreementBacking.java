package eu.art28.agreements.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.Standard;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.platform.boundary.Countries;
import eu.art28.platform.control.Messages;
import eu.art28.platform.boundary.EditOfProcessor;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;
import eu.art28.transfers.boundary.TransferCountries;
import eu.art28.transfers.control.TransferRules;

/**
 * agreements/edit.xhtml: a draft (new, or an amendment) or a rejected version, in tabs. Inputs bind to the
 * entity, so its constraints give the inline messages; the agreement refuses changes once it is in review.
 */
@Named
@ViewScoped
public class EditAgreementBacking extends EditOfProcessor {

    static final String FORM = "agreement:tabs";

    @Inject
    Agreements agreements;

    @Inject
    Processors processors;

    @Inject
    TransferCountries transferCountries;

    private Agreement agreement;

    public String load() {
        if (agreement != null) {
            return null;
        }
        if (getId() == null) {
            agreement = new Agreement(startingProcessor(agreements::processor), null);
        } else {
            agreement = agreements.find(getId());
            if (!agreement.getStatus().editable()) {
                return "/agreements/view?faces-redirect=true&id=" + getId();
            }
        }
        agreement.getPurposes().size();
        agreement.getDataCategories().size();
        agreement.getDataSubjects().size();
        agreement.getCountries().size();
        agreement.getSafeguards().size();
        return null;
    }

    public String save() {
        return PageMessages.attempt(FORM, () -> {
            Agreement saved = agreements.save(agreement);
            PageMessages.info("agreements.edit.saved", saved.getReference());
            return "/agreements/view?faces-redirect=true&id=" + saved.getId();
        });
    }

    public List<Processor> completeProcessor(String text) {
        return processors.activeNamed(text);
    }

    public List<SelectItem> getCountryOptions() {
        return Countries.options(locale());
    }

    /** The countries in scope that need a transfer safeguard, to pick one for each. */
    public List<String> getNonEeaCountries() {
        TransferRules rules = transferCountries.rules();
        return agreement.getCountries().stream().filter(c -> !rules.inEea(c)).toList();
    }

    public String countryName(String code) {
        return Messages.country(locale(), code);
    }

    public SubProcessing[] getSubProcessingOptions() {
        return SubProcessing.values();
    }

    public Standard[] getStandards() {
        return Standard.values();
    }

    public TransferSafeguard[] getSafeguardOptions() {
        return TransferSafeguard.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Agreement getAgreement() {
        return agreement;
    }
}
