package eu.art28.accounts.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.PrimeFaces;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.ApiToken;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.entity.Role;

/**
 * accounts/profile.xhtml: how I want to hear of alerts, and in which language; my password; my API tokens, whose
 * secret is shown once in a dialog and then forgotten by the page too.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {


    @Inject
    Profiles profiles;

    @Inject
    ApiTokens apiTokens;

    @Inject
    LanguageBacking pageLanguage;

    private String username;
    private List<Role> roles;
    private MailPreferencesInput mail = new MailPreferencesInput();
    private String shownLanguage;
    private boolean mustChangePassword;

    private String currentPassword;
    private String newPassword;

    private List<ApiToken> tokens;
    private String tokenName;
    private LocalDate tokenExpiresOn;
    private String issuedSecret;

    public void load() {
        Account mine = profiles.mine();
        username = mine.getUsername();
        roles = mine.getRoles().stream().sorted().toList();
        mail = MailPreferencesInput.of(mine);
        shownLanguage = mail.getLanguage();
        mustChangePassword = mine.isPasswordChangeRequired();
        tokens = apiTokens.mine();
    }

    public String save() {
        return PageMessages.attempt("profile", () -> {
            profiles.setMailPreferences(mail.getEmail(), mail.getLanguage(), mail.getAlertMail());
            // a language changed here is picked for the pages too; one left as shown picks nothing
            if (!mail.getLanguage().equals(shownLanguage)) {
                pageLanguage.setTag(mail.getLanguage());
                shownLanguage = mail.getLanguage();
            }
            PageMessages.info("account.profile.saved");
            return null;
        });
    }

    public String changePassword() {
        return PageMessages.attempt("password", () -> {
            Account changed = profiles.changePassword(currentPassword, newPassword);
            LoginMechanism.passwordSeen((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest(), changed);
            mustChangePassword = false;
            currentPassword = null;
            newPassword = null;
            PageMessages.info("account.password.changed");
            return null;
        });
    }

    public void createToken() {
        PageMessages.attempt("token", () -> {
            issuedSecret = apiTokens.issue(tokenName, tokenExpiresOn).secret();
            tokenName = null;
            tokenExpiresOn = null;
            tokens = apiTokens.mine();
            PrimeFaces.current().executeScript("PF('issuedDialog').show()");
            return null;
        });
    }

    /** Closing the dialog drops the secret from the view state as well. */
    public void forgetSecret() {
        issuedSecret = null;
    }

    public void revoke(long id) {
        try {
            ApiToken revoked = apiTokens.revoke(id);
            PageMessages.info("account.tokens.revokedMessage", revoked.getName());
        } catch (NoSuchRecord e) {
            // revoked in another window meanwhile, or not ours: the list below shows how things stand
        }
        tokens = apiTokens.mine();
    }

    public String status(ApiToken token) {
        if (token.isRevoked()) {
            return "revoked";
        }
        return token.getExpiresOn() != null && LocalDate.now().isAfter(token.getExpiresOn()) ? "expired" : "active";
    }

    public String getUsername() {
        return username;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public MailPreferencesInput getMail() {
        return mail;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public LocalDate getTokenExpiresOn() {
        return tokenExpiresOn;
    }

    public void setTokenExpiresOn(LocalDate tokenExpiresOn) {
        this.tokenExpiresOn = tokenExpiresOn;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
