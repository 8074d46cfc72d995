package eu.art28.questionnaires.entity;

import java.util.Locale;

/** A question's text, a section's title or a choice's label in the product's two languages. */
public record Wording(String en, String nl) {

    public Wording {
        en = en == null ? "" : en.strip();
        nl = nl == null ? "" : nl.strip();
    }

    public String in(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    public boolean complete() {
        return !en.isEmpty() && !nl.isEmpty();
    }
}
