package eu.art28.questionnaires.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Question;

/** Where the questionnaire page puts what the questionnaire refuses: next to the input, or at the top by number. */
class QuestionnaireBackingTest {

    @Test
    void aFieldOfTheSectionShownIsItsInputAndAnythingElseGoesToTheTop() {
        assertEquals("name_en", QuestionnaireBacking.inputId("name.en", 2));
        assertEquals("sectionCode", QuestionnaireBacking.inputId("sections[2].code", 2));
        assertEquals("title_nl", QuestionnaireBacking.inputId("sections[2].title.nl", 2));
        assertEquals("questions:1:text_en", QuestionnaireBacking.inputId("sections[2].questions[1].text.en", 2));
        assertEquals("questions:1:choices:0:label_nl",
                QuestionnaireBacking.inputId("sections[2].questions[1].choices[0].label.nl", 2));
        assertEquals("questions:0:weight", QuestionnaireBacking.inputId("sections[2].questions[0].weight", 2));
        assertNull(QuestionnaireBacking.inputId("sections[0].questions[1].text.en", 2), "another section's");
        assertNull(QuestionnaireBacking.inputId("sections[2].questions", 2), "a list has no input");
        assertNull(QuestionnaireBacking.inputId("sections[2].questions[1].choices", 2));
        assertNull(QuestionnaireBacking.inputId("sections", 2));
    }

    @Test
    void aQuestionTakesWhatItsKindTakesAndNothingElse() {
        QuestionnaireBacking.QuestionForm form = new QuestionnaireBacking.QuestionForm();
        form.setCode("backups");
        form.setEvidence(new EvidenceType[] {EvidenceType.ISO_27001});
        QuestionnaireBacking.ChoiceForm daily = new QuestionnaireBacking.ChoiceForm();
        daily.setCode("daily");
        daily.setCredit(100);
        form.getChoices().add(daily);
        Question yesNo = form.question();
        assertEquals(Set.of(EvidenceType.ISO_27001), yesNo.evidence());
        assertTrue(yesNo.choices().isEmpty(), "a yes/no question keeps no choices typed for another kind");

        form.setKind(AnswerKind.SINGLE_CHOICE);
        Question single = form.question();
        assertEquals(List.of("daily"), single.choices().stream().map(c -> c.code()).toList());
        assertEquals(100, single.choices().get(0).credit());
        assertTrue(single.evidence().isEmpty(), "only a yes or a file brings evidence");
        form.setWeight(null);
        assertEquals(0, form.question().weight(), "an emptied weight is none");
    }

    @Test
    void whatHasNoInputIsNamedByItsNumberAsPeopleCount() {
        assertEquals("Question 3.2", QuestionnaireBacking.place(Locale.ENGLISH, "sections[2].questions[1].choices"));
        assertEquals("Onderdeel 3", QuestionnaireBacking.place(Locale.forLanguageTag("nl"), "sections[2].questions"));
        assertEquals("The questionnaire", QuestionnaireBacking.place(Locale.ENGLISH, "sections"));
    }
}
