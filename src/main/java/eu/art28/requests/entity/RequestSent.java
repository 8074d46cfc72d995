package eu.art28.requests.entity;

/** A request's mail is queued; after the commit the outbox is emptied, so the vendor gets it at once. */
public record RequestSent(long requestId) {
}
