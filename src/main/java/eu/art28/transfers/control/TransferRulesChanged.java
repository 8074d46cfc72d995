package eu.art28.transfers.control;

/**
 * Fired inside the transaction that changed a country's EEA membership or adequacy decision, so that what is
 * judged by the transfer rules (engagements processing in that country) is judged again.
 */
public record TransferRulesChanged(String code) {
}
