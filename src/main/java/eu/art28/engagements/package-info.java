/**
 * Engagements (inzet): what a processor is actually used for, on which data of whom, where and when, and who
 * in the organisation owns that use.
 */
package eu.art28.engagements;
