package eu.art28.coverage.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.coverage.control.Gate;
import eu.art28.processors.entity.Processor;

/** The gate checklist on a processor's page: {@code #{gatesBacking.of(processor)}}, judged once per request. */
@Named
@RequestScoped
public class GatesBacking {

    @Inject
    Coverage coverage;

    private List<Gate> gates;

    public List<Gate> of(Processor processor) {
        if (gates == null) {
            gates = coverage.gates(processor);
        }
        return gates;
    }

    /** How many of the processor's gates are met, for the summary at the top of its page. */
    public long passed(Processor processor) {
        return of(processor).stream().filter(Gate::passed).count();
    }

    public String reason(Gate gate) {
        return gate.reason(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
