package eu.art28.accounts.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The language of the pages: the one the user chose (kept with their account, so it holds on every device and
 * after every login), else the browser's choice among Dutch and English, else English.
 */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    @Inject
    Profiles profiles;

    private Locale locale;
    private boolean chosen;
    /** Whose account was asked for a choice: the session outlives the login page, where nobody is known yet. */
    private String askedFor;

    public Locale getLocale() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String user = context.getRemoteUser();
        if (!chosen && user != null && !user.equals(askedFor)) {
            askedFor = user;
            profiles.chosenLocale().ifPresent(this::chosen);
        }
        if (locale == null) {
            Locale requested = context.getRequestLocale();
            locale = supported(requested.getLanguage()).orElse(Locale.ENGLISH);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /**
     * The language picked in the page header or on the profile page: used at once and, for a user who is logged
     * in, remembered with the account.
     */
    public void setTag(String tag) {
        supported(tag).ifPresent(this::chosen);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        if (FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null) {
            profiles.chooseLanguage(getTag());
        }
    }

    private void chosen(Locale choice) {
        locale = choice;
        chosen = true;
    }

    private static Optional<Locale> supported(String tag) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public String displayName(Locale option) {
        return option.getDisplayLanguage(option);
    }
}
