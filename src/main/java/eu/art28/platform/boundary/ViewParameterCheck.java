package eu.art28.platform.boundary;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * A page opened with a parameter its {@code f:viewParam} cannot take ({@code view.xhtml?id=abc}, an unknown status,
 * a required id left out) is the not-found page (404) naming the parameter: Faces would otherwise render the page
 * without running its {@code f:viewAction}, on a record that was never loaded. One check for every view parameter
 * of every page, where they are converted, instead of one in each backing bean.
 */
public class ViewParameterCheck implements PhaseListener {

    /** A value in the message is cut here: the address is the reader's own, a long one helps nobody. */
    static final int SHOWN_LENGTH = 40;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || faces.getResponseComplete() || faces.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            if (!parameter.isValid()) {
                String value = faces.getExternalContext().getRequestParameterMap().get(parameter.getName());
                if (value == null || value.isBlank()) {
                    ErrorPage.notFound(faces, "error.parameterMissing", parameter.getName());
                } else {
                    ErrorPage.notFound(faces, "error.parameterInvalid", parameter.getName(), shown(value));
                }
                return;
            }
        }
    }

    /** Printable and short: control characters (a %00 in the address) become a replacement mark. */
    static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "\uFFFD");
        return printable.length() <= SHOWN_LENGTH ? printable : printable.substring(0, SHOWN_LENGTH) + "\u2026";
    }
}
