package eu.art28.catalogue.control;

import eu.art28.catalogue.entity.Kind;

/**
 * Fired inside the transaction that changed a catalogue entry, so that what is judged by it (an engagement with
 * data of a category now flagged special) is judged again.
 */
public record CatalogueChanged(Kind kind, String code) {
}
