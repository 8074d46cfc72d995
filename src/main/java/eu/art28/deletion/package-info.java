/**
 * Deletion or return at the end of the processing (Art. 28(3)(g)): what ended, the controller's choice, the
 * processor's confirmation with its certificate, and the alert when the confirmation is overdue.
 */
package eu.art28.deletion;
