/**
 * Findings a person must act on: one open alert per rule and subject, acknowledged by someone, resolved by
 * itself when the finding disappears, reopened when it comes back; the mail that tells of them, and the daily clock.
 */
package eu.art28.alerts;
