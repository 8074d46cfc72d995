/**
 * Findings a person must act on: one open alert per rule and subject, acknowledged by someone, resolved by
 * itself when the finding disappears, reopened when it comes back; and the dashboard that counts what needs
 * attention, each figure leading to the list it counts.
 */
package eu.art28.alerts;
