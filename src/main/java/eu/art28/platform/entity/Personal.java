package eu.art28.platform.entity;

/**
 * A record about one person (their account, their API tokens). Its history shows who they are, what roles they
 * were given and which tokens they keep, so it is read by auditors, administrators and the person themself only
 * (the audit trail asks; docs/security.md).
 */
public interface Personal {

    /** The user name of the person the record is about. */
    String personName();
}
