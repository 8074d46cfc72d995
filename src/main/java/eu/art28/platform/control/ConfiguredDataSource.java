package eu.art28.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The class named in {@link Database}'s data source definition. Payara pools it; it picks the real driver
 * from configuration at the first connection, because an annotation cannot choose between two driver
 * classes and an empty MariaDB password is not a value MicroProfile Config can hand to an annotation.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
    private static final AtomicBoolean STARTING = new AtomicBoolean(true);

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = DatabaseSettings.fromConfig().open();
                }
                current = target;
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Connection connection = target().getConnection();
            STARTING.set(false);
            return StatementCount.counting(connection);
        } catch (SQLException | RuntimeException e) {
            if (STARTING.getAndSet(false)) {
                stopUnreachable(e);
            }
            throw e;
        }
    }

    /**
     * The first connection of this process failed: Art28 cannot work, and the container would bury the cause
     * under pages of stack traces while it gives up deploying. Say it in one line and stop; an operator or an
     * orchestrator starts it again once the database is there. Later failures (the database restarting while
     * Art28 runs) only fail the request at hand.
     */
    private static void stopUnreachable(Exception e) {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        LOG.severe("Art28 cannot reach its database at " + settings.url() + " as " + settings.user() + ": "
                + Database.rootMessage(e) + ". Check ART28_DB_URL, ART28_DB_USER and ART28_DB_PASSWORD. Stopping.");
        Runtime.getRuntime().halt(3);
    }

    /** The pool may pass the definition's (empty) credentials: the configured ones are the ones that count. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
