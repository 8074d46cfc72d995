/**
 * The append-only audit trail: who changed which record when, field by field and why, captured once for every
 * entity by the persistence layer, and read as a record's history or searched and exported by auditors.
 */
package eu.art28.audit;
