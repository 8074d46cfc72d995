package eu.art28.coverage.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.agreements.entity.Term;
import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.catalogue.entity.Kind;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.Sql;
import eu.art28.processors.entity.RiskTier;

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
        String where = processorIds == null ? "" : " where a.processor_id in (" + Sql.placeholders(processorIds) + ")";
        try (Connection connection = dataSource.getConnection()) {
            List<Map<Long, List<String>>> collections = Sql.collections(connection, processorIds,
                    ofAgreements("agreement_purpose", "c.code", where),
                    ofAgreements("agreement_data_category", "c.code", where),
                    ofAgreements("agreement_data_subject", "c.code", where),
                    ofAgreements("agreement_country", "c.country", where),
                    ofAgreements("agreement_safeguard", "concat(c.country, ':', c.safeguard)", where),
                    ofAgreements("agreement_clause", "c.clause", where) + (where.isEmpty() ? " where" : " and")
                            + " c.clause = 'B_CONFIDENTIALITY' and c.present = true");
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
            try (PreparedStatement statement = Sql.prepare(connection, "select a.id, a.processor_id, a.reference,"
                    + " a.revision, a.status, a.effective_from, a.expires_on, a.tacit_renewal, a.renewal_term_months,"
                    + " a.notice_period_days, a.terminated_on, a.superseded_on, a.special_categories, a.sub_processing from agreement a"
                    + where, processorIds);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    AgreementStatus status = AgreementStatus.valueOf(rows.getString(5));
                    Term term = new Term(status, Sql.date(rows, 6), Sql.date(rows, 7),
                            rows.getBoolean(8), Sql.integer(rows, 9), Sql.integer(rows, 10), Sql.date(rows, 11),
                            Sql.date(rows, 12));
                    // shown later in the reader's language: "DPA-2026-043 r1 (approved)", "... versie 1 (goedgekeurd)"
                    String label = Messages.stored("agreement.lookedAt", rows.getString(3), rows.getInt(4), status);
                    byProcessor.computeIfAbsent(rows.getLong(2), p -> new ArrayList<>()).add(new AgreementScope(id,
                            label, term, Sql.values(purposes, id), Sql.values(categories, id),
                            Sql.values(subjects, id), rows.getBoolean(13),
                            Sql.values(countries, id), safeguards.getOrDefault(id, Map.of()),
                            SubProcessing.valueOf(rows.getString(14)), collections.get(5).containsKey(id)));
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
                : (ids != null ? " where e.id in (" : " where e.processor_id in (") + Sql.placeholders(parameter) + ")";
        return engagements(where, parameter);
    }

    /**
     * The engagements that may serve a purpose of this root or beneath it: those with a purpose of the same root
     * (an engagement for {@code e} serves {@code e.mailing} and one for {@code e.mailing} part of {@code e}, never
     * one for {@code b}), so that the register reads one tree of purposes at a time. More than serve, never fewer:
     * {@link Recipients#uses} decides.
     */
    public List<EngagementScope> engagementsUnder(String root) {
        return engagements(" where e.id in (select u.engagement_id from engagement_purpose u where u.code = ?"
                + " or u.code like ?)", List.of(root, root + ".%"));
    }

    private List<EngagementScope> engagements(String where, Collection<?> parameter) {
        try (Connection connection = dataSource.getConnection()) {
            List<Map<Long, List<String>>> collections = Sql.collections(connection, parameter,
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
            Map<Long, RiskTier> tiers = new HashMap<>();
            try (PreparedStatement statement = Sql.prepare(connection, parameter == null
                    ? "select p.id, p.name, p.risk_tier from processor p"
                    : "select p.id, p.name, p.risk_tier from processor p where p.id in (select e.processor_id"
                            + " from engagement e" + where + ")", parameter);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getLong(1), rows.getString(2));
                    tiers.put(rows.getLong(1), rows.getString(3) == null ? null : RiskTier.valueOf(rows.getString(3)));
                }
            }
            List<EngagementScope> engagements = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, "select e.id, e.processor_id, e.description,"
                    + " e.starts_on, e.ends_on, e.original_purpose, e.data_subject_count from engagement e" + where,
                    parameter);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long processor = rows.getLong(2);
                    engagements.add(new EngagementScope(id, processor, rows.getString(3) + " (" + names.get(processor)
                            + ")", Sql.values(purposes, id), Sql.values(categories, id), Sql.values(subjects, id),
                            Sql.values(countries, id), Sql.date(rows, 4), Sql.date(rows, 5), rows.getString(6),
                            tiers.get(processor), rows.getObject(7, Long.class)));
                }
            }
            return engagements;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the engagements' scopes", e);
        }
    }

    /** The names of these processors, by id. */
    public Map<Long, String> processorNames(Collection<Long> processorIds) {
        Map<Long, String> names = new HashMap<>();
        if (processorIds.isEmpty()) {
            return names;
        }
        Sql.eachRow(dataSource, "select p.id, p.name from processor p"
                + " where p.id in (" + Sql.placeholders(processorIds) + ")", processorIds, rows -> {
            names.put(rows.getLong(1), rows.getString(2));
        }, "Could not read the processors' names");
        return names;
    }

    /**
     * The ids of the engagements that use this code or one beneath it; for a purpose also those whose data was
     * collected for it, whose further use its compatible purposes decide.
     */
    public List<Long> engagementsUsing(Kind kind, String code) {
        String table = switch (kind) {
            case PURPOSE -> "engagement_purpose";
            case DATA_CATEGORY -> "engagement_data_category";
            case DATA_SUBJECT -> "engagement_data_subject";
        };
        String collected = kind == Kind.PURPOSE
                ? " union select id from engagement where original_purpose = ? or original_purpose like ?" : "";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select distinct engagement_id from "
                        + table + " where code = ? or code like ?" + collected)) {
            statement.setString(1, code);
            statement.setString(2, code + ".%");
            if (!collected.isEmpty()) {
                statement.setString(3, code);
                statement.setString(4, code + ".%");
            }
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

    /** The data category codes the catalogue flags special (Art. 9) or criminal (Art. 10). */
    public SensitiveCategories sensitiveCategories() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select code, special, criminal from data_category where special = true or criminal = true");
                ResultSet rows = statement.executeQuery()) {
            Set<String> special = new HashSet<>();
            Set<String> criminal = new HashSet<>();
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    special.add(rows.getString(1));
                }
                if (rows.getBoolean(3)) {
                    criminal.add(rows.getString(1));
                }
            }
            return new SensitiveCategories(special, criminal);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the special and criminal categories", e);
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
}
