package eu.art28.processors.entity;

import java.util.Collection;
import java.util.List;

/**
 * Processors' risk tiers in force changed, in the current transaction: the computed risk moved them, or a person
 * overrode one or let the computed tier take over; {@code cause} is a message key. The evidence their engagements
 * require is judged again before the caller is answered. One event for all the tiers a scoring changed: the first
 * scoring of a large registry moves thousands, and judging each processor's engagements on its own took minutes.
 */
public record RiskTierChanged(Collection<Long> processorIds, String cause) {

    public RiskTierChanged(long processorId, String cause) {
        this(List.of(processorId), cause);
    }
}
