package eu.art28.coverage.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.agreements.entity.TransferSafeguard;
import eu.art28.catalogue.entity.Kind;
import eu.art28.platform.control.Database;

/**
 * Reads the engine's read models in a fixed number of set-based queries, whatever the number of agreements
 * or engagements: one for the rows, one per collection. Never one query per record.
 *
 * <p>Plain SQL over JDBC rather than JPQL: the read models are flat rows, and for a full scan of 100k engagements
 * (about 600k rows) EclipseLink's report queries took three times as long as the same rows over JDBC, with a join
 * per collection row that only filtering needs (docs/decisions.md). Inside a transaction the container hands out
 * the transaction's own connection, so what the caller flushed just before (an approval, a stored engagement) is
 * what these queries see; callers flush before they ask. Outside a transaction (the what-if) any connection does.
 */
@ApplicationScoped
public class Scopes {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public Scopes() {
    }

    /** Outside the container, such as the benchmark: the same queries on any data source. */
    public Scopes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The agreements of these processors (all processors when {@code processorIds} is null), by processor. */
    public Map<Long, List<AgreementScope>> agreementsByProcessor(Collection<Long> processorIds) {
        if (processorIds != null && processorIds.isEmpty()) {
            return new HashMap<>();
        }
        String where = processorIds == null ? "" : " where a.processor_id in (" + placeholders(processorIds) + ")";
        try (Connection connection = dataSource.getConnection()) {
            List<Map<Long, List<String>>> collections = collections(connection, processorIds,
                    ofAgreements("agreement_purpose", "c.code", where),
                    ofAgreements("agreement_data_category", "c.code", where),
                    ofAgreements("agreement_data_subject", "c.code", where),
                    ofAgreements("agreement_country", "c.country", where),
                    ofAgreements("agreement_safeguard", "concat(c.country, ':', c.safeguard)", where));
            Map<Long, List<String>> purposes = collections.get(0);
            Map<Long, List<String>> categories = collections.get(1);
            Map<Long, List<String>> subjects = collections.get(2);
            Map<Long, List<String>> countries = collections.get(3);
            Map<Long, Map<String, TransferSafeguard>> safeguards = new HashMap<>();
            collections.get(4).forEach((agreement, pairs) -> pairs.forEach(pair -> {
                int colon = pair.indexOf(':');
                safeguards.computeIfAbsent(agreement, id -> new HashMap<>())
                        .put(pair.substring(0, colon), TransferSafeguard.valueOf(pair.substring(colon + 1)));
            }));
            Map<Long, List<AgreementScope>> byProcessor = new HashMap<>();
            try (PreparedStatement statement = prepare(connection, "select a.id, a.processor_id, a.reference,"
                    + " a.revision, a.status, a.effective_from, a.expires_on, a.tacit_renewal, a.renewal_term_months,"
                    + " a.notice_period_days, a.terminated_on, a.superseded_on, a.special_categories from agreement a"
                    + where, processorIds);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    AgreementStatus status = AgreementStatus.valueOf(rows.getString(5));
                    Term term = new Term(status, date(rows, 6), date(rows, 7),
                            rows.getBoolean(8), integer(rows, 9), integer(rows, 10), date(rows, 11),
                            date(rows, 12));
                    String label = rows.getString(3) + " r" + rows.getInt(4) + " ("
                            + status.name().toLowerCase().replace('_', ' ') + ")";
                    byProcessor.computeIfAbsent(rows.getLong(2), p -> new ArrayList<>()).add(new AgreementScope(id,
                            label, term, set(purposes, id), set(categories, id),
                            set(subjects, id), rows.getBoolean(13),
                            set(countries, id), safeguards.getOrDefault(id, Map.of())));
                }
            }
            return byProcessor;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the agreements' scopes", e);
        }
    }

    /** Engagements by id, or of these processors, or all (both arguments null). */
    public List<EngagementScope> engagements(Collection<Long> ids, Collection<Long> processorIds) {
        Collection<Long> parameter = ids != null ? ids : processorIds;
        if (parameter != null && parameter.isEmpty()) {
            return new ArrayList<>();
        }
        String where = parameter == null ? ""
                : (ids != null ? " where e.id in (" : " where e.processor_id in (") + placeholders(parameter) + ")";
        try (Connection connection = dataSource.getConnection()) {
            List<Map<Long, List<String>>> collections = collections(connection, parameter,
                    ofEngagements("engagement_purpose", "c.code", where),
                    ofEngagements("engagement_data_category", "c.code", where),
                    ofEngagements("engagement_data_subject", "c.code", where),
                    ofEngagements("engagement_country", "c.country", where));
            Map<Long, List<String>> purposes = collections.get(0);
            Map<Long, List<String>> categories = collections.get(1);
            Map<Long, List<String>> subjects = collections.get(2);
            Map<Long, List<String>> countries = collections.get(3);
            // the processors' names apart: joining them costs the database a look-up per engagement
            Map<Long, String> names = new HashMap<>();
            try (PreparedStatement statement = prepare(connection, parameter == null
                    ? "select p.id, p.name from processor p"
                    : "select p.id, p.name from processor p where p.id in (select e.processor_id from engagement e"
                            + where + ")", parameter);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getLong(1), rows.getString(2));
                }
            }
            List<EngagementScope> engagements = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "select e.id, e.processor_id, e.description,"
                    + " e.starts_on, e.ends_on from engagement e" + where, parameter);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long processor = rows.getLong(2);
                    engagements.add(new EngagementScope(id, processor, rows.getString(3) + " (" + names.get(processor)
                            + ")", set(purposes, id), set(categories, id), set(subjects, id), set(countries, id),
                            date(rows, 4), date(rows, 5)));
                }
            }
            return engagements;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the engagements' scopes", e);
        }
    }

    /** The ids of the engagements that use this code or one beneath it. */
    public List<Long> engagementsUsing(Kind kind, String code) {
        String table = switch (kind) {
            case PURPOSE -> "engagement_purpose";
            case DATA_CATEGORY -> "engagement_data_category";
            case DATA_SUBJECT -> "engagement_data_subject";
        };
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select distinct engagement_id from "
                        + table + " where code = ? or code like ?")) {
            statement.setString(1, code);
            statement.setString(2, code + ".%");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Could not find the engagements that use " + code, e);
        }
    }

    /** The data category codes flagged as special categories (Art. 9) in the catalogue. */
    public Set<String> specialCategories() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select code from data_category where special = true");
                ResultSet rows = statement.executeQuery()) {
            Set<String> codes = new HashSet<>();
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
            return Set.copyOf(codes);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the special categories", e);
        }
    }

    /**
     * The rows {@code (agreement id, values)} of one collection table. Unfiltered, the table alone: joining its
     * owner only to filter nothing costs the database a look-up per row (five times the plain read on 100k rows).
     */
    private static String ofAgreements(String table, String values, String where) {
        return "select c.agreement_id, " + values + " from " + table + " c"
                + (where.isEmpty() ? "" : " join agreement a on a.id = c.agreement_id" + where);
    }

    /** The rows {@code (engagement id, values)} of one collection table; see {@link #ofAgreements}. */
    private static String ofEngagements(String table, String values, String where) {
        return "select c.engagement_id, " + values + " from " + table + " c"
                + (where.isEmpty() ? "" : " join engagement e on e.id = c.engagement_id" + where);
    }

    /**
     * The values of several collections by owner, in one round trip (a {@code union all} of their queries, each
     * with the same parameters): the re-evaluation after one change is mostly round trips. Small lists, not sets
     * (the read models copy them into immutable sets), and each distinct code held once: a hundred thousand
     * engagements name a few dozen codes half a million times.
     */
    private static List<Map<Long, List<String>>> collections(Connection connection, Collection<Long> ids,
            String... queries) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Long> parameters = new ArrayList<>();
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

    private static PreparedStatement prepare(Connection connection, String sql, Collection<Long> ids)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = 1;
            for (Long id : ids == null ? List.<Long>of() : ids) {
                statement.setLong(index++, id);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static String placeholders(Collection<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    /** Immutable already, so the read model's own copy is the same set: copied once. */
    private static Set<String> set(Map<Long, List<String>> values, long id) {
        List<String> list = values.get(id);
        return list == null ? Set.of() : Set.copyOf(list);
    }

    /**
     * Through {@code getDate}: the container's JDBC wrapper answers {@code getObject(column, LocalDate.class)} by
     * looking the method up reflectively on every call, a third of the time of reading 100k engagements.
     */
    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        java.sql.Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
