/**
 * The registry of third parties that process personal data for us: who they are, how to reach them, what
 * they do for us, how risky they are, and when we stopped working with them.
 */
package eu.art28.processors;
