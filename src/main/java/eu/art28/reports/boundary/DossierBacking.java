package eu.art28.reports.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import eu.art28.processors.entity.Processor;

/** The "Vendor dossier (PDF)" button on a processor's page. */
@Named
@RequestScoped
public class DossierBacking {

    @Inject
    VendorDossier dossier;

    public void download(long processorId) {
        Processor processor = dossier.processor(processorId);
        byte[] pdf = dossier.pdf(processorId, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Faces.sendFile(pdf, VendorDossier.fileName(processor, LocalDate.now()), true);
    }
}
