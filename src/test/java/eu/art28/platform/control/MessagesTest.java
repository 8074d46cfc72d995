package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import eu.art28.alerts.entity.Rule;

/** Both languages throughout: every text has its Dutch and its English wording. */
class MessagesTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
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
    void everyRuleHasANameAnExplanationAndAFix() throws IOException {
        Set<String> english = keys("/i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            for (String key : List.of("Rule." + rule, "alert." + rule, "alert." + rule + ".fix")) {
                if (!english.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
