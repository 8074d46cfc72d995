package eu.art28.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;

/**
 * Tells a request that failed because the database could not serve it for now from one that failed for a reason
 * of its own, so that every door (the REST API, the login mechanism that runs before it, the pages) answers the
 * first with 503 and a hint when to try again instead of 500. The pool heals by itself once the database is back
 * ({@link Database}: every connection is validated before use).
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before trying again: a MariaDB restart takes a few seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Honest about a change cut off while it was committed: the database may have stored it before it went away,
     * so a client reads the record again before repeating a change (the version tells).
     */
    public static final String DETAIL = "The database cannot serve this request right now (it is restarting, or the"
            + " change met a concurrent one). Try again in a few seconds; a change that was cut off while being"
            + " committed may have been stored, so read the record before repeating it.";

    private DatabaseOutage() {
    }

    /**
     * Whether the failure was caused by the database being unavailable for now: no connection (SQLSTATE class 08,
     * a connection refused or lost while MariaDB restarts, a pool with no connection to give), or a transaction
     * rolled back for a concurrent one (class 40: a deadlock, or a Galera certification conflict). Worth trying
     * again, so not a 500.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            // the transaction manager lost the connection while committing or rolling back: it says no more
            if (cause instanceof SystemException || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** The problem document the login mechanism writes itself: it runs before JAX-RS and its mappers. */
    public static String problemJson() {
        return "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"" + DETAIL
                + "\"}";
    }

    /** The first line of the innermost cause: enough for the log, without a stack trace per refused request. */
    public static String summary(Throwable failure) {
        return Database.rootMessage(failure);
    }
}
