package eu.art28.platform.boundary;

import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NotPermitted;

/** Puts a text from the message bundle on the page, in the language of the view. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Each violation next to its input, found by the field's name as the input's id inside the form. */
    public static void show(String formId, InvalidInput invalid) {
        for (InvalidInput.Violation violation : invalid.violations()) {
            error(formId + ":" + violation.field(), violation.messageKey(), violation.arguments());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Each violation at the top of the page, where there is no input to put it next to. */
    public static void showGlobally(InvalidInput invalid) {
        invalid.violations().forEach(v -> error(null, v.messageKey(), v.arguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Runs a page action that stores something and returns where to go next; when a rule refuses it, the
     * messages go next to the inputs of the form (or to the top of the page) and the page stays.
     */
    public static String attempt(String formId, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInput e) {
            show(formId, e);
        } catch (Conflict e) {
            show(e);
        } catch (NotPermitted e) {
            error(null, e.messageKey());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> error(null, v.getPropertyPath() + ": " + v.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public static void show(Conflict conflict) {
        error(null, conflict.messageKey(), conflict.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        FacesMessage message = new FacesMessage(severity, text, null);
        faces.addMessage(clientId, message);
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
