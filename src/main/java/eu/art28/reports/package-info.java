/**
 * What the registry gives out and takes in as files: the Art. 30 register, exports, and the import of
 * procurement's spreadsheet of processors.
 */
package eu.art28.reports;
