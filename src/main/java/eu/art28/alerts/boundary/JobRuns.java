package eu.art28.alerts.boundary;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Which node runs a daily job: the one whose row for the job and day goes in first. The primary key of
 * {@code job_run} decides, in the database all nodes share; each claim commits on its own, before the work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    /** Inserts the day's row; a duplicate key, someone else's row, surfaces as an exception to the caller. */
    public void insert(String job, LocalDate day, String node, Instant at) {
        em.createNativeQuery("insert into job_run (job, run_on, node, started_at) values (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, Date.valueOf(day)).setParameter(3, node)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    public boolean exists(String job, LocalDate day) {
        return ((Number) em.createNativeQuery("select count(*) from job_run where job = ? and run_on = ?")
                .setParameter(1, job).setParameter(2, Date.valueOf(day)).getSingleResult()).longValue() > 0;
    }

    public void finish(String job, LocalDate day, String outcome, Instant at) {
        em.createNativeQuery("update job_run set finished_at = ?, outcome = ? where job = ? and run_on = ?")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, outcome.length() > 300 ? outcome.substring(0, 300) : outcome)
                .setParameter(3, job).setParameter(4, Date.valueOf(day)).executeUpdate();
    }
}
