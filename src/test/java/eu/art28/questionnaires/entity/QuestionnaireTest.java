package eu.art28.questionnaires.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.InvalidInput;

class QuestionnaireTest {

    static final Wording W = new Wording("text", "tekst");

    static Question yesNo(String code, int weight) {
        return new Question(code, AnswerKind.YES_NO, W, null, List.of(), weight, true, Set.of());
    }

    static Question certified() {
        return new Question("certified", AnswerKind.YES_NO, W, null, List.of(), 10, true,
                Set.of(EvidenceType.ISO_27001));
    }

    static Question single(String code, int weight) {
        return new Question(code, AnswerKind.SINGLE_CHOICE, W, null,
                List.of(new Choice("all", W, 100), new Choice("half", W, 50), new Choice("none", W, 0)), weight, false,
                Set.of());
    }

    static Question multiple(String code, int weight) {
        return new Question(code, AnswerKind.MULTIPLE_CHOICE, W, null,
                List.of(new Choice("a", W, 60), new Choice("b", W, 60), new Choice("c", W, 10)), weight, false,
                Set.of());
    }

    static Question other(String code, AnswerKind kind) {
        return new Question(code, kind, W, null, List.of(), 0, false, Set.of());
    }

    static Questionnaire of(Question... questions) {
        return Questionnaire.of(W, List.of(new Section("one", W, List.of(questions))));
    }

