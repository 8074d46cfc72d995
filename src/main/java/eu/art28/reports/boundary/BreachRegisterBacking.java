package eu.art28.reports.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

/** The PDF button of the breach register's page (incidents/list.xhtml). */
@Named
@RequestScoped
public class BreachRegisterBacking {

    @Inject
    BreachRegister register;

    public void download() {
        Faces.sendFile(register.pdf(FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                BreachRegister.fileName(LocalDate.now()), true);
    }
}
