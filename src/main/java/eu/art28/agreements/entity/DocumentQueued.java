package eu.art28.agreements.entity;

/** An upload waits to be read; observed after the commit, so the reader finds the document. */
public record DocumentQueued(long analysisId) {
}
