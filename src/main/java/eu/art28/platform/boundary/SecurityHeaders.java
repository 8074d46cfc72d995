package eu.art28.platform.boundary;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, pages, API and static files alike. Scripts are PrimeFaces' part of the
 * content security policy: with {@code primefaces.CSP} it sends its own policy with a fresh nonce per page and moves
 * the components' inline handlers behind it. This policy adds what a nonce does not cover, and as a second policy
 * it can only narrow the first, never widen it.
 *
 * <p>Everything but static resources is {@code Cache-Control: no-store}: API answers, pages and exports hold the
 * registry's data, which no browser or proxy cache should keep. The login mechanism answers some requests (401,
 * the redirect to the login page) before any filter runs, so it calls {@link #apply} itself. A path that carries
 * a session id ({@code ;jsessionid=}) is refused: sessions travel in the cookie only. The vendor's pages
 * (requests to processors, opened by a personal link) send no Referer at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        if (sessionInPath(request)) {
            refuseSessionInPath(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sets the headers; for whoever answers before this filter runs (the login mechanism). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", isVendor(path(request)) ? "no-referrer" : "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStatic(path(request))) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The vendor's pages, reached by a personal link whose secret is in the first address: no page of theirs
     * tells another site where it came from, not even its own origin (the link is only in the first hop, but a
     * Referer is the classic way such a secret leaks).
     */
    static boolean isVendor(String path) {
        return path.toLowerCase(Locale.ROOT).startsWith("/vendor/");
    }

    /** Drawing material that holds no data and may be cached: JSF resources, css, scripts, images, fonts. */
    static boolean isStatic(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/jakarta.faces.resource/") || lower.startsWith("/resources/")
                || lower.equals("/favicon.ico");
    }

    /**
     * A session id in the path ({@code /page.xhtml;jsessionid=...}) would let a link fix or leak a session;
     * tracking is by cookie only (web.xml), and such a request is refused before anything reads its session.
     */
    public static boolean sessionInPath(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid");
    }

    /** 400 with a short text, committed at once so that the container adds nothing of its own. */
    public static void refuseSessionInPath(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("A session id in the address is not accepted.");
        response.flushBuffer();
    }
}
