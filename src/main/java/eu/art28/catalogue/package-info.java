/**
 * The vocabulary agreements and engagements refer to: purposes with their Art. 6(1) basis and retention.
 * Hierarchical codes; a code covers itself and its descendants.
 */
package eu.art28.catalogue;
