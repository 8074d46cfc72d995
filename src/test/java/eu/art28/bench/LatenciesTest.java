package eu.art28.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentiles() {
        Latencies latencies = new Latencies("x");
        for (int i = 100; i >= 1; i--) {
            latencies.addMillis(i);
        }
        assertEquals(50, latencies.percentile(50));
        assertEquals(95, latencies.percentile(95));
        assertEquals(99, latencies.percentile(99));
        assertEquals(100, latencies.max());
        assertEquals(1, latencies.percentile(0));
    }

    @Test
    void fewValues() {
        Latencies latencies = new Latencies("x");
        latencies.addNanos(3_000_000);
        latencies.addNanos(1_000_000);
        assertEquals(1.0, latencies.median());
        assertEquals(3.0, latencies.percentile(99));
        assertTrue(Double.isNaN(new Latencies("empty").median()));
    }
}
