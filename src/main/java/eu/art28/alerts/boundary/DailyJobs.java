package eu.art28.alerts.boundary;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import eu.art28.alerts.entity.ScanDue;
import eu.art28.platform.control.RoleGuard;

/**
 * The daily work, each job once per day across all nodes: the scan (coverage, deadlines, reviews: the calendar
 * moved, nothing else did), one {@link ScanDue} that each feature with daily work observes, without this class
 * knowing them; and the digest. Whichever node claims the day's row in {@code job_run} first works; the others
 * see the row and skip.
 */
@ApplicationScoped
public class DailyJobs {

    private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());
    static final String SCAN = "daily-scan";
    static final String DIGEST = "digest";

    /** This node, as the job rows name it. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    JobRuns runs;

    @Inject
    Event<ScanDue> scanDue;

    @Inject
    Notifications notifications;

    /** Returns whether this call did the day's scan (false: another node or call already had it). */
    public boolean scan(LocalDate day) {
        return run(SCAN, day, () -> {
            ScanDue due = new ScanDue("cause.daily");
            scanDue.fire(due);
            return due.outcome();
        });
    }

    public boolean digest(LocalDate day) {
        return run(DIGEST, day, () -> {
            int queued = notifications.digest(Instant.now());
            notifications.deliverSoon();
            return queued + " digests queued";
        });
    }

    private interface Work {
        String run();
    }

    /** A timer starts the jobs, not a person: the job rows, the scans and the digest are open to them. */
    private boolean run(String job, LocalDate day, Work work) {
        return RoleGuard.asSystem(() -> once(job, day, work));
    }

    private boolean once(String job, LocalDate day, Work work) {
        if (!runs.claim(job, day, NODE, Instant.now())) {
            LOG.info(() -> job + " for " + day + " is done elsewhere; skipped on " + NODE);
            return false;
        }
        String outcome;
        try {
            outcome = "done: " + work.run();
        } catch (RuntimeException e) {
            outcome = "failed: " + e;
            LOG.log(Level.SEVERE, job + " for " + day + " failed; it runs again tomorrow", e);
        }
        runs.finish(job, day, outcome, Instant.now());
        return true;
    }
}
