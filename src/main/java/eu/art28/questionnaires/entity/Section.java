package eu.art28.questionnaires.entity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group of questions on one measure (Annex III of the EU 2021/915 clauses lists them), scored on its own. */
@Schema(name = "QuestionnaireSection", description = "A section of the questionnaire: one measure, scored on its own")
public record Section(String code, Wording title, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
