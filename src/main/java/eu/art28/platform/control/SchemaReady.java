package eu.art28.platform.control;

/** Fired once per start, after the schema is current: the moment to load sample data. */
public record SchemaReady(boolean embedded) {
}
