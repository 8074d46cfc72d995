package eu.art28.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of request, with nearest-rank percentiles. */
final class Latencies {

    private final String name;
    private final List<Double> millis = new ArrayList<>();

    Latencies(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void addNanos(long nanos) {
        millis.add(nanos / 1e6);
    }

    void addMillis(double value) {
        millis.add(value);
    }

    int count() {
        return millis.size();
    }

    /** The smallest value that at least {@code p} percent of the values do not exceed. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return percentile(100);
    }

    List<Double> values() {
        return List.copyOf(millis);
    }

    String summary() {
        return String.format("%s: n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", name, count(), percentile(50),
                percentile(95), percentile(99), max());
    }
}
