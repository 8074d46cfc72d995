package eu.art28.accounts.boundary;

import java.io.Serializable;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;

/**
 * The mail preferences as a form edits them, on the profile (one's own) and in the users dialog (anyone's, by
 * the administrator); {@link Account#setMailPreferences} checks them when they are stored.
 */
public class MailPreferencesInput implements Serializable {

    private String email;
    private String language = "nl";
    private AlertMail alertMail = AlertMail.IMMEDIATE;

    static MailPreferencesInput of(Account account) {
        MailPreferencesInput input = new MailPreferencesInput();
        input.email = account.getEmail();
        input.language = account.getLanguage();
        input.alertMail = account.getAlertMail();
        return input;
    }

    public AlertMail[] getAlertMailOptions() {
        return AlertMail.values();
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
