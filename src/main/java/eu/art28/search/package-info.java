/**
 * The search box above every page: processors by name or KvK number and agreements by reference, in one list of
 * results that link to the records. It owns no data; it asks the registries' own searches.
 */
package eu.art28.search;
