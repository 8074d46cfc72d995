package eu.art28;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.Clause;
import eu.art28.alerts.entity.Rule;

/**
 * docs/legal.md traces each obligation of the GDPR to fields, rules and tests; this keeps it true. Classes are found
 * by their simple name anywhere under the source folder, not by their package, so that moving a class between
 * packages does not break the table.
 */
class LegalTraceabilityTest {

    private static final Path DOC = Path.of("docs/legal.md");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9_]*)");
    private static final Pattern FIELD = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)\\b");
    private static final Pattern CLAUSE = Pattern.compile("\\bclause ([A-Z_]+)");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z_]+[A-Z]\\b");

    /** The obligations the table must have a row for, as its first column starts. */
    private static final List<String> OBLIGATIONS = List.of("Art. 28(1) ", "Art. 28(2) ", "Art. 28(3)(a) ",
            "Art. 28(3)(b) ", "Art. 28(3)(c) ", "Art. 28(3)(d) ", "Art. 28(3)(e) ", "Art. 28(3)(f) ",
            "Art. 28(3)(g) ", "Art. 28(3)(h) ", "Art. 28(3) last subparagraph", "Art. 28(4) ", "Art. 28(10) ",
            "Art. 9 ", "Art. 10 ", "Art. 6(4) ", "Art. 30(1) ", "Art. 30(2) ", "Art. 32 ", "Art. 33(2) ",
            "Art. 44-46 ");

    /** One row: obligation, fields, rule or check, tests. */
    record Row(String obligation, String fields, String rule, String tests) {
    }

    private final Map<Path, Map<String, Optional<Path>>> sources = new HashMap<>();

    static List<Row> rows() {
        try {
            return Files.readAllLines(DOC).stream().map(String::strip)
                    .filter(line -> line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| Obligation"))
                    .map(line -> line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1))
                    .map(cells -> {
                        assertEquals(4, cells.length, "four columns: " + Arrays.toString(cells));
                        return new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyObligationHasARow() {
        List<Row> rows = rows();
        Set<String> missing = new TreeSet<>();
        for (String obligation : OBLIGATIONS) {
            if (rows.stream().noneMatch(r -> r.obligation().startsWith(obligation))) {
                missing.add(obligation);
            }
        }
        assertEquals(Set.of(), missing, "obligations without a row in " + DOC);
    }

    @Test
    void everyRuleIsInTheTable() {
        Set<String> named = new TreeSet<>();
        for (Row row : rows()) {
            Matcher m = WORD.matcher(row.rule());
            while (m.find()) {
                named.add(m.group());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            if (!named.contains(rule.name())) {
                missing.add(rule.name());
            }
        }
        assertEquals(Set.of(), missing, "rules that no row of " + DOC + " names");
    }

    @Test
    void everyRowSaysWhatJudgesItOrThatNothingDoesYet() {
        List<String> silent = rows().stream()
                .filter(r -> !r.rule().contains("not covered yet") && !REFERENCE.matcher(r.rule()).find()
                        && Arrays.stream(Rule.values()).noneMatch(rule -> r.rule().contains(rule.name())))
                .map(Row::obligation).toList();
        assertEquals(List.of(), silent);
    }

    @Test
    void everyTestNamedExists() {
        Set<String> missing = new TreeSet<>();
        for (Row row : rows()) {
            Matcher m = REFERENCE.matcher(row.tests());
            while (m.find()) {
                if (!declares(TESTS, m.group(1), "\\bvoid\\s+" + m.group(2) + "\\s*\\(")) {
                    missing.add(m.group());
                }
            }
        }
        assertEquals(Set.of(), missing, "tests named in " + DOC + " that " + TESTS + " does not have");
    }

    @Test
    void everyCheckAndFieldNamedExists() {
        Set<String> missing = new TreeSet<>();
        for (Row row : rows()) {
            Matcher check = REFERENCE.matcher(row.rule());
            while (check.find()) {
                if (!declares(MAIN, check.group(1), "[\\w>\\]]\\s+" + check.group(2) + "\\s*\\([^;]*\\{")) {
                    missing.add(check.group());
                }
            }
            Matcher field = FIELD.matcher(row.fields());
            while (field.find()) {
                if (!declares(MAIN, field.group(1), "\\s" + field.group(2) + "\\s*(=[^;]*)?;")) {
                    missing.add(field.group());
                }
            }
            Matcher clause = CLAUSE.matcher(row.fields());
            while (clause.find()) {
                if (Arrays.stream(Clause.values()).noneMatch(c -> c.name().equals(clause.group(1)))) {
                    missing.add("Clause." + clause.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing, "checks, fields and clauses named in " + DOC + " that the code does not have");
    }

    @Test
    void theTableCanTellAMissingTestFromAPresentOne() {
        assertFalse(declares(TESTS, "LegalTraceabilityTest", "\\bvoid\\s+noSuchMethod\\s*\\("));
        assertFalse(declares(TESTS, "NoSuchTest", "\\bvoid\\s+everyTestNamedExists\\s*\\("));
    }

    /** Whether the source file of the class, found by its simple name under the folder, matches the declaration. */
    private boolean declares(Path folder, String simpleName, String declaration) {
        Optional<Path> file = sources.computeIfAbsent(folder, f -> new HashMap<>())
                .computeIfAbsent(simpleName, name -> find(folder, name + ".java"));
        if (file.isEmpty()) {
            return false;
        }
        try {
            return Pattern.compile(declaration).matcher(Files.readString(file.get())).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find(Path folder, String fileName) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().equals(fileName)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
