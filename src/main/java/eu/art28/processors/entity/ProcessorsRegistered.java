package eu.art28.processors.entity;

import java.util.Collection;
import java.util.List;

/**
 * New processors registered in the current transaction, written: one from the form or the API, or every processor
 * of an import at once (so that what observes it works set-based, not line by line); {@code cause} is a message key.
 * Risk stores their first scores before the caller is answered.
 */
public record ProcessorsRegistered(Collection<Long> processorIds, String cause) {

    public ProcessorsRegistered {
        processorIds = List.copyOf(processorIds);
    }
}
