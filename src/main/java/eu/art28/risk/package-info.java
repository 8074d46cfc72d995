/**
 * The risk of each processor: inherent from what its engagements process and its chain, residual after its
 * evidence, reviews and open alerts; the tier in force follows it unless a person overrides it with a reason.
 */
package eu.art28.risk;
