/**
 * The coverage engine: given what a processor is engaged for and the agreements with it, what is not covered
 * on a day, with an explanation. Plain Java over small read models, so it runs without a container.
 */
package eu.art28.coverage;
