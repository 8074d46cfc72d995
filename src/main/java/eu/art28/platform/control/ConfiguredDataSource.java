package eu.art28.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The class named in {@link Database}'s data source definition. Payara pools it; it picks the real driver
 * from configuration at the first connection, because an annotation cannot choose between two driver
 * classes and an empty MariaDB password is not a value MicroProfile Config can hand to an annotation.
 */
public class ConfiguredDataSource implements DataSource {

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
        return target().getConnection();
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
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
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
