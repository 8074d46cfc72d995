package eu.art28.alerts.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.interceptor.Interceptor;

/**
 * The daily scan is due (once across all nodes): every feature that judges by the calendar does its part. The
 * observers are synchronous and run one after the other in {@code @Priority} order, each in its own transaction;
 * one that fails stops those after it, and the day's job is recorded as failed. What they did, in words, becomes
 * the job's recorded outcome.
 */
public final class ScanDue {

    /** Judgements of the registry as it stands today (coverage, then deletion): first. */
    public static final int JUDGEMENTS = Interceptor.Priority.APPLICATION + 500;

    /** Deadlines that move by the calendar alone: after the judgements, as the daily scan has always run them. */
    public static final int DEADLINES = JUDGEMENTS + 100;

    private final String cause;
    private final List<String> done = new ArrayList<>();

    public ScanDue(String cause) {
        this.cause = cause;
    }

    public String cause() {
        return cause;
    }

    /** An observer says what it did ("13 deadline findings"). */
    public void done(String what) {
        done.add(what);
    }

    public String outcome() {
        return String.join("; ", done);
    }
}
