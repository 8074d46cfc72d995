package eu.art28.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named durations of the work done for the current request, such as re-judging coverage after a change, told
 * to the client with the request's own time (Server-Timing). A thread-local rather than a request-scoped bean:
 * the same code runs in timers and at start-up, where nobody listens and nothing is recorded.
 */
public final class Timings {

    private static final ThreadLocal<Map<String, Long>> CURRENT = new ThreadLocal<>();

    private Timings() {
    }

    public static void start() {
        CURRENT.set(new LinkedHashMap<>());
    }

    /** The durations recorded since {@link #start()}, in nanoseconds by name; recording ends. */
    public static Map<String, Long> stop() {
        Map<String, Long> recorded = CURRENT.get();
        CURRENT.remove();
        return recorded == null ? Map.of() : recorded;
    }

    public static void add(String name, long nanos) {
        Map<String, Long> recorded = CURRENT.get();
        if (recorded != null) {
            recorded.merge(name, nanos, Long::sum);
        }
    }
}
