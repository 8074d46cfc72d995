package eu.art28.deletion.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.deletion.control.DeletionPolicy.AgreementTerm;
import eu.art28.deletion.control.DeletionPolicy.EngagementEnd;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Sql;

/**
 * Reads what may have ended, set-based over JDBC like the expiry dates and the coverage scopes: three queries
 * whatever the number of processors (engagements that ended, the agreement versions that decide whether an agreement
 * ended, and the retention of their purposes). Offboarded processors are read too: offboarding is when the data
 * must go. Inside a transaction this is the transaction's connection, so what the caller flushed is seen.
 */
@ApplicationScoped
public class ProcessingEnds {

    /** Versions that can end or can carry the processing on; drafts, reviews and rejections never governed it. */
    private static final String DECIDED = "('APPROVED', 'TERMINATED', 'SUPERSEDED')";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** What was read for these processors (all when null). */
    public record Facts(List<EngagementEnd> engagements, List<AgreementTerm> agreements) {
    }

    public Facts read(Collection<Long> processorIds, LocalDate today) {
        if (processorIds != null && processorIds.isEmpty()) {
            return new Facts(List.of(), List.of());
        }
        String engagementsOf = processorIds == null ? ""
                : " and e.processor_id in (" + Sql.placeholders(processorIds) + ")";
        String agreementsOf = processorIds == null ? ""
                : " and a.processor_id in (" + Sql.placeholders(processorIds) + ")";
        List<Long> ids = processorIds == null ? List.of() : List.copyOf(processorIds);
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<Retention>> retention = retention(connection, engagementsOf, agreementsOf, ids, today);
            List<EngagementEnd> engagements = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "select e.id, e.processor_id, p.name,"
                    + " e.description, e.ends_on from engagement e join processor p on p.id = e.processor_id"
                    + " where e.ends_on < ?" + engagementsOf, today, ids);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    engagements.add(new EngagementEnd(id, rows.getLong(2), rows.getString(3), rows.getString(4),
                            Sql.date(rows, 5), retention.getOrDefault("e" + id, List.of())));
                }
            }
            List<AgreementTerm> agreements = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "select a.id, a.processor_id, p.name, a.reference,"
                    + " a.revision, a.status, a.effective_from, a.expires_on, a.tacit_renewal, a.renewal_term_months,"
                    + " a.notice_period_days, a.terminated_on, a.superseded_on from agreement a"
                    + " join processor p on p.id = a.processor_id where a.status in " + DECIDED + agreementsOf,
                    null, ids);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Term term = new Term(AgreementStatus.valueOf(rows.getString(6)), Sql.date(rows, 7),
                            Sql.date(rows, 8), rows.getBoolean(9), Sql.integer(rows, 10), Sql.integer(rows, 11),
                            Sql.date(rows, 12), Sql.date(rows, 13));
                    agreements.add(new AgreementTerm(id, rows.getLong(2), rows.getString(3), rows.getString(4) + " r"
                            + rows.getInt(5), term, retention.getOrDefault("a" + id, List.of())));
                }
            }
            return new Facts(engagements, agreements);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read what ended", e);
        }
    }

    /**
     * The catalogue's retention of each purpose of the engagements that ended ("e" + id) and of the agreements that
     * may have ended ("a" + id), in one round trip. A code the catalogue no longer has is left out.
     */
    private static Map<String, List<Retention>> retention(Connection connection, String engagementsOf,
            String agreementsOf, List<Long> ids, LocalDate today) throws SQLException {
        Map<String, List<Retention>> retention = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select 'e', ep.engagement_id, u.code,"
                + " u.retention from engagement_purpose ep join engagement e on e.id = ep.engagement_id"
                + " join purpose u on u.code = ep.code where e.ends_on < ?" + engagementsOf
                + " union all select 'a', ap.agreement_id, u.code, u.retention from agreement_purpose ap"
                + " join agreement a on a.id = ap.agreement_id join purpose u on u.code = ap.code"
                + " where a.status in ('APPROVED', 'TERMINATED')" + agreementsOf)) {
            int index = 1;
            statement.setDate(index++, java.sql.Date.valueOf(today));
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    retention.computeIfAbsent(rows.getString(1) + rows.getLong(2), k -> new ArrayList<>())
                            .add(new Retention(rows.getString(3), Period.parse(rows.getString(4))));
                }
            }
        }
        return retention;
    }

    private static PreparedStatement prepare(Connection connection, String sql, LocalDate day, List<Long> ids)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = 1;
            if (day != null) {
                statement.setDate(index++, java.sql.Date.valueOf(day));
            }
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
