package eu.art28.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The language of the pages: the browser's choice among Dutch and English until the user picks one. */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage()))
                    .findFirst().orElse(Locale.ENGLISH);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public void setTag(String tag) {
        SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().ifPresent(l -> locale = l);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public String displayName(Locale option) {
        return option.getDisplayLanguage(option);
    }
}
