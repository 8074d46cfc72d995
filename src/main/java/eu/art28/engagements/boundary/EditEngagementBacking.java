package eu.art28.engagements.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.boundary.Countries;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;

/** engagements/edit.xhtml: registers or changes an engagement; the view page then shows its coverage. */
@Named
@ViewScoped
public class EditEngagementBacking implements Serializable {

    static final String FORM = "engagement";

    @Inject
    Engagements engagements;

    @Inject
    Processors processors;

    private Long id;
    private Long processorId;
    private Engagement engagement;

    public void load() {
        if (engagement != null) {
            return;
        }
        if (id == null) {
            engagement = new Engagement(processorId == null ? null : engagements.processor(processorId));
            engagement.setStartsOn(LocalDate.now());
            engagement.setCountries(java.util.Set.of("NL"));
        } else {
            engagement = engagements.find(id);
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getProcessorId() {
        return processorId;
    }

    public void setProcessorId(Long processorId) {
        this.processorId = processorId;
    }

    public Engagement getEngagement() {
        return engagement;
    }
}
