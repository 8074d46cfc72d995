package eu.art28.accounts.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.control.AccountIdentityStore;
import eu.art28.accounts.control.LoginThrottle;
import eu.art28.accounts.entity.LoginAttempt.Door;

/**
 * One mechanism, three doors. Pages: a form login whose caller is kept in the HTTP session. The API: HTTP Basic
 * or a bearer token on every request and never the session cookie, so a page visit cannot lend its login to a
 * forged API call. Jakarta Security 3 allows a single mechanism per application, hence all in one place, and
 * every door goes through the same {@link LoginThrottle}.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CALLER = "art28.caller";
    static final String WANTED = "art28.wanted";
    /** Request attribute: the caller must replace a password someone else set (PasswordChangeFilter). */
    static final String MUST_CHANGE_PASSWORD = "art28.mustChangePassword";
    static final String INVALID = "The user name, password or token is not valid.";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApiTokens tokens;

    @Inject
    @ConfigProperty(name = "art28.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return api(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return formLogin(request, context, login);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof String name) {
            // read again on every request: a disabled account or changed roles count at once
            Optional<CredentialValidationResult> current = accounts.current(name);
            if (current.isPresent()) {
                return loggedIn(request, context, current.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            request.getSession().setAttribute(WANTED, wanted(request));
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        CredentialValidationResult result = throttle.guard(credential.getCaller(), request.getRemoteAddr(),
                Door.FORM, () -> identityStores.validate(credential));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(idleMinutes * 60);
        session.setAttribute(CALLER, result.getCallerPrincipal().getName());
        return loggedIn(request, context, result);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        String address = request.getRemoteAddr();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            CredentialValidationResult result = throttle.guard(credential == null ? null : credential.getCaller(),
                    address, Door.BASIC, () -> credential == null ? CredentialValidationResult.INVALID_RESULT
                            : identityStores.validate(credential));
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? loggedIn(request, context, result) : unauthorized(response, INVALID);
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = header.substring(7).trim();
            CredentialValidationResult result = throttle.guard(null, address, Door.BEARER,
                    () -> secret.isEmpty() ? CredentialValidationResult.INVALID_RESULT : tokens.authenticate(secret));
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? loggedIn(request, context, result) : unauthorized(response, INVALID);
        }
        if (context.isProtected()) {
            return unauthorized(response, "Log in with HTTP Basic authentication or a bearer token.");
        }
        return context.doNothing();
    }

    /** The container learns the roles; the demand to change the password stays with the request. */
    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        Set<String> roles = new HashSet<>(result.getCallerGroups());
        if (roles.remove(AccountIdentityStore.MUST_CHANGE_PASSWORD)) {
            request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(result.getCallerPrincipal(), roles);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"art28\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"art28\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            // the client went away; the status is all it would have needed
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static UsernamePasswordCredential decode(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).equals("/api") || path(request).startsWith("/api/");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String wanted(HttpServletRequest request) {
        String path = path(request);
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
