package eu.art28.questionnaires.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import eu.art28.questionnaires.entity.Questionnaire;

/**
 * A questionnaire as the JSON document a version is stored and shipped as (the default template): the same shape
 * the API takes, which reads a request's body strictly before it gets here (platform's StrictJson).
 */
public final class QuestionnaireFormat {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private QuestionnaireFormat() {
    }

    public static Questionnaire read(String document) {
        return Questionnaire.of(JSONB.fromJson(document, Questionnaire.Document.class));
    }

    public static String write(Questionnaire questionnaire) {
        return JSONB.toJson(questionnaire.document());
    }
}
