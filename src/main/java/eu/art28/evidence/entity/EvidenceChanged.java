package eu.art28.evidence.entity;

/**
 * Evidence of this processor was registered, changed, given a new document or withdrawn, in the current
 * transaction; {@code cause} is a message key. Fired after the change is flushed, so observers reading the
 * database see it.
 */
public record EvidenceChanged(long processorId, String cause) {
}
