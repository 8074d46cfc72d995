package eu.art28.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import eu.art28.agreements.control.ClauseDetector;
import eu.art28.agreements.control.ClausePatterns;
import eu.art28.agreements.control.DpaCorpus;
import eu.art28.agreements.control.DpaText;

/**
 * Issue 9: how long reading a 50-page DPA takes, text extraction (PDFBox) plus detection, as the background
 * job does it. No database, no server: {@code ./mvnw -Pbench test-compile exec:java@dpa}. Warm-up runs first,
 * so the figures are those of a running server, not of a cold JVM; the cold first run is printed too.
 */
public final class DpaReading {

    private static final int PAGES = 50;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    private DpaReading() {
    }

    public static void main(String[] args) throws IOException {
        byte[] pdf = DpaCorpus.long_(PAGES);
        ClauseDetector detector = new ClauseDetector(ClausePatterns.standard());
        List<Double> extraction = new ArrayList<>();
        List<Double> detection = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        double cold = 0;
        int pages = 0;
        int findings = 0;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            DpaText text = DpaText.read(pdf, (done, all) -> { });
            long extracted = System.nanoTime();
            ClauseDetector.Reading reading = detector.read(text);
            long end = System.nanoTime();
            pages = text.pages().size();
            findings = reading.findings().size();
            if (run == 0) {
                cold = (end - start) / 1e6;
            }
            if (run >= WARM_UP) {
                extraction.add((extracted - start) / 1e6);
                detection.add((end - extracted) / 1e6);
                total.add((end - start) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "DPA of %d pages (%d KB), %d findings; %d runs after %d warm-up runs%n",
                pages, pdf.length / 1024, findings, RUNS, WARM_UP);
        System.out.printf(Locale.ROOT, "cold first run: %.0f ms%n", cold);
        print("extraction", extraction);
        print("detection", detection);
        print("total", total);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-10s median %6.1f ms   p90 %6.1f ms   max %6.1f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                sorted.get(sorted.size() - 1));
    }
}
