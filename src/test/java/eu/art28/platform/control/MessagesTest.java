package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.junit.jupiter.api.Test;

import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Subject;

/**
 * Both languages throughout: every text has its Dutch and its English wording, and no text reaches a reader with
 * a placeholder left in it or an apostrophe lost.
 *
 * <p>How the application renders a text of {@code i18n/messages*}: {@link Messages#text} formats it with
 * {@link MessageFormat} when it is given arguments and shows it as written without; the callers pass arguments
 * exactly to the texts with a placeholder. On pages, {@code #{msg['key']}} shows it as written and
 * {@code h:outputFormat} with {@code f:param} formats it with {@link MessageFormat} (Mojarra formats when there
 * are parameters, whatever the text). So: a text with a {@code {n}} placeholder, or one a page formats, goes
 * through {@link MessageFormat} (an apostrophe written {@code ''}); every other text is shown verbatim (an
 * apostrophe written {@code '}). {@code i18n/faces*} is always formatted (Faces' MessageFactory, the label as
 * {@code {0}}); {@code ValidationMessages*} goes through Bean Validation's interpolation, where an apostrophe
 * means nothing, and then into {@code {0}} of the Faces bundle or into the API's problem as it is.
 */
class MessagesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*(,\\s*(\\w+))?");
    private static final Pattern LEFT_OVER = Pattern.compile("\\{\\d+[^}]*}");
    /** A page's message: {@code msg['key']} or {@code msg['prefix.'.concat(...)]}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'(\\.concat)?");
    /** One replacement in EL after a page's message: {@code .replace('{0}', p.name)}, its argument balanced. */
    private static final Pattern REPLACE = Pattern.compile("\\.replace\\('\\{(\\d+)\\}',\\s*[^()]*(\\([^()]*\\)[^()]*)*\\)");
    private static final Pattern OUTPUT_FORMAT = Pattern.compile(
            "<h:outputFormat\\b[^>]*?\\bvalue=\"#\\{msg\\['([^']+)'(\\.concat)?[^\"]*\"");

    private static Map<String, String> bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static String resource(String base, Locale language) {
        return "/" + base + (language == Locale.ENGLISH ? "" : "_" + language.getLanguage()) + ".properties";
    }

    private static Set<String> keys(String resource) {
        return new TreeSet<>(bundle(resource).keySet());
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        Set<String> english = keys("/i18n/messages.properties");
        Set<String> dutch = keys("/i18n/messages_nl.properties");
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "in English only");
        assertEquals(Set.of(), onlyDutch, "in Dutch only");
    }

    @Test
    void everyRuleHasANameAnExplanationAndAFix() {
        Set<String> english = keys("/i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            List<String> keys = new ArrayList<>(List.of("Rule." + rule, "alert." + rule, "alert." + rule + ".fix"));
            keys.addAll(Finding.fixKeys(rule, Subject.link(1), List.of()));
            for (String key : keys) {
                if (!english.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTextReadsRightTheWayItIsShown() {
        Pages pages = Pages.read();
        List<String> wrong = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            String resource = resource("i18n/messages", language);
            bundle(resource).forEach((key, text) -> {
                Set<Integer> replaced = pages.replaced(key);
                if (pages.formatted(key) || hasPlaceholder(text) && replaced == null) {
                    checkFormatted(resource, key, text, language, wrong);
                }
                if (replaced != null) {
                    String output = text;
                    for (int n : replaced) {
                        output = output.replace("{" + n + "}", "A" + n);
                    }
                    check(resource + " (page, replace)", key, text, output, wrong);
                }
                if (pages.verbatim(key) || !hasPlaceholder(text) && !pages.formatted(key)) {
                    check(resource + " (as written)", key, text, text, wrong);
                }
            });
            String faces = resource("i18n/faces", language);
            bundle(faces).forEach((key, text) -> checkFormatted(faces, key, text, language, wrong));
        }
        assertEquals(List.of(), wrong, wrong.size() + " texts read wrong: a placeholder left or an apostrophe lost");
    }

    /** As the API (ProblemMapper) and a page (the Faces bundle's BeanValidator.MESSAGE {0}) show a violation. */
    @Test
    void validationMessagesKeepTheirApostrophesAndHaveNoPlaceholderLeft() {
        List<String> wrong = new ArrayList<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            MessageInterpolator interpolator = factory.getMessageInterpolator();
            ConstraintViolation<Sample> violation = factory.getValidator().validate(new Sample()).iterator().next();
            MessageInterpolator.Context context = new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return null;
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new UnsupportedOperationException();
                }
            };
            for (Locale language : LANGUAGES) {
                String resource = resource("ValidationMessages", language);
                String beanValidator = bundle(resource("i18n/faces", language))
                        .get("jakarta.faces.validator.BeanValidator.MESSAGE");
                bundle(resource).forEach((key, text) -> {
                    String shown = interpolator.interpolate("{" + key + "}", context, language);
                    String onPage = new MessageFormat(beanValidator, language).format(new Object[] {shown});
                    for (String output : List.of(shown, onPage)) {
                        check(resource, key, text, output, wrong);
                    }
                });
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " validation messages read wrong");
    }

    static class Sample {
        @NotNull
        String value;
    }

    private static boolean hasPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /** Formats as {@link Messages#text} does, with an argument for every placeholder up to the highest. */
    private static void checkFormatted(String resource, String key, String text, Locale language, List<String> wrong) {
        int highest = -1;
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            highest = Math.max(highest, n);
            if ("choice".equals(m.group(3)) || "number".equals(m.group(3))) {
                numbers.add(n);
            }
        }
        Object[] arguments = new Object[highest + 1];
        for (int n = 0; n <= highest; n++) {
            arguments[n] = numbers.contains(n) ? (Object) 2 : "A" + n;
        }
        String output;
        try {
            output = new MessageFormat(text, language).format(arguments);
        } catch (IllegalArgumentException e) {
            wrong.add(resource + " " + key + ": not a valid MessageFormat pattern: " + e.getMessage());
            return;
        }
        check(resource, key, text, output, wrong);
    }

    /** What the author meant: {@code ''} for one apostrophe; what a reader gets must say the same. */
    private static void check(String resource, String key, String text, String output, List<String> wrong) {
        String meant = text.replace("''", "'");
        if (LEFT_OVER.matcher(output).find()) {
            wrong.add(resource + " " + key + ": a placeholder is left: " + output);
        } else if (count(output, '\'') < count(meant, '\'')) {
            wrong.add(resource + " " + key + ": an apostrophe is lost: " + output);
        } else if (count(output, '\'') > count(meant, '\'')) {
            wrong.add(resource + " " + key + ": a doubled apostrophe shows: " + output);
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /**
     * The message keys the pages use: as written ({@code #{msg['key']}}), with placeholders replaced in EL
     * ({@code msg['key'].replace('{0}', name)}), or formatted ({@code h:outputFormat}). A key built with
     * {@code msg['prefix.'.concat(value)]} stands for every key of the prefix and one more segment (an enum value)
     * where it is formatted or replaced.
     */
    static final class Pages {
        private final Set<String> formatted = new TreeSet<>();
        private final Set<String> verbatim = new TreeSet<>();
        private final Map<String, Set<Integer>> replaced = new TreeMap<>();

        static Pages read() {
            Pages pages = new Pages();
            try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                    pages.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertFalse(pages.formatted.isEmpty() || pages.verbatim.isEmpty() || pages.replaced.isEmpty(),
                    "the pages were read");
            return pages;
        }

        private void add(String page) {
            Matcher formats = OUTPUT_FORMAT.matcher(page);
            Set<Integer> formattedAt = new TreeSet<>();
            while (formats.find()) {
                formatted.add(name(formats.group(1), formats.group(2)));
                formattedAt.add(page.indexOf("msg['", formats.start()));
            }
            Matcher keys = PAGE_KEY.matcher(page);
            while (keys.find()) {
                if (formattedAt.contains(keys.start())) {
                    continue;
                }
                String key = name(keys.group(1), keys.group(2));
                Matcher replace = REPLACE.matcher(page).region(page.indexOf(']', keys.end()) + 1, page.length());
                Set<Integer> indices = new TreeSet<>();
                while (replace.lookingAt()) {
                    indices.add(Integer.parseInt(replace.group(1)));
                    replace.region(replace.end(), page.length());
                }
                if (indices.isEmpty()) {
                    verbatim.add(key);
                } else {
                    replaced.computeIfAbsent(key, k -> new TreeSet<>()).addAll(indices);
                }
            }
        }

        /** A key, or a prefix followed by "*" for one more segment. */
        private static String name(String key, String concat) {
            return concat == null ? key : key + "*";
        }

        private static boolean matches(Set<String> names, String key) {
            return names.contains(key) || names.stream().filter(n -> n.endsWith("*"))
                    .map(n -> n.substring(0, n.length() - 1))
                    .anyMatch(prefix -> key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0);
        }

        boolean formatted(String key) {
            return matches(formatted, key);
        }

        /**
         * Only a key a page names in full: which key {@code msg['prefix.'.concat(value)]} shows is known at run
         * time only, and a text of the prefix with a placeholder is another key's, formatted elsewhere
         * ({@code account.tokens.'.concat(status)} shows "active", not "revokeTitle").
         */
        boolean verbatim(String key) {
            return verbatim.contains(key);
        }

        /** The placeholders a page replaces in the key's text, or null when no page does. */
        Set<Integer> replaced(String key) {
            Set<Integer> indices = null;
            for (Map.Entry<String, Set<Integer>> e : replaced.entrySet()) {
                if (matches(Set.of(e.getKey()), key)) {
                    indices = indices == null ? new TreeSet<>() : indices;
                    indices.addAll(e.getValue());
                }
            }
            return indices;
        }
    }

    @Test
    void aRuleCheckedInCodeSpeaksWithItsConstraintsWords() {
        assertEquals("No control characters (line breaks and tabs are fine).",
                Messages.text(Locale.ENGLISH, "art28.text.control"));
        assertEquals("Geen stuurtekens (regeleinden en tabs mogen wel).",
                Messages.text(Locale.forLanguageTag("nl"), "art28.text.control"));
        assertEquals("no.such.text", Messages.text(Locale.ENGLISH, "no.such.text"));
    }
}
