package eu.art28.risk.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import eu.art28.alerts.entity.Rule;
import eu.art28.incidents.entity.Incident;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Sql;
import eu.art28.processors.entity.ReviewOutcome;
import eu.art28.processors.entity.RiskTier;

/**
 * What risk reads and writes besides coverage's read models, set-based over JDBC like them (a fixed number of
 * statements for one processor or for all): the processors' services, last reviews and open alerts, and the
 * stored scores with their history.
 */
@ApplicationScoped
public class RiskReads {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** A processor as scoring needs it. */
    public record ProcessorRow(long id, RiskTier tier, boolean overridden, List<String> services,
            RiskInput.LastReview lastReview, List<RiskInput.OpenAlert> alerts, RiskInput.Questionnaire questionnaire,
            List<RiskInput.Breach> breaches) {
    }

    /** The score stored for a processor. */
    public record Stored(long processorId, int inherent, int residual, RiskTier tier, int policyVersion,
            Instant scoredAt) {
    }

    /**
     * These processors (all when null), with their services, last review, open alerts, questionnaire score and the
     * breaches reported by them or at them.
     */
    public List<ProcessorRow> processors(Collection<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        String in = ids == null ? "" : " in (" + Sql.placeholders(ids) + ")";
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, List<String>> services = Sql.collections(connection, ids, "select s.processor_id, s.service"
                    + " from processor_service s" + (ids == null ? "" : " where s.processor_id" + in)).get(0);
            Map<Long, RiskInput.LastReview> reviews = new HashMap<>();
            try (PreparedStatement statement = Sql.prepare(connection, "select r.processor_id, r.id, r.outcome,"
                    + " r.reviewed_on from processor_review r" + (ids == null ? "" : " where r.processor_id" + in)
                    + " order by r.reviewed_on, r.id", ids);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reviews.put(rows.getLong(1), new RiskInput.LastReview(rows.getLong(2),
                            ReviewOutcome.valueOf(rows.getString(3)), Sql.date(rows, 4)));
                }
            }
            Map<Long, List<RiskInput.OpenAlert>> alerts = new HashMap<>();
            try (PreparedStatement statement = Sql.prepare(connection, "select a.processor_id, a.id, a.rule"
                    + " from alert a where a.status <> 'RESOLVED'" + (ids == null ? "" : " and a.processor_id" + in)
                    + " order by a.id", ids);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Rule rule = Rule.valueOf(rows.getString(3));
                    alerts.computeIfAbsent(rows.getLong(1), p -> new ArrayList<>())
                            .add(new RiskInput.OpenAlert(rows.getLong(2), rule, rule.severity()));
                }
            }
            Map<Long, List<RiskInput.Breach>> breaches = breaches(connection, ids, in);
            List<ProcessorRow> processors = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, "select p.id, p.risk_tier, p.risk_tier_overridden,"
                    + " p.questionnaire_score, p.questionnaire_scored_on, p.questionnaire_request_id from processor p"
                    + (ids == null ? "" : " where p.id" + in), ids);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    int score = rows.getInt(4);
                    RiskInput.Questionnaire questionnaire = rows.wasNull() ? null
                            : new RiskInput.Questionnaire(rows.getLong(6), score, Sql.date(rows, 5));
                    processors.add(new ProcessorRow(id, RiskTier.valueOf(rows.getString(2)), rows.getBoolean(3),
                            services.getOrDefault(id, List.of()), reviews.get(id),
                            alerts.getOrDefault(id, List.of()), questionnaire, breaches.getOrDefault(id, List.of())));
                }
            }
            return processors;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the processors for their risk", e);
        }
    }

    /**
     * The breaches of these processors (all when null): each counts for the processor that reported it and, when it
     * happened at a sub-processor, for that one too. Open: not decided, or a follow-up action not done.
     */
    private static Map<Long, List<RiskInput.Breach>> breaches(Connection connection, Collection<Long> ids, String in)
            throws SQLException {
        String columns = ", i.id, i.aware_at, i.subjects_informed, i.decided_at is null or exists (select 1 from"
                + " incident_action a where a.incident_id = i.id and a.done_on is null) from incident i";
        Map<Long, List<RiskInput.Breach>> breaches = new HashMap<>();
        List<Long> parameters = new ArrayList<>();
        if (ids != null) {
            parameters.addAll(ids);
            parameters.addAll(ids);
        }
        try (PreparedStatement statement = Sql.prepare(connection, "select i.processor_id" + columns
                + (ids == null ? "" : " where i.processor_id" + in) + " union all select i.source_processor_id"
                + columns + " where i.source_processor_id <> i.processor_id"
                + (ids == null ? "" : " and i.source_processor_id" + in), parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                breaches.computeIfAbsent(rows.getLong(1), p -> new ArrayList<>()).add(new RiskInput.Breach(
                        rows.getLong(2), rows.getTimestamp(3).toInstant().atZone(Incident.ZONE).toLocalDate(),
                        rows.getBoolean(4), rows.getBoolean(5)));
            }
        }
        return breaches;
    }

    /** The scores stored for these processors (all when null), by processor. */
    public Map<Long, Stored> stored(Collection<Long> ids) {
        Map<Long, Stored> stored = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return stored;
        }
        Sql.eachRow(dataSource, "select s.processor_id, s.inherent,"
                + " s.residual, s.tier, s.policy_version, s.scored_at from risk_score s"
                + (ids == null ? "" : " where s.processor_id in (" + Sql.placeholders(ids) + ")"), ids, rows -> {
            stored.put(rows.getLong(1), new Stored(rows.getLong(1), rows.getInt(2), rows.getInt(3),
                    RiskTier.valueOf(rows.getString(4)), rows.getInt(5), rows.getTimestamp(6).toInstant()));
        }, "Could not read the risk scores");
        return stored;
    }

    /**
     * Stores the scores that differ from what is stored (figures or policy version), in batches, with a row of history
     * where the figures changed; what did not change is not written at all.
     */
    public void store(Map<Long, RiskScore> scores, Map<Long, Stored> before, Instant at, String cause) {
        List<Map.Entry<Long, RiskScore>> changed = scores.entrySet().stream().filter(e -> {
            Stored was = before.get(e.getKey());
            return was == null || e.getValue().differsFrom(was.inherent(), was.residual(), was.tier())
                    || e.getValue().policyVersion() != was.policyVersion();
        }).sorted(Map.Entry.comparingByKey()).toList(); // rows locked in one order: scorings at once do not deadlock
        if (changed.isEmpty()) {
            return;
        }
        Timestamp time = Timestamp.from(at);
        String why = cause == null ? null : cause.length() > 500 ? cause.substring(0, 500) : cause;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update risk_score set inherent = ?,"
                        + " residual = ?, tier = ?, policy_version = ?, scored_at = ? where processor_id = ?");
                PreparedStatement insert = connection.prepareStatement("insert into risk_score (inherent, residual,"
                        + " tier, policy_version, scored_at, processor_id) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement history = connection.prepareStatement("insert into risk_history (processor_id,"
                        + " inherent, residual, tier, policy_version, scored_at, cause) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, RiskScore> entry : changed) {
                RiskScore score = entry.getValue();
                PreparedStatement statement = before.containsKey(entry.getKey()) ? update : insert;
                statement.setInt(1, score.inherent());
                statement.setInt(2, score.residual());
                statement.setString(3, score.tier().name());
                statement.setInt(4, score.policyVersion());
                statement.setTimestamp(5, time);
                statement.setLong(6, entry.getKey());
                statement.addBatch();
                Stored was = before.get(entry.getKey());
                if (was != null && !score.differsFrom(was.inherent(), was.residual(), was.tier())) {
                    continue; // only the policy version changed: the score says so, the trend has nothing new
                }
                history.setLong(1, entry.getKey());
                history.setInt(2, score.inherent());
                history.setInt(3, score.residual());
                history.setString(4, score.tier().name());
                history.setInt(5, score.policyVersion());
                history.setTimestamp(6, time);
                history.setString(7, why);
                history.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
            history.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not store the risk scores", e);
        }
    }

    /** A processor's scores over time, oldest first. */
    public List<Stored> history(long processorId) {
        List<Stored> history = new ArrayList<>();
        Sql.eachRow(dataSource, "select h.processor_id, h.inherent,"
                + " h.residual, h.tier, h.policy_version, h.scored_at from risk_history h"
                + " where h.processor_id = ? order by h.scored_at, h.id", List.of(processorId), rows -> {
            history.add(new Stored(rows.getLong(1), rows.getInt(2), rows.getInt(3),
                    RiskTier.valueOf(rows.getString(4)), rows.getInt(5), rows.getTimestamp(6).toInstant()));
        }, "Could not read the risk history");
        return history;
    }

    /** The newest stored policy's settings, or null before the first is stored. */
    public String newestPolicy() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select settings from risk_policy order by version desc");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the risk policy", e);
        }
    }

    /** A version Art28 stores itself (the defaults, completed defaults after an upgrade), by the system. */
    public void storePolicy(RiskPolicy policy, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "insert into risk_policy (version, settings, created_at, created_by) values (?, ?, ?, ?)")) {
            statement.setInt(1, policy.version());
            statement.setString(2, policy.text());
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setString(4, eu.art28.platform.control.Caller.SYSTEM);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not store the risk policy", e);
        }
    }

    /** The active processors by stored inherent and residual score: a count per pair of figures. */
    public Map<List<Integer>, Long> activeByScores() {
        Map<List<Integer>, Long> counts = new HashMap<>();
        Sql.eachRow(dataSource, "select s.inherent, s.residual, count(*) from risk_score s join processor p"
                + " on p.id = s.processor_id where p.status = 'ACTIVE' group by s.inherent, s.residual", null,
                rows -> counts.put(List.of(rows.getInt(1), rows.getInt(2)), rows.getLong(3)),
                "Could not count the risk scores");
        return counts;
    }

    /** An active processor with its stored score, for the list of a heat map's cell. */
    public record Scored(long id, String name, int inherent, int residual, RiskTier tierInForce) {
    }

    /** How many active processors have scores within both ranges (inclusive). */
    public long countWithin(int[] inherent, int[] residual) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = within(connection, "select count(*)", "", inherent, residual, 0, 0);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("Could not count the risk scores", e);
        }
    }

    /** A page of the active processors with scores within both ranges, highest residual risk first. */
    public List<Scored> within(int[] inherent, int[] residual, int first, int size) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = within(connection, "select p.id, p.name, s.inherent, s.residual,"
                        + " p.risk_tier", " order by s.residual desc, s.inherent desc, p.name, p.id limit ? offset ?",
                        inherent, residual, size, first);
                ResultSet rows = statement.executeQuery()) {
            List<Scored> scored = new ArrayList<>();
            while (rows.next()) {
                scored.add(new Scored(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                        RiskTier.valueOf(rows.getString(5))));
            }
            return scored;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the risk scores", e);
        }
    }

    private static PreparedStatement within(Connection connection, String select, String tail, int[] inherent,
            int[] residual, int size, int first) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(select + " from risk_score s join processor p"
                + " on p.id = s.processor_id where p.status = 'ACTIVE' and s.inherent between ? and ?"
                + " and s.residual between ? and ?" + tail);
        statement.setInt(1, inherent[0]);
        statement.setInt(2, inherent[1]);
        statement.setInt(3, residual[0]);
        statement.setInt(4, residual[1]);
        if (!tail.isEmpty()) {
            statement.setInt(5, size);
            statement.setInt(6, first);
        }
        return statement;
    }
}
