package eu.art28.processors.entity;

import java.util.List;

/**
 * New processors about to be registered in the current transaction, not yet written: what follows from them alone
 * is set before they are (risk: the computed tier where no person gave one), so that their creation records it and
 * no change follows at once. {@link ProcessorsRegistered} follows once they are written.
 */
public record ProcessorsRegistering(List<Processor> processors) {

    public ProcessorsRegistering {
        processors = List.copyOf(processors);
    }
}
