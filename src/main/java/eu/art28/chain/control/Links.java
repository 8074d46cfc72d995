package eu.art28.chain.control;

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

import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.Decision;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Sql;

/**
 * Reads sub-processor links as read models, set-based like the coverage scopes: all of them in a fixed number
 * of queries, or those beneath some processors with one round trip per level of depth.
 */
@ApplicationScoped
public class Links {

    private static final String COLUMNS = "select l.id, l.processor_id, p.name, l.subprocessor_id, s.name, l.service,"
            + " l.starts_on, l.ends_on, l.authorisation, l.decision, l.objection_deadline, l.replaces_link_id,"
            + " l.flow_down from subprocessor_link l join processor p on p.id = l.processor_id"
            + " join processor s on s.id = l.subprocessor_id";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public Links() {
    }

    /** Outside the container, such as the benchmark. */
    public Links(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every link: for a full scan, and for questions about the whole graph (cycles, who is above whom). */
    public Chain all() {
        try (Connection connection = dataSource.getConnection()) {
            return Chain.of(read(connection, null));
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the sub-processor links", e);
        }
    }

    /** The links beneath these processors, at any depth: enough to judge their engagements. */
    public Chain beneath(Collection<Long> processorIds) {
        try (Connection connection = dataSource.getConnection()) {
            List<LinkScope> links = new ArrayList<>();
            Set<Long> seen = new HashSet<>(processorIds);
            Collection<Long> level = List.copyOf(processorIds);
            while (!level.isEmpty()) {
                List<Long> next = new ArrayList<>();
                for (LinkScope link : read(connection, level)) {
                    links.add(link);
                    if (seen.add(link.subprocessorId())) {
                        next.add(link.subprocessorId());
                    }
                }
                level = next;
            }
            return Chain.of(links);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the sub-processor links", e);
        }
    }

    private static List<LinkScope> read(Connection connection, Collection<Long> processorIds) throws SQLException {
        String where = processorIds == null ? "" : " where l.processor_id in (" + Sql.placeholders(processorIds) + ")";
        String join = where.isEmpty() ? "" : " join subprocessor_link l on l.id = c.link_id" + where;
        List<Map<Long, List<String>>> collections = Sql.collections(connection, processorIds,
                "select c.link_id, c.code from subprocessor_link_purpose c" + join,
                "select c.link_id, c.code from subprocessor_link_data_category c" + join,
                "select c.link_id, c.country from subprocessor_link_country c" + join,
                "select c.link_id, concat(c.country, ':', c.safeguard) from subprocessor_link_safeguard c" + join);
        List<LinkScope> links = new ArrayList<>();
        try (PreparedStatement statement = Sql.prepare(connection, COLUMNS + where, processorIds);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                Map<String, TransferSafeguard> safeguards = new HashMap<>();
                collections.get(3).getOrDefault(id, List.of()).forEach(pair -> safeguards.put(
                        pair.substring(0, 2), TransferSafeguard.valueOf(pair.substring(3))));
                String decision = rows.getString(10);
                long replacing = rows.getLong(12);
                Long replaces = rows.wasNull() ? null : replacing;
                links.add(new LinkScope(id, rows.getLong(2), rows.getString(3), rows.getLong(4), rows.getString(5),
                        rows.getString(6), Sql.date(rows, 7), Sql.date(rows, 8),
                        Authorisation.valueOf(rows.getString(9)), decision == null ? null : Decision.valueOf(decision),
                        Sql.date(rows, 11), replaces, rows.getBoolean(13),
                        Sql.values(collections.get(0), id), Sql.values(collections.get(1), id),
                        Sql.values(collections.get(2), id), safeguards));
            }
        }
        return links;
    }
}
