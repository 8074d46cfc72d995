package eu.art28.requests.boundary;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import eu.art28.platform.boundary.ErrorPage;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.requests.entity.Request;

/**
 * vendor/request.xhtml: the request the vendor's link opened, in the contact's language. It reads only the request
 * whose id the link put into the session; without one, or once the link no longer works, the page is not found.
 */
@Named
@RequestScoped
public class VendorRequestBacking {

    @Inject
    VendorLinks links;

    private Request request;

    /** viewAction: the session's request, or 404. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        Object id = session == null ? null : session.getAttribute(VendorLinkServlet.REQUEST);
        try {
            request = id instanceof Long requestId ? links.request(requestId) : null;
        } catch (NoSuchRecord gone) {
            request = null;
        }
        if (request == null) {
            ErrorPage.notFound(faces, "vendor.noLink");
        }
    }

    public Request getRequest() {
        return request;
    }

    /** The contact's language, whatever the browser says: the mail was in it too. */
    public Locale getLocale() {
        return request == null ? Locale.forLanguageTag("nl") : request.getLocale();
    }

    public String getLanguageTag() {
        return getLocale().getLanguage();
    }
}
