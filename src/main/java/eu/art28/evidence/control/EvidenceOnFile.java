package eu.art28.evidence.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.Database;
import eu.art28.platform.control.Sql;

/**
 * Reads the evidence on file (not withdrawn) as read models in one query, set-based like the coverage scopes and
 * over the same connection, so that a change flushed earlier in the transaction is seen.
 */
@ApplicationScoped
public class EvidenceOnFile {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public EvidenceOnFile() {
    }

    /** Outside the container, such as the benchmark: the same query on any data source. */
    public EvidenceOnFile(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The evidence of these processors (all processors when {@code processorIds} is null), by processor. */
    public Map<Long, List<EvidenceScope>> byProcessor(Collection<Long> processorIds) {
        Map<Long, List<EvidenceScope>> byProcessor = new HashMap<>();
        if (processorIds != null && processorIds.isEmpty()) {
            return byProcessor;
        }
        String sql = "select e.id, e.processor_id, e.type, e.issuer, e.issued_on, e.valid_until from evidence e"
                + " where e.withdrawn_at is null"
                + (processorIds == null ? "" : " and e.processor_id in (" + Sql.placeholders(processorIds) + ")")
                + " order by e.processor_id, e.issued_on, e.id";
        Sql.eachRow(dataSource, sql, processorIds, rows -> {
            EvidenceScope scope = new EvidenceScope(rows.getLong(1), rows.getLong(2),
                    EvidenceType.valueOf(rows.getString(3)), rows.getString(4), Sql.date(rows, 5),
                    Sql.date(rows, 6));
            byProcessor.computeIfAbsent(scope.processorId(), p -> new ArrayList<>()).add(scope);
        }, "Could not read the evidence on file");
        return byProcessor;
    }
}
