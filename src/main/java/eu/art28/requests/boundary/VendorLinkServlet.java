package eu.art28.requests.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import eu.art28.requests.control.RequestMail;

/**
 * Where a mailed link lands. It trades the link for its request, keeps only the request's id in a fresh session
 * and sends the browser on to the vendor's page, so that the secret leaves the address bar (and the history, and
 * any Referer) after the first hop. A link that does not open its request gets the page that says why, with the
 * status that fits: 404 unknown, 410 revoked, answered or expired, 429 too many wrong links from the address.
 */
@WebServlet(urlPatterns = "/" + RequestMail.LINK_PATH + "*")
public class VendorLinkServlet extends HttpServlet {

    /** Session attribute: the id of the request the vendor's link opened; the only thing the vendor can reach. */
    public static final String REQUEST = "art28.vendorRequest";
    /** Request attribute for the refusal page: why the link did not open. */
    public static final String REFUSAL = "art28.linkRefusal";

    @Inject
    VendorLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo();
        String secret = path == null ? null : path.substring(1);
        VendorLinks.Opening opening = links.open(secret, request.getRemoteAddr());
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.removeAttribute(REQUEST);
        }
        if (opening.outcome() == VendorLinks.Outcome.OPENED) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(REQUEST, opening.requestId());
            response.sendRedirect(request.getContextPath() + "/vendor/request.xhtml");
            return;
        }
        response.setStatus(switch (opening.outcome()) {
            case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
            case THROTTLED -> 429;
            default -> HttpServletResponse.SC_GONE;
        });
        if (opening.outcome() == VendorLinks.Outcome.THROTTLED) {
            response.setHeader("Retry-After", "900");
        }
        request.setAttribute(REFUSAL, opening.outcome());
        request.getRequestDispatcher("/vendor/refused.xhtml").forward(request, response);
    }
}
