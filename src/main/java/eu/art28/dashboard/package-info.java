/**
 * The landing page after login: what needs attention, counted, each figure leading to the list it counts. It reads
 * many features; none reads it.
 */
package eu.art28.dashboard;
