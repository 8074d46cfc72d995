package eu.art28.accounts.entity;

/** How someone wants to hear of new alerts: each at once, a daily digest, or not by mail. */
public enum AlertMail {
    IMMEDIATE, DIGEST, NONE
}
