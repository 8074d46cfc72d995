package eu.art28.processors.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.platform.boundary.Countries;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;

/**
 * processors/edit.xhtml: registers a new processor or edits one. The inputs bind to the entity, so the
 * entity's own constraints give the inline messages; the registry adds the rules that need the database.
 */
@Named
@ViewScoped
public class EditProcessorBacking implements Serializable {

    static final String FORM = "processor";

    @Inject
    Processors processors;

    private Long id;
    private Processor processor;

    public void load() {
        if (processor != null) {
            return;
        }
        if (id == null) {
            processor = new Processor();
            processor.setCountry("NL");
            return;
        }
        processor = processors.find(id);
        processor.getContacts().size();
        processor.getServices().size();
    }

    public String save() {
        return PageMessages.attempt(FORM, () -> {
            Processor saved = processors.save(processor);
            PageMessages.info("processors.edit.saved", saved.getName());
            return "/processors/view?faces-redirect=true&id=" + saved.getId();
        });
    }

    public void addContact() {
        processor.getContacts().add(new Contact());
    }

    public void removeContact(Contact contact) {
        processor.getContacts().remove(contact);
    }

    /** Every ISO country, named in the page's language, sorted as that language sorts. */
    public List<SelectItem> getCountries() {
        return Countries.options(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Processor getProcessor() {
        return processor;
    }
}
