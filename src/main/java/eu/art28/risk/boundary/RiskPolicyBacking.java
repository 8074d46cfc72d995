package eu.art28.risk.boundary;

import java.io.Serializable;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.Role;
import eu.art28.risk.control.RiskPolicy;
import eu.art28.risk.entity.RiskPolicyVersion;

/**
 * risk/policy.xhtml: the scoring policy in force, which every role reads, and which admin edits as its settings
 * text and saves as the next version (every processor is then scored by it). A wrong setting comes back next to the
 * text, named by its key.
 */
@Named
@ViewScoped
public class RiskPolicyBacking implements Serializable {

    static final String FORM = "policy";

    @Inject
    Risks risks;

    private RiskPolicyVersion current;
    private String settings;
    private String reason;

    @PostConstruct
    void load() {
        current = risks.policyVersion();
        settings = current.getSettings();
        reason = null;
    }

    public boolean isMayEdit() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }

    public void save() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            Risks.PolicySaved saved = risks.savePolicy(current.getVersion(), settings, reason);
            PageMessages.info("risk.policy.saved", saved.policy().getVersion(), saved.scan().processors(),
                    saved.scan().tiersChanged());
            load();
        } catch (InvalidInput e) {
            for (InvalidInput.Violation v : e.violations()) {
                String why = Messages.text(locale, v.messageKey(), v.arguments());
                if (v.field().startsWith(RiskPolicy.SETTINGS + ".")) {
                    PageMessages.error(FORM + ":" + RiskPolicy.SETTINGS, "risk.policy.setting",
                            v.field().substring(RiskPolicy.SETTINGS.length() + 1), why);
                } else {
                    PageMessages.error(FORM + ":" + v.field(), v.messageKey(), v.arguments());
                }
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> PageMessages.error(FORM + ":" + v.getPropertyPath(),
                    "risk.policy.setting", v.getPropertyPath().toString(), v.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public RiskPolicyVersion getCurrent() {
        return current;
    }

    public String getSettings() {
        return settings;
    }

    public void setSettings(String settings) {
        this.settings = settings;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