    private static Set<String> refused(Wording name, List<Section> sections) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Questionnaire.of(name, sections));
        return Set.copyOf(e.violations().stream().map(v -> v.field() + " " + v.messageKey()).toList());
    }

    @Test
    void aQuestionnaireWithoutSectionsOrNameInBothLanguagesDoesNotExist() {
        assertEquals(Set.of("name.nl questionnaire.wording.incomplete", "sections questionnaire.sections.none"),
                refused(new Wording("Security", " "), List.of()));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Question badWeight = new Question("w", AnswerKind.YES_NO, W, null, List.of(), 101, true, Set.of());
        Question oneChoice = new Question("c", AnswerKind.SINGLE_CHOICE, W, null, List.of(new Choice("x", W, 120)), 1,
                false, Set.of());
        Question textWithChoices = new Question("t", AnswerKind.TEXT, new Wording("only English", ""), null,
                List.of(new Choice("x", W, 1)), 0, false, Set.of(EvidenceType.ISO_27001));
        Question twice = yesNo("w", 1);
        Question noKind = new Question("Bad Code", null, W, null, List.of(), 0, false, Set.of());

        assertEquals(Set.of(
                "sections[0].questions[0].weight questionnaire.weight.range",
                "sections[0].questions[1].choices questionnaire.choices.few",
                "sections[0].questions[1].choices[0].credit questionnaire.credit.range",
                "sections[0].questions[2].text.nl questionnaire.wording.incomplete",
                "sections[0].questions[2].choices questionnaire.choices.notAsked",
                "sections[0].questions[2].evidence questionnaire.evidence.notAsked",
                "sections[0].questions[3].code questionnaire.code.taken",
                "sections[0].questions[4].code questionnaire.code.invalid",
                "sections[0].questions[4].kind questionnaire.kind.missing",
                "sections[1].code questionnaire.code.taken",
                "sections[1].questions questionnaire.questions.none"),
                refused(W, List.of(new Section("one", W, List.of(badWeight, oneChoice, textWithChoices, twice, noKind)),
                        new Section("one", W, List.of()))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "title | questionnaire.wording.singleLine",
            "text  | questionnaire.wording.control",
    })
    void aTitleHasOneLineAQuestionMayHaveMore(String where, String refusal) {
        Wording broken = new Wording("first\nsecond", "eerste\u0007tweede");
        Section section = where.equals("title")
                ? new Section("s", broken, List.of(yesNo("q", 1)))
                : new Section("s", W, List.of(new Question("q", AnswerKind.YES_NO, broken, null, List.of(), 1, true,
                        Set.of())));
        Set<String> fields = refused(W, List.of(section));
        assertEquals(where.equals("title") ? Set.of("sections[0].title.en " + refusal, "sections[0].title.nl " + refusal)
                : Set.of("sections[0].questions[0].text.nl " + refusal), fields);
    }

    @Test
    void aQuestionHasAtMostTwoThousandCharactersAndAHintIsOptionalButWhole() {
        Question longOne = new Question("q", AnswerKind.YES_NO, new Wording("x".repeat(2001), "kort"),
                new Wording("", "alleen Nederlands"), List.of(), 1, true, Set.of());
        assertEquals(Set.of("sections[0].questions[0].text.en questionnaire.wording.tooLong",
                "sections[0].questions[0].hint.en questionnaire.wording.incomplete"),
                refused(W, List.of(new Section("s", W, List.of(longOne)))));
        Question noHint = new Question("q", AnswerKind.YES_NO, W, new Wording(" ", null), List.of(), 1, true, Set.of());
        assertEquals(1, Questionnaire.of(W, List.of(new Section("s", W, List.of(noHint)))).questions().size());
    }

    @ParameterizedTest(name = "{0} answered {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "YES_NO          | YES            | ",
            "YES_NO          | NOT_APPLICABLE | ",
            "YES_NO          | maybe          | questionnaire.answer.YES_NO",
            "YES_NO          | YES,NO         | questionnaire.answer.YES_NO",
            "SINGLE_CHOICE   | half           | ",
            "SINGLE_CHOICE   | all,half       | questionnaire.answer.SINGLE_CHOICE",
            "SINGLE_CHOICE   | most           | questionnaire.answer.SINGLE_CHOICE",
            "MULTIPLE_CHOICE | a,b            | ",
            "MULTIPLE_CHOICE | a,z            | questionnaire.answer.MULTIPLE_CHOICE",
            "DATE            | 2026-11-30     | ",
            "DATE            | 30-11-2026     | questionnaire.answer.DATE",
            "TEXT            | Frankfurt      | ",
            "FILE            | iso.pdf        | ",
    })
    void anAnswerMustFitItsQuestion(AnswerKind kind, String values, String refusal) {
        Question question = switch (kind) {
            case SINGLE_CHOICE -> single("q", 1);
            case MULTIPLE_CHOICE -> multiple("q", 1);
            case YES_NO -> yesNo("q", 1);
            default -> other("q", kind);
        };
        List<InvalidInput.Violation> violations = of(question).violations(
                Map.of("q", new Answer(List.of(values.split(",")), null)), Set.of(), false);
        assertEquals(refusal == null ? List.of() : List.of("answers.q " + refusal),
                violations.stream().map(v -> v.field() + " " + v.messageKey()).toList());
    }

    @Test
    void aDraftMayLeaveQuestionsOpenASubmissionMayNot() {
        Questionnaire questionnaire = of(yesNo("mfa", 10), single("rto", 5));
        Map<String, Answer> half = Map.of("rto", Answer.of("half"));

        assertEquals(List.of(), questionnaire.violations(half, Set.of(), false));
        assertEquals(List.of("answers.mfa questionnaire.answer.required"), questionnaire.violations(half, Set.of(), true)
                .stream().map(v -> v.field() + " " + v.messageKey()).toList());
    }

    @Test
    void anAnswerToNoQuestionIsRefused() {
        assertEquals("answers.ghost", of(yesNo("mfa", 1)).violations(Map.of("mfa", Answer.of("YES"),
                "ghost", Answer.of("YES")), Set.of(), false).get(0).field());
    }

    @Test
    void aYesThatNeedsACertificateNeedsOneOfItsKindsUploaded() {
        Questionnaire questionnaire = of(certified());
        Map<String, Answer> yes = Map.of("certified", Answer.of("YES"));

        assertEquals("questionnaire.answer.evidence",
                questionnaire.violations(yes, Set.of(EvidenceType.SOC2_TYPE_2), true).get(0).messageKey());
        assertEquals(List.of(), questionnaire.violations(yes, Set.of(EvidenceType.ISO_27001), true));
        assertEquals(List.of(), questionnaire.violations(Map.of("certified", Answer.of("NO")), Set.of(), true),
                "a no needs no certificate");
        assertEquals(List.of(), questionnaire.violations(yes, Set.of(), false), "a draft may come without it");
    }

    @Test
    void aCommentHasALimit() {
        Answer longComment = new Answer(List.of("YES"), "x".repeat(Questionnaire.MAX_COMMENT + 1));
        assertEquals("questionnaire.answer.commentTooLong",
                of(yesNo("mfa", 1)).violations(Map.of("mfa", longComment), Set.of(), false).get(0).messageKey());
    }

    @Test
    void questionsAreNumberedBySectionAndPlaceFromOne() {
        Questionnaire two = Questionnaire.of(W, List.of(new Section("one", W, List.of(yesNo("mfa", 1),
                yesNo("tls", 1))), new Section("two", W, List.of(single("rto", 1)))));
        assertEquals(Map.of("mfa", "1.1", "tls", "1.2", "rto", "2.1"), two.numbers());
        assertEquals(List.of("mfa", "tls", "rto"), List.copyOf(two.numbers().keySet()), "in the order asked");
    }
}
