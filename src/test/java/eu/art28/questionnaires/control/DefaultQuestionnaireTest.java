package eu.art28.questionnaires.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.questionnaires.entity.Answer;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.Score;
import eu.art28.questionnaires.entity.Section;

class DefaultQuestionnaireTest {

    static final Questionnaire DEFAULT = DefaultQuestionnaire.read();

    @Test
    void oneSectionForEachMeasureOfAnnexIIIAndOneForSubProcessors() {
        assertEquals(List.of("encryption", "resilience", "recovery", "testing", "access", "transit", "storage",
                "physical", "logging", "configuration", "governance", "certification", "minimisation", "erasure",
                "subprocessors"), DEFAULT.getSections().stream().map(Section::code).toList());
    }

    @Test
    void questionsOfEveryKindAndAYesThatNeedsItsReport() {
        assertEquals(Set.of(AnswerKind.values()),
                DEFAULT.questions().stream().map(Question::kind).collect(Collectors.toSet()));
        assertEquals(Set.of(EvidenceType.PENTEST_REPORT), DEFAULT.question("pentest").orElseThrow().evidence());
    }

    @Test
    void theBestAnswersScoreAllAndTheWorstNothing() {
        Map<String, Answer> best = answers(q -> switch (q.kind()) {
            case YES_NO -> Answer.of(Answer.YES);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Answer.of(q.choices().stream()
                    .max((a, b) -> Integer.compare(a.credit(), b.credit())).orElseThrow().code());
            case DATE -> Answer.of("2026-10-01");
            default -> Answer.of("given");
        });
        Map<String, Answer> worst = answers(q -> switch (q.kind()) {
            case YES_NO -> Answer.of(Answer.NO);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Answer.of(q.choices().stream()
                    .min((a, b) -> Integer.compare(a.credit(), b.credit())).orElseThrow().code());
            default -> new Answer(List.of(), null);
        });

        Score top = Score.of(DEFAULT, best);
        assertEquals(100, top.overall());
        assertTrue(top.sections().values().stream().allMatch(s -> s == 100), top::toString);
        assertEquals(0, Score.of(DEFAULT, worst).overall());
        assertEquals(List.of(), DEFAULT.violations(best, Set.of(EvidenceType.values()), true), "all answered");
    }

    @Test
    void writtenAndReadAgainItIsTheSame() {
        Questionnaire again = QuestionnaireFormat.read(QuestionnaireFormat.write(DEFAULT));
        assertEquals(QuestionnaireFormat.write(DEFAULT), QuestionnaireFormat.write(again));
        assertEquals(DEFAULT.questions(), again.questions());
    }

    private static Map<String, Answer> answers(Function<Question, Answer> answer) {
        return DEFAULT.questions().stream().collect(Collectors.toMap(Question::code, answer));
    }

}
