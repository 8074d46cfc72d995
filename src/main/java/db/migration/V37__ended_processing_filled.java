package db.migration;

import java.time.LocalDate;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import eu.art28.deletion.control.ProcessingEnds;

/**
 * Fills the deletion list's read model (V36) from the engagements, agreements and deletion records already there.
 * Java, not SQL: whether an agreement ended (terminated or run out, with nothing else of its processor in force
 * today nor the day after its end) is DeletionPolicy's rule over the terms of every version, which SQL would have
 * to say a second time.
 */
public class V37__ended_processing_filled extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ProcessingEnds.keepAll(context.getConnection(), LocalDate.now());
    }
}
