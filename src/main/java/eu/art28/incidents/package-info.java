/**
 * Personal data breaches a processor reports (Art. 33(2)): the incident, its deadlines (the processor's notice window
 * and our 72 hours), the engagements it affects through the chain, the decision to notify and its follow-up.
 */
package eu.art28.incidents;
