package eu.art28.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bulk insert into one table: rows are collected and written as multi-row {@code INSERT ... VALUES (..),(..)}
 * statements of up to {@link #ROWS_PER_STATEMENT} rows, so 100k rows cost about 100 round trips, not 100k.
 * Written by hand rather than left to a driver option, so it does not depend on the Connector/J version.
 */
final class Rows implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 1000;

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int width;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement full;

    Rows(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = String.join(", ", columns);
        this.width = columns.length;
    }

    void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        PreparedStatement statement;
        boolean reuse = pending.size() == ROWS_PER_STATEMENT;
        if (reuse) {
            if (full == null) {
                full = connection.prepareStatement(insert(ROWS_PER_STATEMENT));
            }
            statement = full;
        } else {
            statement = connection.prepareStatement(insert(pending.size()));
        }
        try {
            int index = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    bind(statement, index++, value);
                }
            }
            statement.executeUpdate();
        } finally {
            if (!reuse) {
                statement.close();
            }
        }
        pending.clear();
    }

    private String insert(int rows) {
        String one = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, one));
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof Boolean bool) {
            statement.setBoolean(index, bool);
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }
}
