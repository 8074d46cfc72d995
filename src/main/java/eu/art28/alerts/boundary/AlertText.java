package eu.art28.alerts.boundary;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import eu.art28.alerts.entity.Alert;

/** An alert's explanation and fix in the page's language: {@code #{alertText.explanation(alert)}}. */
@Named
@RequestScoped
public class AlertText {

    public String explanation(Alert alert) {
        return AlertJson.explanation(alert.getRule(), alert.getSubjectLabel(), alert.getMissing(), alert.getLookedAt(),
                locale());
    }

    public String fix(Alert alert) {
        return AlertJson.fix(alert.getRule(), alert.getSubject(), alert.getMissing(), locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
