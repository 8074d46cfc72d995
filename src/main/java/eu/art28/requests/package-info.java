/**
 * What we ask a processor (evidence, a security questionnaire, its sub-processor list, a deletion confirmation, a
 * signed DPA) and the vendor's pages behind the personal link that answers it, without a vendor account.
 */
package eu.art28.requests;
