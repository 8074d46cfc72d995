package eu.art28.deletion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.platform.control.DatabaseSettings;

/**
 * The deletion list's read model kept on the embedded database, as the app keeps it there (H2 in MariaDB mode): what
 * ended of a processor replaces what was kept of it and of nobody else. That two processors kept at once on MariaDB
 * do not wait for each other is tested on MariaDB (DeletionIT).
 */
class ProcessingEndsTest {

    static final LocalDate END = LocalDate.of(2026, 10, 31);

    static JdbcDataSource h2;

    @BeforeAll
    static void migrated() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ends" + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                .placeholders(Map.of("table_options", new DatabaseSettings("jdbc:h2:mem:ends", "sa", "", true)
                        .tableOptions())).load().migrate();
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            for (long id = 1; id <= 2; id++) {
                statement.executeUpdate("insert into processor (id, name, country, risk_tier, status, created_at,"
                        + " updated_at) values (" + id + ", 'Printing house " + id + "', 'NL', 'LOW', 'ACTIVE',"
                        + " current_timestamp, current_timestamp)");
            }
        }
    }

    static EndedProcessing engagement(long id, long processor, String label, LocalDate endedOn, DeletionState state) {
        return new EndedProcessing(Kind.ENGAGEMENT, id, processor, "Printing house " + processor, label, endedOn,
                endedOn.plusDays(30), state, null, List.of());
    }

    static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = connection.createStatement().executeQuery("select subject, processor_id, label,"
                + " ended_on, confirmed from ended_processing order by subject")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getLong(2) + " " + result.getString(3) + " "
                        + result.getDate(4) + " " + result.getBoolean(5));
            }
        }
        return rows;
    }

    @Test
    void whatEndedOfAProcessorReplacesWhatWasKeptOfItAndOfNobodyElse() throws SQLException {
        try (Connection connection = h2.getConnection()) {
            ProcessingEnds.keep(connection, null, List.of());
            ProcessingEnds.keep(connection, 1L, List.of(engagement(11, 1, "Mailing", END, DeletionState.OVERDUE),
                    engagement(12, 1, "Archive", END, DeletionState.OVERDUE)));
            ProcessingEnds.keep(connection, 2L, List.of(engagement(21, 2, "Payroll", END, DeletionState.AWAITING)));
            assertEquals(List.of("engagement:11 1 Mailing 2026-10-31 false", "engagement:12 1 Archive 2026-10-31 false",
                    "engagement:21 2 Payroll 2026-10-31 false"), rows(connection));

            // 11 no longer ended, 12 renamed, ended later and confirmed (updated where it is), 13 new; processor 2
            // untouched
            ProcessingEnds.keep(connection, 1L, List.of(engagement(13, 1, "Print run", END, DeletionState.OVERDUE),
                    engagement(12, 1, "Archive of mailings", END.plusDays(1), DeletionState.CONFIRMED)));
            assertEquals(List.of("engagement:12 1 Archive of mailings 2026-11-01 true",
                    "engagement:13 1 Print run 2026-10-31 false", "engagement:21 2 Payroll 2026-10-31 false"),
                    rows(connection));

            // the daily scan keeps everyone's at once: what it did not judge ended leaves
            ProcessingEnds.keep(connection, null, List.of(engagement(21, 2, "Payroll", END, DeletionState.AWAITING),
                    engagement(13, 1, "Print run", END, DeletionState.OVERDUE)));
            assertEquals(List.of("engagement:13 1 Print run 2026-10-31 false",
                    "engagement:21 2 Payroll 2026-10-31 false"), rows(connection));
        }
    }
}
