package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on the embedded database as the app runs it (H2 in MariaDB mode); the integration tests
 * run them on MariaDB. A migration written in a dialect only MariaDB speaks fails here first.
 */
class EmbeddedMigrationsTest {

    @Test
    void everyMigrationRunsOnTheEmbeddedDatabase() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations" + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:x", "sa", "", true);
        Flyway flyway = Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                .placeholders(Map.of("table_options", settings.tableOptions())).load();

        int applied = flyway.migrate().migrationsExecuted;

        int files = new File("src/main/resources/db/migration").list((dir, name) -> name.endsWith(".sql")).length
                + new File("src/main/java/db/migration").list((dir, name) -> name.endsWith(".java")).length;
        assertEquals(files, applied, "every migration applied, in SQL and in Java");
        try (Connection connection = h2.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from purpose_compatible")) {
            assertTrue(rows.next() && rows.getInt(1) >= 5, "the statement's compatibilities are seeded");
        }
        try (Connection connection = h2.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select next value for alert_seq")) {
            assertTrue(rows.next() && rows.getLong(1) == 50, "alerts' ids come from a sequence, a block at a time");
        }
    }
}
