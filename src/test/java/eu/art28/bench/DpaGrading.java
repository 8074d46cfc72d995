package eu.art28.bench;

import eu.art28.agreements.control.DpaCorpus;
import eu.art28.agreements.control.DpaGrader;

/**
 * Issue 23: grades the DPA reader on the whole corpus and prints the figures per half and overall:
 * {@code ./mvnw -o -Pbench test-compile exec:java@dpa-grade}. With the argument {@code misses} it also lists
 * what went wrong in the dev half; the held-out half is only ever reported in totals.
 */
public final class DpaGrading {

    private DpaGrading() {
    }

    public static void main(String[] args) {
        DpaGrader grader = new DpaGrader();
        DpaGrader.Grade dev = grader.grade(DpaCorpus.half(DpaCorpus.DEV));
        DpaGrader.Grade holdout = grader.grade(DpaCorpus.half(DpaCorpus.HOLDOUT));
        System.out.print(dev.report("dev"));
        System.out.print(holdout.report("holdout"));
        System.out.print(DpaGrader.overall(dev, holdout).report("overall"));
        if (args.length > 0 && args[0].equals("misses")) {
            dev.misses.forEach(m -> System.out.println("  dev miss: " + m));
        }
    }
}
