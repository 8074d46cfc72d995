/**
 * The vocabulary agreements and engagements refer to by code: purposes (Art. 6(1) basis, retention), data
 * categories (Art. 9 and 10 flagged) and data subject categories. Hierarchical codes; a code covers itself
 * and its descendants.
 */
package eu.art28.catalogue;
