package eu.art28.processors.entity;

/**
 * A processor was reviewed or offboarded, in the current transaction; {@code cause} is a message key. Its
 * deadlines and reviews are judged again before the caller is answered.
 */
public record ProcessorChanged(long processorId, String cause) {
}
