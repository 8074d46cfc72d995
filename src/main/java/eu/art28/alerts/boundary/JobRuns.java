package eu.art28.alerts.boundary;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.DenyAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Which node runs a daily job: the one whose row for the job and day goes in first. The primary key of
 * {@code job_run} decides, in the database all nodes share; each claim commits on its own, before the work.
 * For the daily jobs only, which run as the system: no person calls it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@DenyAll
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    /**
     * Inserts the day's row unless another node's is there; whether this one went in. {@code insert ignore}
     * rather than a caught duplicate key: losing the claim is the normal case on every node but one, and the
     * persistence provider logs a failed statement as a warning with its stack trace.
     */
    public boolean claim(String job, LocalDate day, String node, Instant at) {
        return em.createNativeQuery("insert ignore into job_run (job, run_on, node, started_at) values (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, Date.valueOf(day)).setParameter(3, node)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    public void finish(String job, LocalDate day, String outcome, Instant at) {
        em.createNativeQuery("update job_run set finished_at = ?, outcome = ? where job = ? and run_on = ?")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, outcome.length() > 300 ? outcome.substring(0, 300) : outcome)
                .setParameter(3, job).setParameter(4, Date.valueOf(day)).executeUpdate();
    }
}
