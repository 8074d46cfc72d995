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
import java.util.Set;
import java.util.regex.Pattern;

import eu.art28.agreements.entity.Clause;

/**
 * The Dutch and English words that show each Art. 28(3) item, kept in
 * {@code agreements/clause-patterns.properties} so legal's vocabulary can grow without touching code.
 */
public final class ClausePatterns {

    public static final String RESOURCE = "/agreements/clause-patterns.properties";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** What {@code {controller}} and {@code {processor}} stand for when a document names its parties otherwise. */
    private static final String CONTROLLER = "controller|verwerkingsverantwoordelijke|verantwoordelijke";
    private static final String PROCESSOR = "processor|verwerker|bewerker";

    private final Properties source;
    private final Map<Clause, List<Pattern>> byClause;
    private final Map<Clause, List<Pattern>> required;
    private final Map<Clause, List<Pattern>> excluded;
    private final Map<Clause, List<Pattern>> weak;
    private final Pattern negation;

    private ClausePatterns(Properties source, Map<Clause, List<Pattern>> byClause, Map<Clause, List<Pattern>> required,
            Map<Clause, List<Pattern>> excluded, Map<Clause, List<Pattern>> weak, Pattern negation) {
        this.source = source;
        this.byClause = byClause;
        this.required = required;
        this.excluded = excluded;
        this.weak = weak;
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
        return of(properties, Set.of(), Set.of());
    }

    private static ClausePatterns of(Properties properties, Set<String> controllers, Set<String> processors) {
        Map<String, String> roles = Map.of("{controller}", role(CONTROLLER, controllers), "{processor}",
                role(PROCESSOR, processors));
        Map<Clause, List<Pattern>> byClause = new EnumMap<>(Clause.class);
        Map<Clause, List<Pattern>> required = new EnumMap<>(Clause.class);
        Map<Clause, List<Pattern>> excluded = new EnumMap<>(Clause.class);
        Map<Clause, List<Pattern>> weak = new EnumMap<>(Clause.class);
        for (Clause clause : Clause.values()) {
            required.put(clause, numbered(properties, clause.name() + ".requires.", roles));
            excluded.put(clause, numbered(properties, clause.name() + ".excludes.", roles));
            weak.put(clause, numbered(properties, clause.name() + ".weak.", roles));
            // numbered keys in order; a gap ends the list so a typo shows up as a missing pattern in the tests
            List<Pattern> patterns = numbered(properties, clause.name() + ".", roles);
            if (patterns.isEmpty()) {
                throw new IllegalStateException("no pattern for " + clause + " in " + RESOURCE);
            }
            byClause.put(clause, patterns);
        }
        return new ClausePatterns(properties, byClause, required, excluded, weak,
                Pattern.compile(properties.getProperty("negation", "(?!)"), FLAGS));
    }

    /**
     * The same words for a document whose parties have their own names ("Klant is verwerkingsverantwoordelijke",
     * "the Supplier"): wherever a pattern says {@code {controller}} or {@code {processor}}, those names count too.
     */
    public ClausePatterns forRoles(Set<String> controllers, Set<String> processors) {
        return controllers.isEmpty() && processors.isEmpty() ? this : of(source, controllers, processors);
    }

    private static String role(String words, Set<String> names) {
        StringBuilder role = new StringBuilder("(?:").append(words);
        names.forEach(name -> role.append('|').append(Pattern.quote(name)));
        return role.append(')').toString();
    }

    private static List<Pattern> numbered(Properties properties, String prefix, Map<String, String> roles) {
        List<Pattern> patterns = new ArrayList<>();
        for (int n = 1; properties.containsKey(prefix + n); n++) {
            String pattern = properties.getProperty(prefix + n);
            for (Map.Entry<String, String> role : roles.entrySet()) {
                pattern = pattern.replace(role.getKey(), role.getValue());
            }
            patterns.add(Pattern.compile(pattern, FLAGS));
        }
        return List.copyOf(patterns);
    }

    public List<Pattern> of(Clause clause) {
        return byClause.get(clause);
    }

    /**
     * Words that show the item but only describe it ("in opdracht van Opdrachtgever"): they find it where nothing
     * else does and lose a tie to a unit that says it in the item's own words.
     */
    public List<Pattern> weak(Clause clause) {
        return weak.get(clause);
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
