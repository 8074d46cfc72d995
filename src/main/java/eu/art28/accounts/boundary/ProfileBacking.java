package eu.art28.accounts.boundary;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.platform.boundary.LanguageBacking;
import eu.art28.platform.boundary.PageMessages;

/** accounts/profile.xhtml: how I want to hear of alerts, and in which language. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Inject
    Profiles profiles;

    @Inject
    LanguageBacking pageLanguage;

    private String username;
    private String roles;
    private String email;
    private String language;
    private AlertMail alertMail;

    public void load() {
        Account mine = profiles.mine();
        username = mine.getUsername();
        roles = mine.getRoles().stream().map(Enum::name).sorted().toList().toString();
        email = mine.getEmail();
        language = mine.getLanguage();
        alertMail = mine.getAlertMail();
    }

    public String save() {
        return PageMessages.attempt("profile", () -> {
            profiles.setMailPreferences(email, language, alertMail);
            pageLanguage.setTag(language);
            PageMessages.info("account.profile.saved");
            return null;
        });
    }

    public AlertMail[] getAlertMailOptions() {
        return AlertMail.values();
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public AlertMail getAlertMail() {
        return alertMail;
    }

    public void setAlertMail(AlertMail alertMail) {
        this.alertMail = alertMail;
    }
}
