/** Value types and constraints that more than one feature uses. */
package eu.art28.platform.entity;
