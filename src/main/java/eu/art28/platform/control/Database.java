package eu.art28.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything touches JPA, then announces {@link SchemaReady}
 * so that features can load their sample data. Bean-managed transactions: Flyway commits itself, and inside
 * a container transaction MariaDB refuses its DDL (XAER_RMFAIL).
 *
 * <p>The pool checks every connection with {@link java.sql.Connection#isValid} before it lends it
 * ({@code JDBC40ConnectionValidation}: a ping, and false at once for a connection the driver already knows is
 * closed). Meta-data validation, used before, only asks the driver for an object it holds anyway, so after a
 * MariaDB restart the pool kept lending the dead connections and every request failed until Art28 was restarted.
 * A failed check discards every pooled connection (fail-all-connections), so the pool is rebuilt by the first
 * request after the database is back.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "eu.art28.platform.control.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/art28";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile String failure;
    private DatabaseSettings settings;

    @PostConstruct
    void migrate() {
        settings = DatabaseSettings.fromConfig();
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("table_options", settings.tableOptions()))
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            String version = flyway.info().current().getVersion().getVersion();
            LOG.info(() -> "Database " + settings + " is at schema version " + version + " (" + applied
                    + " migrations applied now)");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "migration failure", e);
            fail("Art28 could not migrate the schema of " + settings.url() + ": " + rootMessage(e));
            return;
        }
        // the demo loaders and first scans run at start-up, when nobody is logged in
        RoleGuard.asSystem(() -> schemaReady.fire(new SchemaReady(settings.embedded())));
    }

    private void fail(String message) {
        failure = message;
        LOG.severe(message);
    }

    /** Empty while the database is usable; otherwise the one line that says why not. */
    public String failure() {
        return failure;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
