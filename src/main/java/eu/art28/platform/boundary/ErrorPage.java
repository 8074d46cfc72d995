package eu.art28.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

/**
 * error.xhtml: a page the caller's role may not open answers as if it did not exist (404, "not found"), so that
 * nobody learns from the answer which administration pages there are.
 */
@Named
@RequestScoped
public class ErrorPage {

    private int status;

    public void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object code = context.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            status = HttpServletResponse.SC_NOT_FOUND;
            context.setResponseStatus(status);
        }
    }

    /** The message key of the sentence shown. */
    public String getMessage() {
        return switch (status) {
            case HttpServletResponse.SC_NOT_FOUND -> "error.notFound";
            default -> "error.failed";
        };
    }
}
