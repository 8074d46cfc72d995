package eu.art28.questionnaires.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.InvalidInput.Violation;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Choice;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.Section;
import eu.art28.questionnaires.entity.Wording;

/**
 * A questionnaire as a JSON document: how a version is stored, shipped (the default template) and exchanged over
 * the API. Reading names every field that is not what it must be, together with what {@link Questionnaire#of} finds.
 */
public final class QuestionnaireFormat {

    private QuestionnaireFormat() {
    }

    public static Questionnaire read(JsonObject json) {
        List<Violation> violations = new ArrayList<>();
        Wording name = wording(json, "name");
        List<Section> sections = new ArrayList<>();
        JsonArray sectionArray = array(json, "sections", "sections", violations);
        for (int i = 0; i < sectionArray.size(); i++) {
            String at = "sections[" + i + "]";
            JsonObject section = object(sectionArray.get(i), at, violations);
            List<Question> questions = new ArrayList<>();
            JsonArray questionArray = array(section, "questions", at + ".questions", violations);
            for (int j = 0; j < questionArray.size(); j++) {
                questions.add(question(object(questionArray.get(j), at + ".questions[" + j + "]", violations),
                        at + ".questions[" + j + "]", violations));
            }
            sections.add(new Section(text(section, "code"), wording(section, "title"), questions));
        }
        try {
            Questionnaire questionnaire = Questionnaire.of(name, sections);
            if (violations.isEmpty()) {
                return questionnaire;
            }
        } catch (InvalidInput e) {
            // what the shape already explains (an unknown kind, an item that is not an object) is said once
            List<Violation> shape = List.copyOf(violations);
            e.violations().stream().filter(v -> shape.stream().noneMatch(s -> v.field().equals(s.field())
                    || v.field().startsWith(s.field() + "."))).forEach(violations::add);
        }
        throw new InvalidInput(violations);
    }

    private static Question question(JsonObject json, String at, List<Violation> violations) {
        AnswerKind kind = null;
        String kindName = text(json, "kind");
        if (kindName != null) {
            try {
                kind = AnswerKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(at + ".kind", "questionnaire.kind.unknown", kindName));
            }
        }
        List<Choice> choices = new ArrayList<>();
        JsonArray choiceArray = array(json, "choices", at + ".choices", violations);
        for (int k = 0; k < choiceArray.size(); k++) {
            JsonObject choice = object(choiceArray.get(k), at + ".choices[" + k + "]", violations);
            choices.add(new Choice(text(choice, "code"), wording(choice, "label"),
                    number(choice, "credit", at + ".choices[" + k + "].credit", violations)));
        }
        Set<EvidenceType> evidence = EnumSet.noneOf(EvidenceType.class);
        for (JsonValue type : array(json, "evidence", at + ".evidence", violations)) {
            try {
                evidence.add(EvidenceType.valueOf(((JsonString) type).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                violations.add(new Violation(at + ".evidence", "questionnaire.evidence.unknown", type.toString()));
            }
        }
        return new Question(text(json, "code"), kind, wording(json, "text"), wording(json, "hint"), choices,
                number(json, "weight", at + ".weight", violations), json.getBoolean("required", false), evidence);
    }

    public static JsonObject write(Questionnaire questionnaire) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Section section : questionnaire.getSections()) {
            JsonArrayBuilder questions = Json.createArrayBuilder();
            for (Question question : section.questions()) {
                JsonArrayBuilder choices = Json.createArrayBuilder();
                question.choices().forEach(c -> choices.add(Json.createObjectBuilder().add("code", c.code())
                        .add("label", wording(c.label())).add("credit", c.credit())));
                JsonArrayBuilder evidence = Json.createArrayBuilder();
                question.evidence().stream().map(Enum::name).sorted().forEach(evidence::add);
                JsonObjectBuilder q = Json.createObjectBuilder().add("code", question.code())
                        .add("kind", question.kind().name()).add("text", wording(question.text()))
                        .add("weight", question.weight()).add("required", question.required())
                        .add("choices", choices).add("evidence", evidence);
                if (question.hint() != null && !question.hint().en().isEmpty()) {
                    q.add("hint", wording(question.hint()));
                }
                questions.add(q);
            }
            sections.add(Json.createObjectBuilder().add("code", section.code()).add("title", wording(section.title()))
                    .add("questions", questions));
        }
        return Json.createObjectBuilder().add("name", wording(questionnaire.getName())).add("sections", sections)
                .build();
    }

    private static JsonObjectBuilder wording(Wording wording) {
        return Json.createObjectBuilder().add("en", wording.en()).add("nl", wording.nl());
    }

    private static Wording wording(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonObject object) {
            return new Wording(text(object, "en"), text(object, "nl"));
        }
        return null;
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static int number(JsonObject json, String name, String field, List<Violation> violations) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        violations.add(new Violation(field, "questionnaire.number.whole"));
        return 0;
    }

    private static JsonArray array(JsonObject json, String name, String field, List<Violation> violations) {
        JsonValue value = json.get(name);
        if (value instanceof JsonArray array) {
            return array;
        }
        if (value != null && value != JsonValue.NULL) {
            violations.add(new Violation(field, "questionnaire.list.expected"));
        }
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private static JsonObject object(JsonValue value, String field, List<Violation> violations) {
        if (value instanceof JsonObject object) {
            return object;
        }
        violations.add(new Violation(field, "questionnaire.object.expected"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
