package eu.art28.questionnaires.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

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
    void whatHasNoInputIsNamedByItsNumberAsPeopleCount() {
        assertEquals("Question 3.2", QuestionnaireBacking.place(Locale.ENGLISH, "sections[2].questions[1].choices"));
        assertEquals("Onderdeel 3", QuestionnaireBacking.place(Locale.forLanguageTag("nl"), "sections[2].questions"));
        assertEquals("The questionnaire", QuestionnaireBacking.place(Locale.ENGLISH, "sections"));
    }
}
