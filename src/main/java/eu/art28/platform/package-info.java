/**
 * Cross-cutting plumbing only: the database and its migrations, the REST application and its error format,
 * health. No business rules live here.
 */
package eu.art28.platform;
