package eu.art28.agreements.entity;

/**
 * Legal accepted a sub-processor that the signed agreement lists: the chain records it as a pending link.
 * Observed synchronously, in the acceptance's transaction, so a link that cannot be stored undoes the acceptance.
 */
public record SubprocessorListed(long agreementId, String name, String country, String service) {
}
