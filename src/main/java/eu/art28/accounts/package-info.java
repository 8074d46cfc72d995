/**
 * Users, their roles, and how they prove who they are: a form login for pages, HTTP Basic or a personal bearer
 * token for the API, all behind one throttle. Passwords are stored as PBKDF2 hashes, tokens as SHA-256 only.
 */
package eu.art28.accounts;
