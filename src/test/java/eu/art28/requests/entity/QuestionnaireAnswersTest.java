package eu.art28.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.InvalidInput;
import eu.art28.questionnaires.control.DefaultQuestionnaire;
import eu.art28.questionnaires.entity.Answer;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Questionnaire;

/** The vendor's answers to a questionnaire kept on its request: what a draft takes, what a submission needs, scores. */
class QuestionnaireAnswersTest {

    static final LocalDate TODAY = RequestTest.TODAY;
    static final Instant NOW = RequestTest.NOW;
    static final Questionnaire ANNEX_III = DefaultQuestionnaire.read();

    static Request request() {
        Request request = Request.issue(RequestTest.processor(), new Request.Asked(RequestKind.SECURITY_QUESTIONNAIRE,
                "anna@hosting.example", "en", TODAY.plusDays(14), null, null), "legal", TODAY, 14).request();
        request.carries(1);
        return request;
    }

    /** Every question answered as a careful vendor would: yes, the first choice, a day, a text; no file. */
    static Map<String, Answer> complete() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : ANNEX_III.questions()) {
            switch (q.kind()) {
                case YES_NO -> answers.put(q.code(), Answer.of(q.code().equals("pentest") ? Answer.NO : Answer.YES));
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> answers.put(q.code(), Answer.of(q.choices().get(0).code()));
                case DATE -> answers.put(q.code(), Answer.of(TODAY.minusMonths(2).toString()));
                case TEXT -> answers.put(q.code(), Answer.of("None outside the EEA."));
                case FILE -> { }
            }
        }
        return answers;
    }

    static Map<String, Answer> firstHalf() {
        Map<String, Answer> half = new LinkedHashMap<>();
        complete().entrySet().stream().limit(complete().size() / 2).forEach(e -> half.put(e.getKey(), e.getValue()));
        return half;
    }

    static List<String> fields(InvalidInput refused) {
        return refused.violations().stream().map(InvalidInput.Violation::field).toList();
    }

    @Test
    void aQuestionnaireRequestCarriesTheVersionSentOnceAndOtherKindsNone() {
        Request request = request();
        assertEquals(1, request.getQuestionnaireVersion());
        assertThrows(IllegalStateException.class, () -> request.carries(2));
        Request evidence = RequestTest.issue(TODAY.plusDays(10)).request();
        assertThrows(IllegalStateException.class, () -> evidence.carries(1));
        assertThrows(RuntimeException.class, () -> evidence.answer(ANNEX_III,
                new Request.QuestionnaireAnswer(complete(), null), TODAY), "an evidence request takes no answers");
    }

    @Test
    void aDraftKeepsHalfTheAnswersAndRefusesOnlyWhatCannotBeAnAnswer() {
        Request request = request();
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(firstHalf(), null), TODAY);
        request.draftSaved(TODAY);
        assertEquals(RequestState.DRAFT, request.getState());
        assertEquals(firstHalf(), request.getAnswers());

        Map<String, Answer> wrong = new LinkedHashMap<>(firstHalf());
        wrong.put("mfa", Answer.of("MAYBE"));
        wrong.put("recovery-time", Answer.of("whenever"));
        wrong.put("last-pentest", Answer.of("last spring"));
        wrong.put("no-such-question", Answer.of(Answer.YES));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> request.answer(ANNEX_III,
                new Request.QuestionnaireAnswer(wrong, null), TODAY));
        assertEquals(java.util.Set.of("answers.no-such-question", "answers.recovery-time", "answers.last-pentest",
                "answers.mfa"), java.util.Set.copyOf(fields(refused)));
        assertEquals(firstHalf(), request.getAnswers(), "nothing of a refused draft is kept");

        InvalidInput wrongEvidence = assertThrows(InvalidInput.class, () -> request.answer(ANNEX_III,
                new Request.QuestionnaireAnswer(firstHalf(), Map.of("pentest", new Request.EvidenceAnswer(
                        EvidenceType.ISO_27001, "DNV", null, null))), TODAY));
        assertEquals(List.of("answers.pentest.type"), fields(wrongEvidence));
    }

    @Test
    void submissionNamesEveryRequiredQuestionLeftOpenAndTheEvidenceAYesNeeds() {
        Request request = request();
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(firstHalf(), null), TODAY);
        List<String> open = fields(new InvalidInput(request.questionnaireViolations(ANNEX_III, TODAY)));
        long required = ANNEX_III.questions().stream().filter(Question::required)
                .filter(q -> !firstHalf().containsKey(q.code())).count();
        assertEquals(required, open.size(), open::toString);
        assertTrue(open.contains("answers.subprocessor-flowdown"), open::toString);

        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(complete(), null), TODAY);
        assertEquals(List.of(), request.questionnaireViolations(ANNEX_III, TODAY));

        // a yes to the penetration test needs its report: the type, who made it, when, and the document
        Map<String, Answer> pentest = new LinkedHashMap<>(complete());
        pentest.put("pentest", Answer.of(Answer.YES));
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(pentest, null), TODAY);
        assertEquals(List.of("answers.pentest", "answers.pentest.type", "answers.pentest.issuer",
                "answers.pentest.issuedOn", "answers.pentest.document"),
                fields(new InvalidInput(request.questionnaireViolations(ANNEX_III, TODAY))));
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(pentest, Map.of("pentest",
                new Request.EvidenceAnswer(EvidenceType.PENTEST_REPORT, "Securify", TODAY.minusDays(30), null))),
                TODAY);
        request.uploaded("pentest", 41L, "pentest-2026.pdf");
        assertEquals(List.of(), request.questionnaireViolations(ANNEX_III, TODAY));
        assertEquals(List.of("pentest"), List.copyOf(request.questionnaireEvidence(ANNEX_III, "legal").keySet()));
        assertEquals(EvidenceType.PENTEST_REPORT,
                request.questionnaireEvidence(ANNEX_III, "legal").get("pentest").getType());
    }

    @Test
    void aDraftScoresWhatIsAnsweredSoFarAndNotApplicableLeavesAQuestionOut() {
        Request request = request();
        assertEquals(0, request.score(ANNEX_III).overall(), "nothing answered earns nothing");
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(firstHalf(), null), TODAY);
        int draft = request.score(ANNEX_III).overall();
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(complete(), null), TODAY);
        int submitted = request.score(ANNEX_III).overall();
        assertTrue(0 < draft && draft < submitted, draft + " < " + submitted);
        assertEquals(100, request.score(ANNEX_III).sections().get("access"));

        Map<String, Answer> answers = new LinkedHashMap<>(complete());
        answers.put("mfa", Answer.of(Answer.NO));
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(answers, null), TODAY);
        assertEquals(60, request.score(ANNEX_III).sections().get("access"), "10 of 25 lost");
        answers.put("mfa", Answer.of(Answer.NOT_APPLICABLE));
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(answers, null), TODAY);
        assertEquals(100, request.score(ANNEX_III).sections().get("access"), "left out, not lost");
    }

    @Test
    void returnedWithARemarkPerQuestionThenAcceptedWithItsScore() {
        Request request = request();
        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(complete(), null), TODAY);
        request.submitted(NOW, TODAY);

        InvalidInput nothing = assertThrows(InvalidInput.class,
                () -> request.returnToVendor("legal", NOW, " ", Map.of("mfa", " "), ANNEX_III));
        assertEquals(List.of("remark"), fields(nothing));
        InvalidInput unknown = assertThrows(InvalidInput.class,
                () -> request.returnToVendor("legal", NOW, null, Map.of("no-such-question", "Why?"), ANNEX_III));
        assertEquals(List.of("remarks"), fields(unknown));
        assertEquals(RequestState.SUBMITTED, request.getState());

        request.returnToVendor("legal", NOW, null, Map.of("mfa", "Which factors?"), ANNEX_III);
        assertEquals(RequestState.RETURNED, request.getState());
        assertEquals("Which factors?", request.getQuestionAnswers().get("mfa").getRemark());
        assertNull(request.getReviewRemark());

        request.answer(ANNEX_III, new Request.QuestionnaireAnswer(complete(), null), TODAY);
        assertEquals("Which factors?", request.getQuestionAnswers().get("mfa").getRemark(),
                "the remark stays beside the answer until the next decision");
        request.submitted(NOW, TODAY);
        request.acceptAnswers("legal", NOW, ANNEX_III);
        assertEquals(RequestState.ACCEPTED, request.getState());
        assertEquals(request.score(ANNEX_III).overall(), request.getQuestionnaireScore());
        assertNull(request.getQuestionAnswers().get("mfa").getRemark());
    }
}
