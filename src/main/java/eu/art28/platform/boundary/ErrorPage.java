package eu.art28.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

import eu.art28.platform.control.DatabaseOutage;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;

/**
 * error.xhtml: a page the caller's role may not open answers as if it did not exist (404, "not found"), so that
 * nobody learns from the answer which administration pages there are; a page that failed because the database
 * is unavailable for a moment answers 503 and says so. A page whose address names no record (a malformed or unknown
 * id, see {@link #notFound}) answers 404 too, saying what was looked for, with a link back to the list it came from.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** The request attribute that carries what a page's address named and did not find to the error dispatch. */
    static final String MISSING = ErrorPage.class.getName() + ".missing";

    /** A sentence of the message bundle that says what was not found. */
    record Missing(String key, Object... arguments) {
    }

    /**
     * A kind of record as {@link NoSuchRecord} names it in English ("subprocessor link"), shown in the page's language
     * through the key {@code noun.subprocessor.link}; as it is when the bundle has no word for it.
     */
    record Noun(String what) {

        String in(Locale locale) {
            String key = "noun." + what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
            String word = Messages.text(locale, key);
            return word.equals(key) ? what : word;
        }
    }

    private int status;
    private Missing missing;
    private String list;

    /**
     * Answers the current page request with the not-found page (404), with the sentence {@code key} instead of the
     * generic one; nothing of the page itself is rendered.
     */
    public static void notFound(FacesContext faces, String key, Object... arguments) {
        ExternalContext context = faces.getExternalContext();
        context.getRequestMap().put(MISSING, new Missing(key, arguments));
        try {
            context.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The not-found page for a record the address named: "Processor 999 does not exist". */
    public static void notFound(FacesContext faces, NoSuchRecord missing) {
        notFound(faces, "error.noSuchRecord", new Noun(missing.what()), String.valueOf(missing.id()));
    }

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
        missing = (Missing) context.getRequestMap().get(MISSING);
        list = listOf(context, (String) context.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI));
    }

    /** The list page of the folder the failed page is in ("/processors/list.xhtml"), or null when it has none. */
    private static String listOf(ExternalContext context, String failedUri) {
        String contextPath = context.getRequestContextPath();
        if (failedUri == null || !failedUri.startsWith(contextPath + "/")) {
            return null;
        }
        String list = Breadcrumbs.listPageOf(context, failedUri.substring(contextPath.length()));
        return list == null ? null : contextPath + list;
    }

    /** The message key of the sentence shown when nothing more precise is known. */
    public String getMessage() {
        return switch (status) {
            case HttpServletResponse.SC_NOT_FOUND -> "error.notFound";
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "error.unavailable";
            default -> "error.failed";
        };
    }

    /** What the address named and did not find, in the page's language; null for any other failure. */
    public String getDetail() {
        if (missing == null) {
            return null;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Object[] arguments = Arrays.stream(missing.arguments())
                .map(argument -> argument instanceof Noun noun ? noun.in(locale) : argument).toArray();
        return Messages.text(locale, missing.key(), arguments);
    }

    /** Where the link leads: the list the failed page belongs to, else the start page. */
    public String getBack() {
        return list != null ? list : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/";
    }

    public String getBackLabel() {
        return list != null ? "error.list" : "error.home";
    }
}
