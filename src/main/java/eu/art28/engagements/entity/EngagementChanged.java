package eu.art28.engagements.entity;

/** Fired inside the transaction that stored an engagement, so that its coverage is judged at once. */
public record EngagementChanged(long engagementId, String cause) {
}
