package eu.art28.testing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent pieces of a test's work run a few at a time: the server has two cores and answers one client's
 * requests one after the other. A piece that fails fails the whole, with its own exception.
 */
public final class Parallel {

    private Parallel() {
    }

    public static void run(int threads, List<? extends Runnable> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<?> done : work.stream().map(pool::submit).toList()) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
