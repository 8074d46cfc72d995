package eu.art28.accounts.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import eu.art28.accounts.entity.Account;
import eu.art28.platform.entity.Role;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.NotPermitted;

/**
 * accounts/users.xhtml (ADMIN, by URL constraint and again in {@link Users}): the accounts, a dialog to create or
 * edit one, and the one-time password shown once after creating or resetting.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    static final String FORM = "userForm";

    @Inject
    Users users;

    private List<Account> rows;
    private boolean creating;
    private String username;
    private List<Role> roles = new ArrayList<>();
    private MailPreferencesInput mail = new MailPreferencesInput();
    private String password;
    private String oneTimeFor;
    private String oneTimePassword;

    /** Administrators keep a few dozen accounts; one page of the largest size holds them. */
    @PostConstruct
    void reload() {
        rows = users.list(0, Page.MAX_SIZE).items();
    }

    public void startNew() {
        creating = true;
        username = null;
        roles = new ArrayList<>();
        mail = new MailPreferencesInput();
        password = null;
    }

    public void startEdit(String name) {
        try {
            Account account = users.find(name);
            creating = false;
            username = account.getUsername();
            roles = new ArrayList<>(account.getRoles());
            mail = MailPreferencesInput.of(account);
            password = null;
        } catch (NoSuchRecord e) {
            PageMessages.error(null, "record.stale");
            FacesContext.getCurrentInstance().validationFailed();
            reload();
        }
    }

    public void save() {
        PageMessages.attempt(FORM, () -> {
            EnumSet<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            if (creating) {
                Users.WithPassword created = users.create(username, chosen, mail.getEmail(),
                        mail.getLanguage(), mail.getAlertMail(), password);
                showOneTime(created);
            } else {
                users.update(username, chosen, mail.getEmail(), mail.getLanguage(), mail.getAlertMail());
            }
            PageMessages.info("account.users.saved", username);
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
            reload();
            return null;
        });
    }

    public void disable(String name) {
        try {
            users.disable(name);
            PageMessages.info("account.users.disabledMessage", name);
        } catch (NotPermitted e) {
            PageMessages.error(null, e.messageKey());
        }
        reload();
    }

    public void enable(String name) {
        users.enable(name);
        PageMessages.info("account.users.enabledMessage", name);
        reload();
    }

    public void resetPassword(String name) {
        showOneTime(users.resetPassword(name));
        reload();
    }

    private void showOneTime(Users.WithPassword set) {
        oneTimeFor = set.account().getUsername();
        oneTimePassword = set.oneTimePassword();
        PrimeFaces.current().executeScript("PF('oneTimeDialog').show()");
    }

    /** Closing the dialog drops the password from the view state too. */
    public void forgetPassword() {
        oneTimeFor = null;
        oneTimePassword = null;
    }

    /** An administrator's own roles are kept by another administrator (Account.assignRoles). */
    public boolean isSelf(String name) {
        return name != null && name.equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public Role[] getRoleOptions() {
        return Role.values();
    }

    public List<Account> getRows() {
        return rows;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public MailPreferencesInput getMail() {
        return mail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOneTimeFor() {
        return oneTimeFor;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }
}
