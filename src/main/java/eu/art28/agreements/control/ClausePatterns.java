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
    private final Pattern negation;

    private ClausePatterns(Map<Clause, List<Pattern>> byClause, Pattern negation) {
        this.byClause = byClause;
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
        for (Clause clause : Clause.values()) {
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
        return new ClausePatterns(byClause, Pattern.compile(properties.getProperty("negation", "(?!)"), FLAGS));
    }

    public List<Pattern> of(Clause clause) {
        return byClause.get(clause);
    }

    /** Whether a sentence says the item is absent rather than present. */
    public boolean negates(String sentence) {
        return negation.matcher(sentence).find();
    }
}
