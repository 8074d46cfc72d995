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
import eu.art28.alerts.entity.Subject;
import eu.art28.agreements.entity.Term;
import eu.art28.deletion.control.DeletionPolicy.AgreementTerm;
import eu.art28.deletion.control.DeletionPolicy.EngagementEnd;
import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Sql;

/**
 * Reads what may have ended, set-based over JDBC like the expiry dates and the coverage scopes: two queries
 * whatever the number of processors (engagements that ended and the agreement versions that decide whether an
 * agreement ended), and one for the retention of the purposes of what is shown. Offboarded processors are read
 * too: offboarding is when the data must go. Inside a transaction this is the transaction's connection, so what
 * the caller flushed is seen.
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
            List<EngagementEnd> engagements = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "select e.id, e.processor_id, p.name,"
                    + " e.description, e.ends_on from engagement e join processor p on p.id = e.processor_id"
                    + " where e.ends_on < ?" + engagementsOf, today, ids);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    engagements.add(new EngagementEnd(id, rows.getLong(2), rows.getString(3), rows.getString(4),
                            Sql.date(rows, 5)));
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
                            + rows.getInt(5), term));
                }
            }
            return new Facts(engagements, agreements);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read what ended", e);
        }
    }

    /**
     * The catalogue's retention of each purpose of these engagements and agreements that ended, in one round trip,
     * by subject; only for what is shown, since the purposes of every agreement in force were most of what a list
     * read (35,877 rows at bench size, docs/benchmarks.md, "Everyday speed"). A code the catalogue no longer has is
     * left out.
     */
    public Map<Subject, List<Retention>> retention(Collection<EndedProcessing> ended) {
        List<Long> engagements = ended.stream().filter(e -> e.kind() == Kind.ENGAGEMENT).map(EndedProcessing::id)
                .toList();
        List<Long> agreements = ended.stream().filter(e -> e.kind() == Kind.AGREEMENT).map(EndedProcessing::id)
                .toList();
        Map<Subject, List<Retention>> retention = new HashMap<>();
        if (ended.isEmpty()) {
            return retention;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("select 'e', ep.engagement_id, u.code, u.retention"
                        + " from engagement_purpose ep join purpose u on u.code = ep.code where ep.engagement_id in ("
                        + placeholders(engagements) + ") union all select 'a', ap.agreement_id, u.code, u.retention"
                        + " from agreement_purpose ap join purpose u on u.code = ap.code where ap.agreement_id in ("
                        + placeholders(agreements) + ")")) {
            int index = 1;
            for (Long id : engagements.isEmpty() ? List.of(-1L) : engagements) {
                statement.setLong(index++, id);
            }
            for (Long id : agreements.isEmpty() ? List.of(-1L) : agreements) {
                statement.setLong(index++, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Subject subject = EndedProcessing.subjectOf(rows.getString(1).equals("e") ? Kind.ENGAGEMENT
                            : Kind.AGREEMENT, rows.getLong(2));
                    retention.computeIfAbsent(subject, k -> new ArrayList<>())
                            .add(new Retention(rows.getString(3), Period.parse(rows.getString(4))));
                }
            }
            return retention;
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the retention of what ended", e);
        }
    }

    /** An empty list still needs one value: {@code in ()} is not SQL. */
    private static String placeholders(List<Long> ids) {
        return ids.isEmpty() ? "?" : Sql.placeholders(ids);
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
