package eu.art28.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;

/**
 * What a page does with the failures a person causes by the address or by waiting, instead of a 500 or an ajax
 * error that names a Java class:
 * <ul>
 * <li>a record the address names that does not exist ({@link NoSuchRecord} or {@link InvalidInput} while a page is
 * opened, not while a form is sent) is the not-found page (404) saying which;</li>
 * <li>a page whose state the server no longer has (it restarted, or keeps fewer views than were opened since) is
 * loaded anew, by ajax or not, with a sentence that says so and that nothing was saved.</li>
 * </ul>
 * Malformed values in the address never reach a page's code: {@link ViewParameterCheck} answers them.
 */
public class PageExceptions extends ExceptionHandlerFactory {

    public PageExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext() && !faces.getResponseComplete();) {
                if (answered(faces, events.next().getContext().getException())) {
                    events.remove();
                }
            }
            getWrapped().handle();
        }

        private static boolean answered(FacesContext faces, Throwable failure) {
            boolean opening = !faces.isPostback() && !faces.getExternalContext().isResponseCommitted();
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    reload(faces);
                    return true;
                }
                if (opening && cause instanceof NoSuchRecord missing) {
                    ErrorPage.notFound(faces, missing);
                    return true;
                }
                if (opening && cause instanceof InvalidInput invalid) {
                    InvalidInput.Violation first = invalid.violations().get(0);
                    ErrorPage.notFound(faces, first.messageKey(), first.arguments());
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The page the person was on: the path and query of the referrer when it is a page of ours (a form is sent to
     * the page's address without its query, and the query names the record), else the address the form was sent to.
     * Only a path is taken, never a host: behind a proxy the referrer names the public host, and no referrer can
     * send anyone elsewhere.
     */
    static void reload(FacesContext faces) {
        ExternalContext context = faces.getExternalContext();
        String target = context.getRequestContextPath() + context.getRequestServletPath();
        try {
            URI referrer = new URI(context.getRequestHeaderMap().getOrDefault("Referer", ""));
            String path = referrer.getRawPath();
            if (path != null && path.startsWith(context.getRequestContextPath() + "/") && !path.contains("/../")) {
                target = path + (referrer.getRawQuery() == null ? "" : "?" + referrer.getRawQuery());
            }
        } catch (URISyntaxException e) {
            // no usable referrer: the address the form was sent to
        }
        String text = Messages.text(locale(faces), "page.expired");
        // info, as the layout's growl shows every page's infos; a page's own message area may be absent
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getFlash().setKeepMessages(true);
        try {
            context.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The language the pages are shown in (error.xhtml and the layout ask the same bean); there is no view here. */
    private static Locale locale(FacesContext faces) {
        try {
            Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{language.locale}", Locale.class);
            if (chosen != null) {
                return chosen;
            }
        } catch (RuntimeException e) {
            // no language bean at hand: the browser's language below
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }
}
