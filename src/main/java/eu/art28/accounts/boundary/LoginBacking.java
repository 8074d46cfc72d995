package eu.art28.accounts.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;

import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.DatabaseOutage;

/** Serves login.xhtml and the logout link in the layout. */
@Named
@RequestScoped
public class LoginBacking {

    /** The landing page: what needs attention, for every role. */
    static final String HOME = "/alerts/dashboard.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String wanted = wanted(request.getSession(false));
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + wanted);
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (request.getAttribute(LoginMechanism.UNAVAILABLE) != null) {
                    HttpServletResponse response = (HttpServletResponse) external.getResponse();
                    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                    PageMessages.error(null, "login.unavailable");
                } else {
                    PageMessages.error(null, "login.failed");
                }
            }
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + LoginMechanism.LOGIN_PAGE + "?loggedOut=true");
    }

    /** Back to the page that asked for the login, but never to a resource or an address elsewhere. */
    static String wanted(HttpSession session) {
        Object wanted = session == null ? null : session.getAttribute(LoginMechanism.WANTED);
        if (wanted instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && path.contains(".xhtml") && !path.startsWith("/jakarta.faces.resource")) {
            return path;
        }
        return HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
