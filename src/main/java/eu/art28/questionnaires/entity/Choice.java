package eu.art28.questionnaires.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer a choice question offers, with the share of the question's weight it earns (0 to 100 %). */
@Schema(name = "QuestionnaireChoice",
        description = "A choice of a choice question, with the share of the weight it earns (0 to 100)")
public record Choice(String code, Wording label, int credit) {
}
