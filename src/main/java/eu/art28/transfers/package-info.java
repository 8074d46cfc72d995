/**
 * Where personal data may go: EEA membership and the European Commission's adequacy decisions, kept as data by
 * the administrator, and the rules that judge a transfer to a country on a day (Chapter V GDPR).
 */
package eu.art28.transfers;
