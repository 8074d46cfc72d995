package eu.art28.requests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** vendor/refused.xhtml: why a link did not open its request, in words (the servlet forwards here). */
@Named
@RequestScoped
public class LinkRefusedBacking {

    /** The bundle key of the sentence; an address typed without a link reads as unknown. */
    public String getMessage() {
        Object outcome = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(VendorLinkServlet.REFUSAL);
        return "vendor.refused." + (outcome instanceof VendorLinks.Outcome known ? known.name()
                : VendorLinks.Outcome.UNKNOWN.name());
    }
}
