package eu.art28.engagements.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.boundary.Countries;
import eu.art28.platform.boundary.EditOfProcessor;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

/** engagements/edit.xhtml: registers or changes an engagement; the view page then shows its coverage. */
@Named
@ViewScoped
public class EditEngagementBacking extends EditOfProcessor {

    static final String FORM = "engagement";

    @Inject
    Engagements engagements;

    @Inject
    Processors processors;

    private Engagement engagement;

    public void load() {
        if (engagement != null) {
            return;
        }
        if (getId() == null) {
            engagement = new Engagement(startingProcessor(engagements::processor));
            engagement.setStartsOn(LocalDate.now());
            engagement.setCountries(java.util.Set.of("NL"));
        } else {
            engagement = engagements.find(getId());
        }
    }

    public String save() {
        return PageMessages.attempt(FORM, () -> {
            Engagement saved = engagements.save(engagement);
            PageMessages.info("engagements.edit.saved", saved.getDescription());
            return "/engagements/view?faces-redirect=true&id=" + saved.getId();
        });
    }

    public List<Processor> completeProcessor(String text) {
        return processors.activeNamed(text);
    }

    public List<SelectItem> getCountryOptions() {
        return Countries.options(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Engagement getEngagement() {
        return engagement;
    }
}
