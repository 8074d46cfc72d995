package eu.art28.deletion.entity;

/**
 * Fired inside the transaction that recorded a choice, a confirmation or a certificate for something of this
 * processor that ended, so that its alert is judged again before the caller gets the answer. {@code cause} is a
 * message key.
 */
public record DeletionChanged(long processorId, String cause) {
}
