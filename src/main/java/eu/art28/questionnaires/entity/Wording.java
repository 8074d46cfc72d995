package eu.art28.questionnaires.entity;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question's text, a section's title or a choice's label in the product's two languages. */
@Schema(name = "QuestionnaireText", description = "A text in English and Dutch")
public record Wording(String en, String nl) {

    public Wording {
        en = en == null ? "" : en.strip();
        nl = nl == null ? "" : nl.strip();
    }

    public String in(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    public boolean blank() {
        return en.isEmpty() && nl.isEmpty();
    }
}
