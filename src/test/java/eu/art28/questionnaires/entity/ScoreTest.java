package eu.art28.questionnaires.entity;

import static eu.art28.questionnaires.entity.QuestionnaireTest.W;
import static eu.art28.questionnaires.entity.QuestionnaireTest.multiple;
import static eu.art28.questionnaires.entity.QuestionnaireTest.other;
import static eu.art28.questionnaires.entity.QuestionnaireTest.single;
import static eu.art28.questionnaires.entity.QuestionnaireTest.yesNo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreTest {

    /** One section: mfa (yes/no, weight 30), rto (single choice, 10), certs (multiple choice, 10), notes (text, 0). */
    static final Questionnaire ONE = Questionnaire.of(W, List.of(new Section("access", W,
            List.of(yesNo("mfa", 30), single("rto", 10), multiple("certs", 10), other("notes", AnswerKind.TEXT)))));

    @ParameterizedTest(name = "mfa={0} rto={1} certs={2}: {3} %")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // all of it, none of it
            "YES            | all  | a,b | 100",
            "NO             | none | c   | 2",
            // unanswered earns nothing but counts
            "-              | -    | -   | 0",
            "YES            | -    | -   | 60",
            // a choice earns its share; several add up to the whole weight at most
            "NO             | half | -   | 10",
            "NO             | -    | a   | 12",
            "NO             | -    | a,c | 14",
            // not applicable leaves the question out of the count
            "NOT_APPLICABLE | all  | a,b | 100",
            "NOT_APPLICABLE | half | -   | 25",
            "NOT_APPLICABLE | -    | -   | 0",
    })
    void theShareOfTheWeightsThatApply(String mfa, String rto, String certs, int percent) {
        Map<String, Answer> answers = new HashMap<>();
        if (mfa != null) {
            answers.put("mfa", Answer.of(mfa));
        }
        if (rto != null) {
            answers.put("rto", Answer.of(rto));
        }
        if (certs != null) {
            answers.put("certs", new Answer(Arrays.asList(certs.split(",")), null));
        }
        answers.put("notes", Answer.of("asked, not scored"));

        Score score = Score.of(ONE, answers);

        assertEquals(percent, score.overall());
        assertEquals(Map.of("access", percent), score.sections());
    }

    @Test
    void eachSectionOnItsOwnAndTheTotalOverAllWeights() {
        Questionnaire two = Questionnaire.of(W, List.of(
                new Section("small", W, List.of(yesNo("a", 10))),
                new Section("large", W, List.of(yesNo("b", 30), yesNo("c", 10))),
                new Section("unscored", W, List.of(other("d", AnswerKind.DATE)))));

        Score score = Score.of(two, Map.of("a", Answer.of("NO"), "b", Answer.of("YES"), "c", Answer.of("NO")));

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("small", 0);
        expected.put("large", 75);
        expected.put("unscored", null);
        assertEquals(expected, score.sections(), "in the questionnaire's order; nothing to score is no score");
        assertEquals(60, score.overall(), "30 of 50, not the average of the sections");
    }

    @Test
    void whereNothingAppliesThereIsNoScore() {
        Questionnaire one = Questionnaire.of(W, List.of(new Section("s", W, List.of(yesNo("a", 10)))));
        Score score = Score.of(one, Map.of("a", Answer.of("NOT_APPLICABLE")));
        assertNull(score.overall());
        assertNull(score.sections().get("s"));
    }

    @Test
    void roundedHalfUp() {
        Questionnaire thirds = Questionnaire.of(W, List.of(new Section("s", W,
                List.of(yesNo("a", 1), yesNo("b", 1), yesNo("c", 1)))));
        assertEquals(67, Score.of(thirds, Map.of("a", Answer.of("YES"), "b", Answer.of("YES"))).overall());
        assertEquals(33, Score.of(thirds, Map.of("a", Answer.of("YES"))).overall());
    }
}
