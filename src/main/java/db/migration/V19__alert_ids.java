package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Alerts take their ids from a sequence, a block of {@value #BLOCK} at a time, instead of from the table's
 * auto-increment: an id the database assigns on insert costs one round trip per new alert, where ids known before
 * the insert let a re-evaluation that opens a hundred alerts write them in one batch (docs/decisions.md). Java,
 * not SQL: the sequence starts above the ids already given, which neither MariaDB nor H2 lets DDL compute.
 * EclipseLink takes a value as the last id of its block, so the first block starts right after the highest id.
 */
public class V19__alert_ids extends BaseJavaMigration {

    /** The same as the allocation size of {@code Alert}'s generator. */
    static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long highest;
            try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from alert")) {
                rows.next();
                highest = rows.getLong(1);
            }
            statement.execute("create sequence alert_seq start with " + (highest + BLOCK) + " increment by " + BLOCK);
        }
    }
}
