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
import java.util.TreeMap;

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
 * too: offboarding is when the data must go. Keeps what was judged ended in the deletion list's read model and pages
 * over it. Inside a transaction this is the transaction's connection, so what the caller flushed is seen.
 */
@ApplicationScoped
public class ProcessingEnds {

    /** Versions that can end or can carry the processing on; drafts, reviews and rejections never governed it. */
    private static final String DECIDED = "('APPROVED', 'TERMINATED', 'SUPERSEDED')";

    /** Rows of the read model written per round trip when the daily scan writes them all. */
    private static final int BATCH = 1000;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** What was read for these processors (all when null). */
    public record Facts(List<EngagementEnd> engagements, List<AgreementTerm> agreements) {
    }

    public Facts read(Collection<Long> processorIds, LocalDate today) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, processorIds, today);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read what ended", e);
        }
    }

    /** The same on a connection of the caller's, as {@link #keepAll} reads without the application around it. */
    private static Facts read(Connection connection, Collection<Long> processorIds, LocalDate today)
            throws SQLException {
        if (processorIds != null && processorIds.isEmpty()) {
            return new Facts(List.of(), List.of());
        }
        String engagementsOf = processorIds == null ? ""
                : " and e.processor_id in (" + Sql.placeholders(processorIds) + ")";
        String agreementsOf = processorIds == null ? ""
                : " and a.processor_id in (" + Sql.placeholders(processorIds) + ")";
        List<Long> ids = processorIds == null ? List.of() : List.copyOf(processorIds);
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
    }

    /**
     * Keeps the read model of the deletion list ({@code ended_processing}, V36): what ended of one processor (of all
     * when null) replaces what was kept of it, so that what no longer counts as ended leaves the list. Called with
     * every judgement of what ended, which runs where it can change: an engagement saved, an agreement decided, a
     * deletion recorded, and the daily scan for what the calendar alone ends.
     */
    public void keep(Long processorId, Collection<EndedProcessing> ended) {
        try (Connection connection = dataSource.getConnection()) {
            keep(connection, processorId, ended);
        } catch (SQLException e) {
            throw new PersistenceException("Could not keep the list of what ended", e);
        }
    }

    /**
     * Only what changed is written, each row by its key, in the order of the keys: a row that left is deleted by its
     * subject, a new or changed one is inserted or, when it is there already, updated. What was kept is read
     * without a lock. A delete of the processor's range instead locked the gaps of the processor's index (MariaDB's
     * next-key locks at REPEATABLE READ), and two saves of neighbouring processors could each wait for the other's
     * gap to insert: a deadlock, one save rolled back (docs/decisions.md, "The deletion list's read model").
     */
    public static void keep(Connection connection, Long processorId, Collection<EndedProcessing> ended)
            throws SQLException {
        Map<String, Row> kept = kept(connection, processorId);
        Map<String, Row> judged = new TreeMap<>();
        for (EndedProcessing e : ended) {
            Row row = Row.of(e);
            judged.put(row.subject(), row);
        }
        List<String> gone = kept.keySet().stream().filter(subject -> !judged.containsKey(subject)).sorted()
                .toList();
        List<Row> changed = judged.values().stream().filter(row -> !row.equals(kept.get(row.subject()))).toList();
        if (!gone.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from ended_processing where subject = ?")) {
                int batched = 0;
                for (String subject : gone) {
                    delete.setString(1, subject);
                    delete.addBatch();
                    if (++batched % BATCH == 0) {
                        delete.executeBatch();
                    }
                }
                delete.executeBatch();
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        // inserted or, if a save of the same processor wrote it meanwhile, updated: never a duplicate key
        try (PreparedStatement upsert = connection.prepareStatement("insert into ended_processing (subject, kind,"
                + " subject_id, processor_id, label, ended_on, confirmed) values (?, ?, ?, ?, ?, ?, ?)"
                + " on duplicate key update kind = values(kind), subject_id = values(subject_id),"
                + " processor_id = values(processor_id), label = values(label), ended_on = values(ended_on),"
                + " confirmed = values(confirmed)")) {
            int batched = 0;
            for (Row row : changed) {
                upsert.setString(1, row.subject());
                upsert.setString(2, row.kind());
                upsert.setLong(3, row.subjectId());
                upsert.setLong(4, row.processorId());
                upsert.setString(5, row.label());
                upsert.setDate(6, java.sql.Date.valueOf(row.endedOn()));
                upsert.setBoolean(7, row.confirmed());
                upsert.addBatch();
                if (++batched % BATCH == 0) {
                    upsert.executeBatch();
                }
            }
            upsert.executeBatch();
        }
    }

    /** One row of {@code ended_processing} as stored, to compare what was kept with what was judged. */
    private record Row(String subject, String kind, long subjectId, long processorId, String label,
            LocalDate endedOn, boolean confirmed) {

        static Row of(EndedProcessing e) {
            return new Row(e.subject().toString(), e.kind().name(), e.id(), e.processorId(), e.label(), e.endedOn(),
                    e.state() == DeletionState.CONFIRMED);
        }
    }

    /** What is kept of one processor (of all when null), by subject; a plain read, which takes no lock. */
    private static Map<String, Row> kept(Connection connection, Long processorId) throws SQLException {
        Map<String, Row> kept = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select subject, kind, subject_id, processor_id,"
                + " label, ended_on, confirmed from ended_processing"
                + (processorId == null ? "" : " where processor_id = ?"))) {
            if (processorId != null) {
                select.setLong(1, processorId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Row row = new Row(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                            rows.getString(5), Sql.date(rows, 6), rows.getBoolean(7));
                    kept.put(row.subject(), row);
                }
            }
        }
        return kept;
    }

    /**
     * The whole read model judged afresh on a connection of the caller's, without the application around it: for
     * the migration that first fills it (V37) and for a workload loaded behind the application's back. Whether
     * something ended does not depend on the confirmation period, so the default serves; the confirmations are
     * read from the records. Returns the number of rows kept.
     */
    public static int keepAll(Connection connection, LocalDate today) throws SQLException {
        Facts facts = read(connection, null, today);
        List<EndedProcessing> ended = new DeletionPolicy(DeletionPolicy.DEFAULT_CONFIRMATION_DAYS)
                .ended(facts.engagements(), facts.agreements(), List.of(), today);
        keep(connection, null, ended);
        try (PreparedStatement confirmed = connection.prepareStatement("update ended_processing set confirmed = true"
                + " where (kind = 'ENGAGEMENT' and subject_id in (select engagement_id from deletion_or_return"
                + " where confirmed_on is not null and engagement_id is not null)) or (kind = 'AGREEMENT' and"
                + " subject_id in (select agreement_id from deletion_or_return where confirmed_on is not null"
                + " and agreement_id is not null))")) {
            confirmed.executeUpdate();
        }
        return ended.size();
    }

    /** One row of the read model, with its processor's name as it is now. */
    public record Kept(Kind kind, long id, long processorId, String processorName, String label, LocalDate endedOn) {
    }

    /** A page of the read model and the number of rows its filters leave. */
    public record Listing(List<Kept> rows, long total) {
    }

    /**
     * A page of what was kept, of one processor (of all when null), within {@code window}, latest end first and by
     * subject as the judgement orders it; two statements, each over an index of the table (V36).
     */
    public Listing list(Long processorId, DeletionPolicy.Window window, int page, int size) {
        StringBuilder where = new StringBuilder(" where ep.ended_on < ?");
        List<Object> parameters = new ArrayList<>(List.of(window.endedBefore()));
        if (window.endedFrom() != null) {
            where.append(" and ep.ended_on >= ?");
            parameters.add(window.endedFrom());
        }
        if (window.confirmed() != null) {
            where.append(" and ep.confirmed = ?");
            parameters.add(window.confirmed());
        }
        if (processorId != null) {
            where.append(" and ep.processor_id = ?");
            parameters.add(processorId);
        }
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add(page * size);
        // the page is chosen in the derived table before the join: joined first, the database may read every
        // processor and sort what it joined, as the engagements' page once did (docs/benchmarks.md)
        String sql = "select k.kind, k.subject_id, k.processor_id, p.name, k.label, k.ended_on from (select ep.kind,"
                + " ep.subject_id, ep.processor_id, ep.label, ep.ended_on, ep.subject from ended_processing ep" + where
                + " order by ep.ended_on desc, ep.subject limit ? offset ?) k join processor p on p.id = k.processor_id"
                + " order by k.ended_on desc, k.subject";
        try (Connection connection = dataSource.getConnection()) {
            List<Kept> rows = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, sql, paged);
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Kept(Kind.valueOf(result.getString(1)), result.getLong(2), result.getLong(3),
                            result.getString(4), result.getString(5), Sql.date(result, 6)));
                }
            }
            try (PreparedStatement statement = Sql.prepare(connection,
                    "select count(*) from ended_processing ep" + where, parameters);
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return new Listing(rows, result.getLong(1));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the list of what ended", e);
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
