/**
 * Security evidence and confidentiality undertakings per processor (certificates, audit reports, pentests, Art. 32
 * annexes): who issued them, for what, valid when, with their documents. It supports, not certifies (Art. 42).
 */
package eu.art28.evidence;
