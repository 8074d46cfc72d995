/**
 * Users, their roles, and how they prove who they are: a form login for pages, HTTP Basic for the API.
 * Passwords are stored as PBKDF2 hashes only.
 */
package eu.art28.accounts;
