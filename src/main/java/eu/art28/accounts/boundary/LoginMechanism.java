package eu.art28.accounts.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

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
import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.LoginAttempt.Door;
import eu.art28.platform.boundary.SecurityHeaders;
import eu.art28.platform.control.DatabaseOutage;
import eu.art28.platform.control.Messages;

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
    /**
     * Session attribute: when the account's password had last changed as this session saw it (at login, or its own
     * change). A change after that, in another session, by the API or by an administrator's reset, ends the session
     * at its next request, on whichever node: the moment is read from the database like the rest of the account.
     */
    static final String PASSWORD_SEEN = "art28.passwordSeen";
    /** Request attribute: the caller must replace a password someone else set (PasswordChangeFilter). */
    static final String MUST_CHANGE_PASSWORD = "art28.mustChangePassword";
    /**
     * Request attribute: the API call was authenticated with a bearer token (not a password), which may not make
     * new tokens (ProfileResource).
     */
    static final String BY_TOKEN = "art28.byToken";
    /** Request attribute: the form login could not be checked, the database is unavailable (LoginBacking). */
    static final String UNAVAILABLE = "art28.databaseUnavailable";
    private static final Logger LOG = Logger.getLogger(LoginMechanism.class.getName());
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

    /**
     * Every door reads the database (the throttle's login attempts, the account), and this runs before JAX-RS and
     * JSF: a database outage that escaped from here became a 500 with an empty body. It answers 503 instead, as the
     * API's problem mapper does (API), or says so on the login page or a page of its own (pages).
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // this answers before any filter: its 401s and redirects carry the security headers too
        SecurityHeaders.apply(request, response);
        if (SecurityHeaders.sessionInPath(request)) {
            // refused before the session it names is looked at
            try {
                SecurityHeaders.refuseSessionInPath(response);
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            return route(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.warning(() -> "Login not checked, the database is unavailable: " + DatabaseOutage.summary(e));
            return unavailable(request, response, context);
        }
    }

    private AuthenticationStatus route(HttpServletRequest request, HttpServletResponse response,
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
            // read again on every request: a disabled account, changed roles or a changed password count at once
            Optional<CredentialValidationResult> current = accounts.current(name,
                    session.getAttribute(PASSWORD_SEEN) instanceof Instant seen ? seen : null);
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
        String name = result.getCallerPrincipal().getName();
        session.setAttribute(CALLER, name);
        session.setAttribute(PASSWORD_SEEN, accounts.passwordChangedAt(name).orElse(null));
        return loggedIn(request, context, result);
    }

    /** The page session that changed its own password goes on; the user's other sessions end at their next request. */
    static void passwordSeen(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        if (session != null && account.getUsername().equals(session.getAttribute(CALLER))) {
            session.setAttribute(PASSWORD_SEEN, account.getPasswordChangedAt());
        }
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
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(response, INVALID);
            }
            request.setAttribute(BY_TOKEN, Boolean.TRUE);
            return loggedIn(request, context, result);
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

    /**
     * 503 with Retry-After. The API gets problem+json; the form login goes back to the login page, which says so
     * (LoginBacking reads {@link #UNAVAILABLE}); any other page gets a short page of its own, written here because
     * the container's error pages would need the database for the caller's language.
     */
    static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!isApi(request) && context.isAuthenticationRequest()) {
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        try {
            if (isApi(request)) {
                response.setContentType("application/problem+json");
                response.getWriter().write(DatabaseOutage.problemJson());
            } else {
                response.setContentType("text/html");
                response.getWriter().write(unavailablePage(request.getLocale(), request.getContextPath()));
            }
            // committed now: the container must not turn the status into its own 401 or 500
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static String unavailablePage(Locale requested, String contextPath) {
        Locale locale = "nl".equals(requested.getLanguage()) ? requested : Locale.ENGLISH;
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + (DatabaseOutage.RETRY_AFTER_SECONDS * 2) + "\">"
                + "<title>" + Messages.text(locale, "error.unavailable.title") + " · Art28</title>"
                + "<link rel=\"stylesheet\" href=\"" + contextPath
                + "/jakarta.faces.resource/css/art28.css.xhtml\"></head>"
                + "<body class=\"login-page\"><div class=\"login-card\"><h1>Art28</h1><p id=\"error-text\">"
                + Messages.text(locale, "error.unavailable") + "</p></div></body></html>";
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
