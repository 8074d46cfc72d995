package eu.art28.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

import eu.art28.platform.control.DatabaseOutage;

/**
 * error.xhtml: a page the caller's role may not open answers as if it did not exist (404, "not found"), so that
 * nobody learns from the answer which administration pages there are; a page that failed because the database
 * is unavailable for a moment answers 503 and says so.
 */
@Named
@RequestScoped
public class ErrorPage {

    private int status;

    public void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object code = context.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (DatabaseOutage.causedBy((Throwable) context.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION))) {
            // a page that failed because the database is away for a moment: 503, not "something went wrong"
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            context.setResponseStatus(status);
            context.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            status = HttpServletResponse.SC_NOT_FOUND;
            context.setResponseStatus(status);
        }
    }

    /** The message key of the sentence shown. */
    public String getMessage() {
        return switch (status) {
            case HttpServletResponse.SC_NOT_FOUND -> "error.notFound";
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "error.unavailable";
            default -> "error.failed";
        };
    }
}
