package eu.art28.reports.control;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/** How far an import running in the background is, for the page's progress bar: lines done of the lines. */
public class ProcessorImportProgress implements Serializable {

    public enum Phase {
        READING, CHECKING, IMPORTING, DONE
    }

    private volatile Phase phase = Phase.READING;
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();

    public void start(Phase next, int lines) {
        done.set(0);
        total = lines;
        phase = next;
    }

    public void step() {
        done.incrementAndGet();
    }

    public void finish() {
        phase = Phase.DONE;
    }

    public Phase phase() {
        return phase;
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }

    /** 0 to 100; the check counts for the first half of an import, storing for the second. */
    public int percent(boolean importing) {
        if (phase == Phase.DONE) {
            return 100;
        }
        int part = total == 0 ? 0 : (int) Math.min(100, 100L * done.get() / total);
        if (!importing) {
            return phase == Phase.CHECKING ? part : 0;
        }
        return switch (phase) {
            case READING -> 0;
            case CHECKING -> part / 2;
            case IMPORTING -> 50 + part / 2;
            case DONE -> 100;
        };
    }
}
