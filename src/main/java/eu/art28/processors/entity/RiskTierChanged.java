package eu.art28.processors.entity;

/**
 * A processor's risk tier in force changed, in the current transaction: the computed risk moved it, or a person
 * overrode it or let the computed tier take over; {@code cause} is a message key. The evidence its engagements
 * require is judged again before the caller is answered.
 */
public record RiskTierChanged(long processorId, String cause) {
}
