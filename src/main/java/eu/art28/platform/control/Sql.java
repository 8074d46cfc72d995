package eu.art28.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;

/** What the set-based readers of read models (coverage scopes, the sub-processor chain) share over plain JDBC. */
public final class Sql {

    private Sql() {
    }

    /**
     * The values of several collections by owner, in one round trip (a {@code union all} of their queries, each
     * with the same parameters): the re-evaluation after one change is mostly round trips. Small lists, not sets
     * (the read models copy them into immutable sets), and each distinct code held once: a hundred thousand
     * engagements name a few dozen codes half a million times.
     */
    public static List<Map<Long, List<String>>> collections(Connection connection, Collection<?> ids,
            String... queries) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        List<Map<Long, List<String>>> collections = new ArrayList<>();
        for (int i = 0; i < queries.length; i++) {
            sql.append(i == 0 ? "" : " union all ").append(queries[i].replaceFirst("^select ", "select " + i + ", "));
            if (ids != null) {
                parameters.addAll(ids);
            }
            collections.add(new HashMap<>());
        }
        Map<String, String> distinct = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String code = distinct.computeIfAbsent(rows.getString(3), c -> c);
                collections.get(rows.getInt(1)).computeIfAbsent(rows.getLong(2), id -> new ArrayList<>(2)).add(code);
            }
        }
        return collections;
    }

    /** What a reader makes of one row of a query's result. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a query on a connection of its own and hands each row to {@code reader}; when the database fails, a
     * {@link PersistenceException} that says {@code failure}, as every reader of a read model answers.
     */
    public static void eachRow(DataSource source, String sql, Collection<?> parameters, RowReader reader,
            String failure) {
        try (Connection connection = source.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new PersistenceException(failure, e);
        }
    }

    /** Ids as longs; a reader that filters by code passes strings; days, flags and limits as themselves. */
    public static PreparedStatement prepare(Connection connection, String sql, Collection<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = 1;
            for (Object parameter : parameters == null ? List.of() : parameters) {
                if (parameter instanceof Long id) {
                    statement.setLong(index++, id);
                } else if (parameter instanceof LocalDate day) {
                    statement.setDate(index++, java.sql.Date.valueOf(day));
                } else if (parameter instanceof Boolean flag) {
                    statement.setBoolean(index++, flag);
                } else if (parameter instanceof Integer number) {
                    statement.setInt(index++, number);
                } else {
                    statement.setString(index++, (String) parameter);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    public static String placeholders(Collection<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    /** Immutable already, so the read model's own copy is the same set: copied once. */
    public static Set<String> values(Map<Long, List<String>> values, long id) {
        List<String> list = values.get(id);
        return list == null ? Set.of() : Set.copyOf(list);
    }

    /**
     * Through {@code getDate}: the container's JDBC wrapper answers {@code getObject(column, LocalDate.class)} by
     * looking the method up reflectively on every call, a third of the time of reading 100k engagements.
     */
    public static LocalDate date(ResultSet rows, int column) throws SQLException {
        java.sql.Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
