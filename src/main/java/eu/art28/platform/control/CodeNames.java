package eu.art28.platform.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.event.Event;

/**
 * A question, fired as a CDI event, for the names of the catalogue's codes in one language: asked where codes are
 * shown by a feature that may not know the catalogue (the alerts' explanations: "no agreement covers the purposes
 * Klantmailing per post", not "e.mailing"), answered by the catalogue, as {@code CatalogueCodeInUse} is answered by
 * the features that store codes. Unanswered (no catalogue, a code since deleted), a code is named by itself.
 */
public final class CodeNames {

    private final Locale locale;
    private final Map<String, Map<String, String>> byKind = new HashMap<>();

    public CodeNames(Locale locale) {
        this.locale = locale;
    }

    /** Asks the question and answers it answered. */
    public static CodeNames asked(Event<CodeNames> question, Locale locale) {
        CodeNames names = new CodeNames(locale);
        question.fire(names);
        return names;
    }

    public Locale locale() {
        return locale;
    }

    /** The catalogue's answer: the names of the codes of one kind (PURPOSE, DATA_CATEGORY, DATA_SUBJECT). */
    public void answer(String kind, Map<String, String> names) {
        byKind.put(kind, Map.copyOf(names));
    }

    public String of(String kind, String code) {
        return byKind.getOrDefault(kind, Map.of()).getOrDefault(code, code);
    }
}
