package eu.art28.agreements.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.art28.agreements.control.ClauseDetector.Finding;
import eu.art28.agreements.control.ClauseDetector.Reading;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;

/**
 * Grades the reader against the corpus keys (issue 23): item presence, clause numbers and pages of the items
 * found, the eleven fields, the listed sub-processors, and the speed. A scan is graded only on being recognised
 * as one (no text layer, nothing proposed). {@code misses} names what went wrong, for the dev half only.
 */
public final class DpaGrader {

    /** Counts of one half; the ratios are computed from them. */
    public static final class Grade {
        int documents;
        int scans;
        int scansRecognised;
        int truePresent;
        int falsePresent;
        int missedPresent;
        int otherwiseItems;
        int otherwiseRecognised;
        int located;
        int referencesRight;
        int pagesRight;
        int fields;
        int fieldsRight;
        int statedFields;
        int statedFieldsRight;
        int keySubprocessors;
        int readSubprocessors;
        int subprocessorsMatched;
        long nanos;
        public final List<String> misses = new ArrayList<>();

        public int documents() {
            return documents;
        }

        public double precision() {
            return ratio(truePresent, truePresent + falsePresent);
        }

        public double recall() {
            return ratio(truePresent, truePresent + missedPresent);
        }

        public double references() {
            return ratio(referencesRight, located);
        }

        public double pages() {
            return ratio(pagesRight, located);
        }

        public double fields() {
            return ratio(fieldsRight, fields);
        }

        public double subprocessorRecall() {
            return ratio(subprocessorsMatched, keySubprocessors);
        }

        public double subprocessorPrecision() {
            return ratio(subprocessorsMatched, readSubprocessors);
        }

        public double documentsPerSecond() {
            return nanos == 0 ? 0 : documents / (nanos / 1e9);
        }

        public boolean scansRecognised() {
            return scansRecognised == scans;
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1 : (double) part / whole;
        }

        /** The figures, one line each. */
        public String report(String title) {
            if (documents == 0) {
                return title + ": no documents\n";
            }
            return String.format(Locale.ROOT, """
                    %s: %d documents (%d scans, %d recognised as scans)
                      presence   precision %.2f (%d false "present")   recall %.2f (%d of %d missed)
                      otherwise  %d of %d items the document says otherwise recognised as such
                      clause     %.1f %% of %d items found   page %.1f %%
                      fields     %.1f %% of %d   (%.1f %% of %d where the document states a value)
                      annex      sub-processors recall %.1f %% (%d of %d)   precision %.1f %% (%d read)
                      speed      %.1f documents per second (text extraction and reading)
                    """, title, documents, scans, scansRecognised, precision(), falsePresent, recall(),
                    missedPresent, truePresent + missedPresent, otherwiseRecognised, otherwiseItems,
                    100 * references(), located, 100 * pages(), 100 * fields(), fields,
                    100 * ratio(statedFieldsRight, statedFields), statedFields, 100 * subprocessorRecall(),
                    subprocessorsMatched, keySubprocessors, 100 * subprocessorPrecision(), readSubprocessors,
                    documentsPerSecond());
        }

        void add(Grade other) {
            documents += other.documents;
            scans += other.scans;
            scansRecognised += other.scansRecognised;
            truePresent += other.truePresent;
            falsePresent += other.falsePresent;
            missedPresent += other.missedPresent;
            otherwiseItems += other.otherwiseItems;
            otherwiseRecognised += other.otherwiseRecognised;
            located += other.located;
            referencesRight += other.referencesRight;
            pagesRight += other.pagesRight;
            fields += other.fields;
            fieldsRight += other.fieldsRight;
            statedFields += other.statedFields;
            statedFieldsRight += other.statedFieldsRight;
            keySubprocessors += other.keySubprocessors;
            readSubprocessors += other.readSubprocessors;
            subprocessorsMatched += other.subprocessorsMatched;
            nanos += other.nanos;
        }
    }

    private final ClauseDetector detector = new ClauseDetector(ClausePatterns.standard());

    public Grade grade(List<DpaCorpus.Dpa> documents) {
        Grade grade = new Grade();
        for (DpaCorpus.Dpa dpa : documents) {
            grade(dpa, grade);
        }
        return grade;
    }

    /** Adds up two halves. */
    public static Grade overall(Grade first, Grade second) {
        Grade sum = new Grade();
        sum.add(first);
        sum.add(second);
        return sum;
    }

