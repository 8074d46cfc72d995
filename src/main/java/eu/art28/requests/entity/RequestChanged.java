package eu.art28.requests.entity;

/**
 * A request changed by a step of ours or of the contact (answered, returned, accepted, revoked): whether it is
 * overdue is judged again at once, not at the next daily scan. The cause is a message key, as alerts store it.
 */
public record RequestChanged(long requestId, String cause) {
}
