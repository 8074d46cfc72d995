package eu.art28.questionnaires.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.evidence.entity.EvidenceType;

/**
 * One question: how it is answered, its weight in the score (0: asked, not scored), whether it must be answered,
 * and the kinds of evidence that must come with a yes (a certificate for "are you certified?").
 */
@Schema(name = "QuestionnaireQuestion",
        description = "A question: how it is answered, its weight (0 to 100; 0 is asked, not scored), whether it "
                + "must be answered, the evidence types a yes must bring")
public record Question(String code, AnswerKind kind, Wording text, Wording hint, List<Choice> choices, int weight,
        boolean required, Set<EvidenceType> evidence) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        // in the enumeration's order, not Set.copyOf's, which differs from set to set: a version written twice
        // must read the same (DefaultQuestionnaireTest)
        evidence = evidence == null || evidence.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(evidence));
    }

    public Optional<Choice> choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Whether answering it can earn or lose points. */
    public boolean scored() {
        return weight > 0;
    }
}