    private void grade(DpaCorpus.Dpa dpa, Grade grade) {
        byte[] pdf = dpa.pdf();
        long start = System.nanoTime();
        DpaText text;
        try {
            text = DpaText.read(pdf, (done, all) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reading reading = text.hasTextLayer() ? detector.read(text) : null;
        grade.nanos += System.nanoTime() - start;
        grade.documents++;
        DpaCorpus.Key key = dpa.key();
        if (dpa.scan()) {
            grade.scans++;
            if (reading == null) {
                grade.scansRecognised++;
            } else {
                grade.misses.add(dpa.name() + ": a scan read as text");
            }
            return;
        }
        if (reading == null) {
            grade.misses.add(dpa.name() + ": no text layer found");
            reading = new Reading(List.of(), EnumSet.allOf(Clause.class), List.of());
        }
        items(dpa, reading, grade);
        fields(dpa, reading, grade);
        subprocessors(dpa.name(), key.subprocessors(), reading.of(ProposalKind.SUBPROCESSOR), grade);
    }

    private static void items(DpaCorpus.Dpa dpa, Reading reading, Grade grade) {
        DpaCorpus.Key key = dpa.key();
        for (Clause clause : Clause.values()) {
            Finding finding = reading.clause(clause) != null ? reading.clause(clause) : reading.saysOtherwise(clause);
            boolean saysOtherwise = reading.saysOtherwise(clause) != null;
            boolean present = reading.clause(clause) != null;
            if (key.present().contains(clause)) {
                if (present) {
                    grade.truePresent++;
                } else {
                    grade.missedPresent++;
                    grade.misses.add(dpa.name() + " " + clause + ": present, read as "
                            + (saysOtherwise ? "otherwise" : "not found"));
                }
            } else if (present) {
                grade.falsePresent++;
                grade.misses.add(dpa.name() + " " + clause + ": " + (key.otherwise().contains(clause) ? "otherwise"
                        : "absent") + ", read as present at " + finding.reference() + " p" + finding.page());
            }
            if (key.otherwise().contains(clause)) {
                grade.otherwiseItems++;
                if (saysOtherwise) {
                    grade.otherwiseRecognised++;
                } else if (!present) {
                    grade.misses.add(dpa.name() + " " + clause + ": otherwise, read as not found");
                }
            }
            if (finding != null && !key.absent().contains(clause)) {
                grade.located++;
                String reference = key.references().get(clause);
                if (compact(reference).equals(compact(finding.reference()))) {
                    grade.referencesRight++;
                } else {
                    grade.misses.add(dpa.name() + " " + clause + ": cited " + finding.reference() + ", key "
                            + reference);
                }
                if (key.pages().get(clause) == finding.page()) {
                    grade.pagesRight++;
                } else {
                    grade.misses.add(dpa.name() + " " + clause + ": page " + finding.page() + ", key "
                            + key.pages().get(clause));
                }
            }
        }
    }

    private static void fields(DpaCorpus.Dpa dpa, Reading reading, Grade grade) {
        Map<ProposalKind, String> expected = dpa.key().fields();
        for (ProposalKind kind : DpaCorpus.FIELDS) {
            List<Finding> found = reading.of(kind);
            String value = found.isEmpty() ? null : found.get(0).value();
            String want = expected.get(kind);
            boolean right = want == null ? value == null : want.equals(value);
            grade.fields++;
            if (right) {
                grade.fieldsRight++;
            } else {
                grade.misses.add(dpa.name() + " " + kind + ": read " + value + ", key " + want);
            }
            if (want != null) {
                grade.statedFields++;
                if (right) {
                    grade.statedFieldsRight++;
                }
            }
        }
    }

    private static void subprocessors(String name, List<String> expected, List<Finding> read, Grade grade) {
        grade.keySubprocessors += expected.size();
        grade.readSubprocessors += read.size();
        List<String> unmatched = new ArrayList<>(read.stream().map(Finding::value).toList());
        for (String entry : expected) {
            String match = unmatched.stream().filter(r -> sameSubprocessor(entry, r)).findFirst().orElse(null);
            if (match != null) {
                grade.subprocessorsMatched++;
                unmatched.remove(match);
            } else {
                grade.misses.add(name + " sub-processor not read: " + entry);
            }
        }
        unmatched.forEach(r -> grade.misses.add(name + " sub-processor not in the key: " + r));
    }

    /** Same name (ignoring case and the punctuation of legal forms) and same country. */
    static boolean sameSubprocessor(String key, String read) {
        String[] k = key.split("\\|", -1);
        String[] r = read.split("\\|", -1);
        return r.length >= 2 && plainName(k[0]).equals(plainName(r[0])) && k[1].strip().equalsIgnoreCase(r[1].strip());
    }

    private static String plainName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").replaceAll("\\s+", " ").strip();
    }

    static String compact(String reference) {
        return reference == null ? "" : reference.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
