package eu.art28.agreements.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import eu.art28.agreements.entity.Clause;

/**
 * The Dutch and English words that show each Art. 28(3) item, kept in
 * {@code agreements/clause-patterns.properties} so legal's vocabulary can grow without touching code.
 */
public final class ClausePatterns {

    public static final String RESOURCE = "/agreements/clause-patterns.properties";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Map<Clause, List<Pattern>> byClause;
    private final Map<Clause, List<Pattern>> required;
    private final Map<Clause, List<Pattern>> excluded;
    private final Pattern negation;

    private ClausePatterns(Map<Clause, List<Pattern>> byClause, Map<Clause, List<Pattern>> required,
            Map<Clause, List<Pattern>> excluded, Pattern negation) {
        this.byClause = byClause;
        this.required = required;
        this.excluded = excluded;
        this.negation = negation;
    }

    /** The shipped set. */
    public static ClausePatterns standard() {
        try (InputStream in = ClausePatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClausePatterns of(Properties properties) {
        Map<Clause, List<Pattern>> byClause = new EnumMap<>(Clause.class);
        Map<Clause, List<Pattern>> required = new EnumMap<>(Clause.class);
        Map<Clause, List<Pattern>> excluded = new EnumMap<>(Clause.class);
        for (Clause clause : Clause.values()) {
            required.put(clause, numbered(properties, clause.name() + ".requires."));
            excluded.put(clause, numbered(properties, clause.name() + ".excludes."));
            List<Pattern> patterns = new ArrayList<>();
            // numbered keys in order; a gap ends the list so a typo shows up as a missing pattern in the tests
            for (int n = 1; properties.containsKey(clause.name() + "." + n); n++) {
                patterns.add(Pattern.compile(properties.getProperty(clause.name() + "." + n), FLAGS));
            }
            if (patterns.isEmpty()) {
                throw new IllegalStateException("no pattern for " + clause + " in " + RESOURCE);
            }
            byClause.put(clause, List.copyOf(patterns));
        }
        return new ClausePatterns(byClause, required, excluded, Pattern.compile(properties.getProperty("negation", "(?!)"), FLAGS));
    }

    private static List<Pattern> numbered(Properties properties, String prefix) {
        List<Pattern> patterns = new ArrayList<>();
        for (int n = 1; properties.containsKey(prefix + n); n++) {
            patterns.add(Pattern.compile(properties.getProperty(prefix + n), FLAGS));
        }
        return List.copyOf(patterns);
    }

    public List<Pattern> of(Clause clause) {
        return byClause.get(clause);
    }

    /** What a paragraph must also say before the item's words count in it: who does it, or that it is a duty. */
    public List<Pattern> required(Clause clause) {
        return required.get(clause);
    }

    /** Whether the item's words in this sentence are about something else (a commercial secret, an invoice). */
    public boolean excludes(Clause clause, String sentence) {
        return excluded.get(clause).stream().anyMatch(p -> p.matcher(sentence).find());
    }

    /** Whether a sentence says the item is absent rather than present. */
    public boolean negates(String sentence) {
        return negation.matcher(sentence).find();
    }
}
