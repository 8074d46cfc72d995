package eu.art28.processors.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import eu.art28.platform.control.NoSuchRecord;
import eu.art28.processors.entity.Processor;

/** A processor chosen on a page travels as its id; a CDI bean so that the registry can be injected. */
@Dependent
@FacesConverter(forClass = Processor.class, managed = true)
public class ProcessorConverter implements Converter<Processor> {

    @Inject
    Processors processors;

    @Override
    public Processor getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return processors.find(Long.parseLong(value));
        } catch (NumberFormatException | NoSuchRecord e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Processor processor) {
        return processor == null || processor.getId() == null ? "" : String.valueOf(processor.getId());
    }
}
