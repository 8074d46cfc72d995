package eu.art28.platform.boundary;

import java.net.MalformedURLException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The crumbs the page template draws above every page: the dashboard, the list the page belongs to and the page
 * itself. The list is found by one rule, the one the not-found page links back with too: a folder's
 * {@code list.xhtml}, titled by its {@code <folder>.list.title}; a page in a folder without one (the chain, the
 * reports) has no section crumb, and a record of a processor names its processor (crumbProcessor in the template).
 */
@Named
@RequestScoped
public class Breadcrumbs {

    static final String HOME = "/alerts/dashboard.xhtml";

    /** A crumb: the outcome it links to and the message key of its words. */
    public record Crumb(String outcome, String label) {
    }

    public boolean isHome() {
        return HOME.equals(viewId());
    }

    /** The list the current page belongs to, or null when it has none or is that list. */
    public Crumb getSection() {
        String page = viewId();
        String list = listPageOf(FacesContext.getCurrentInstance().getExternalContext(), page);
        if (list == null || list.equals(page) || HOME.equals(page)) {
            return null;
        }
        String folder = list.substring(1, list.indexOf('/', 1));
        return new Crumb(list.substring(0, list.length() - ".xhtml".length()), folder + ".list.title");
    }

    /**
     * The list page of the folder a page is in ("/processors/view.xhtml" gives "/processors/list.xhtml"), or null
     * when the folder has none; the page as the application sees it, without the context path.
     */
    static String listPageOf(ExternalContext context, String page) {
        if (page == null) {
            return null;
        }
        int slash = page.indexOf('/', 1);
        if (!page.startsWith("/") || slash < 0) {
            return null;
        }
        String candidate = page.substring(0, slash) + "/list.xhtml";
        try {
            return context.getResource(candidate) == null ? null : candidate;
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    }
}
