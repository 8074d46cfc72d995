package eu.art28.alerts.boundary;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.alerts.entity.Alert;
import eu.art28.platform.control.CodeNames;

/** An alert's explanation and fix in the page's language: {@code #{alertText.explanation(alert)}}. */
@Named
@RequestScoped
public class AlertText {

    @Inject
    Event<CodeNames> question;

    private CodeNames names;

    public String explanation(Alert alert) {
        if (names == null) {
            names = CodeNames.asked(question, locale());
        }
        return AlertJson.explanation(alert.getRule(), alert.getSubjectLabel(), alert.getMissing(), alert.getLookedAt(),
                names);
    }

    public String fix(Alert alert) {
        return AlertJson.fix(alert.getRule(), alert.getSubject(), alert.getMissing(), locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
