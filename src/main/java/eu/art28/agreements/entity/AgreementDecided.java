package eu.art28.agreements.entity;

/**
 * Fired inside the transaction in which an agreement of this processor came into or went out of force
 * (approved, terminated, superseded), so that what depends on it is judged again.
 */
public record AgreementDecided(long processorId, String cause) {
}
