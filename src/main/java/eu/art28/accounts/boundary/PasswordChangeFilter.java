package eu.art28.accounts.boundary;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A password an administrator set (or the start-up log printed) has been seen by someone else: until its owner
 * replaces it, they may do nothing else. Pages lead to the profile, where the password is changed; the API
 * answers 403 everywhere but reading the profile ({@code GET /api/profile}) and changing the password
 * ({@code POST /api/profile/password}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {

    static final String PROFILE_PAGE = "/accounts/profile.xhtml";
    private static final Set<String> OPEN_API = Set.of("GET /api/profile", "HEAD /api/profile",
            "POST /api/profile/password");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(LoginMechanism.MUST_CHANGE_PASSWORD) == null
                || open(request.getMethod(), LoginMechanism.path(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (LoginMechanism.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Change your password first: POST /api/profile/password.\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + PROFILE_PAGE + "?passwordChange=true");
    }

    static boolean open(String method, String path) {
        return OPEN_API.contains(method + " " + path) || path.equals(PROFILE_PAGE) || path.equals(LoginMechanism.LOGIN_PAGE)
                || path.equals("/error.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || !path.startsWith("/api") && !path.endsWith(".xhtml")
                && !path.equals("/");
    }
}
