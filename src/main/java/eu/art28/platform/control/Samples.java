package eu.art28.platform.control;

import java.util.function.LongSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A feature's sample data for demo mode. Each feature's samples observe {@link SchemaReady} with their own
 * priority, so the order between features stays where it is written; what they share is when they go in.
 */
@Transactional
public abstract class Samples {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    DemoMode demo;

    /** {@link #wanted(SchemaReady, LongSupplier)}, counting with a JPQL {@code select count(...)}. */
    protected boolean wanted(SchemaReady ready, String countQuery) {
        return wanted(ready, () -> em.createQuery(countQuery, Long.class).getSingleResult());
    }

    /**
     * In demo mode, and only while the feature has stored nothing ({@code stored} counts it, asked only in demo
     * mode), so a restart never adds them twice.
     */
    protected boolean wanted(SchemaReady ready, LongSupplier stored) {
        return demo.enabled(ready) && stored.getAsLong() == 0;
    }
}
