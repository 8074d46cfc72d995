/**
 * Deadlines that need someone before they pass (agreements and evidence running out, notice and objection
 * windows closing, reviews falling due): the policy that turns them into findings, and the calendar of expiries.
 */
package eu.art28.deadlines;
