package eu.art28.chain.entity;

/**
 * A sub-processor link of this processor was registered, changed, decided or removed, in the current transaction;
 * {@code cause} is a message key. Coverage re-judges the engagements that may reach it before the caller is
 * answered.
 */
public record ChainChanged(long processorId, long linkId, String cause) {
}
