package eu.art28.alerts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import eu.art28.testing.Deployments;
import eu.art28.testing.InContainer;

/** In the container, on the shared database: a daily job runs once, however many nodes ask for it at once. */
@InContainer
class DailyJobsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    DailyJobs jobs;

    /** The container's threads, as its timers use: transactions and lookups work as in production. */
    @Resource
    ManagedExecutorService pool;

    @Test
    void twoConcurrentDailyScansDoTheWorkOnce() throws Exception {
        // a day of its own, so that earlier runs on this database do not count
        LocalDate day = LocalDate.of(1900 + ThreadLocalRandom.current().nextInt(100), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(365));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> scan = () -> {
            start.await();
            return jobs.scan(day);
        };
        Future<Boolean> first = pool.submit(scan);
        Future<Boolean> second = pool.submit(scan);
        start.countDown();
        List<Boolean> worked = List.of(first.get(), second.get());
        assertEquals(1, worked.stream().filter(w -> w).count(), "exactly one did the work: " + worked);
        assertFalse(jobs.scan(day), "and nobody does it again that day");
        assertFalse(jobs.digest(day) && jobs.digest(day), "the digest too runs once a day");
    }
}
