package eu.art28.questionnaires.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.InvalidInput.Violation;

/**
 * A security questionnaire as admin keeps it: sections of questions of different kinds, with weights. It is
 * whole or it does not exist: {@link #of} names every field that is wrong at once. A version, once sent to a
 * vendor, is never changed; a change is a new version (see {@code QuestionnaireTemplate}).
 */
public final class Questionnaire {

    /** Codes are how answers refer to questions across versions: short, lower case, stable. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_TEXT = 4000;
    /** A name, title or choice. */
    static final int SHORT = 200;
    /** A question or its hint. */
    static final int LONG = 2000;
    public static final int MAX_COMMENT = 2000;

    private final Wording name;
    private final List<Section> sections;

    private Questionnaire(Wording name, List<Section> sections) {
        this.name = name;
        this.sections = List.copyOf(sections);
    }

    /** The questionnaire as it is written down: stored, shipped and exchanged (QuestionnaireFormat). */
    public record Document(Wording name, List<Section> sections) {
    }

    public static Questionnaire of(Document document) {
        return of(document.name(), document.sections());
    }

    public Document document() {
        return new Document(name, sections);
    }

    public static Questionnaire of(Wording name, List<Section> sections) {
        List<Violation> violations = new ArrayList<>();
        wording(name, "name", SHORT, violations);
        if (sections == null || sections.isEmpty()) {
            violations.add(new Violation("sections", "questionnaire.sections.none"));
        } else {
            Set<String> sectionCodes = new HashSet<>();
            Set<String> questionCodes = new HashSet<>();
            for (int i = 0; i < sections.size(); i++) {
                checkSection(sections.get(i), "sections[" + i + "]", sectionCodes, questionCodes, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Questionnaire(name, sections);
    }

    private static void checkSection(Section section, String at, Set<String> sectionCodes, Set<String> questionCodes,
            List<Violation> violations) {
        code(section.code(), at + ".code", sectionCodes, violations);
        wording(section.title(), at + ".title", SHORT, violations);
        if (section.questions().isEmpty()) {
            violations.add(new Violation(at + ".questions", "questionnaire.questions.none"));
        }
        for (int j = 0; j < section.questions().size(); j++) {
            checkQuestion(section.questions().get(j), at + ".questions[" + j + "]", questionCodes, violations);
        }
    }

    private static void checkQuestion(Question question, String at, Set<String> codes, List<Violation> violations) {
        code(question.code(), at + ".code", codes, violations);
        if (question.kind() == null) {
            violations.add(new Violation(at + ".kind", "questionnaire.kind.missing"));
            return;
        }
        wording(question.text(), at + ".text", LONG, violations);
        if (question.hint() != null && !question.hint().blank()) {
            wording(question.hint(), at + ".hint", LONG, violations);
        }
        if (question.weight() < 0 || question.weight() > 100) {
            violations.add(new Violation(at + ".weight", "questionnaire.weight.range", 0, 100));
        }
        if (question.kind().hasChoices()) {
            if (question.choices().size() < 2) {
                violations.add(new Violation(at + ".choices", "questionnaire.choices.few", 2));
            }
            Set<String> choiceCodes = new HashSet<>();
            for (int k = 0; k < question.choices().size(); k++) {
                Choice choice = question.choices().get(k);
                String place = at + ".choices[" + k + "]";
                code(choice.code(), place + ".code", choiceCodes, violations);
                wording(choice.label(), place + ".label", SHORT, violations);
                if (choice.credit() < 0 || choice.credit() > 100) {
                    violations.add(new Violation(place + ".credit", "questionnaire.credit.range", 0, 100));
                }
            }
        } else if (!question.choices().isEmpty()) {
            violations.add(new Violation(at + ".choices", "questionnaire.choices.notAsked"));
        }
        if (!question.evidence().isEmpty() && question.kind() != AnswerKind.YES_NO
                && question.kind() != AnswerKind.FILE) {
            violations.add(new Violation(at + ".evidence", "questionnaire.evidence.notAsked"));
        }
    }

    /**
     * Both languages given, within their length; a name, title or label on one line, a question's text and hint
     * with line breaks if need be, and no other control characters in either.
     */
    private static void wording(Wording wording, String at, int most, List<Violation> violations) {
        if (wording == null) {
            violations.add(new Violation(at + ".en", "questionnaire.wording.incomplete"));
            return;
        }
        for (String language : List.of("en", "nl")) {
            String text = language.equals("en") ? wording.en() : wording.nl();
            String field = at + "." + language;
            if (text.isEmpty()) {
                violations.add(new Violation(field, "questionnaire.wording.incomplete"));
            } else if (text.length() > most) {
                violations.add(new Violation(field, "questionnaire.wording.tooLong", most));
            } else if (most == SHORT ? text.chars().anyMatch(Character::isISOControl)
                    : text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                violations.add(new Violation(field,
                        most == SHORT ? "questionnaire.wording.singleLine" : "questionnaire.wording.control"));
            }
        }
    }

    private static void code(String code, String field, Set<String> taken, List<Violation> violations) {
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(new Violation(field, "questionnaire.code.invalid"));
        } else if (!taken.add(code)) {
            violations.add(new Violation(field, "questionnaire.code.taken", code));
        }
    }

    public Wording getName() {
        return name;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** How a question is numbered where people read it: its section's place and its own, counted from one (3.2). */
    public Map<String, String> numbers() {
        Map<String, String> numbers = new java.util.LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Question> questions = sections.get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                numbers.put(questions.get(q).code(), (s + 1) + "." + (q + 1));
            }
        }
        return numbers;
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /**
     * What is wrong with the vendor's answers, each named {@code answers.<question code>}: while saving a draft only
     * what cannot be an answer to the question; on submission also what is required and not given, and a yes or a
     * file without evidence of a kind the question asks for among the types uploaded.
     */
    public List<Violation> violations(Map<String, Answer> answers, Set<EvidenceType> uploaded, boolean submitting) {
        List<Violation> violations = new ArrayList<>();
        answers.keySet().stream().sorted().filter(code -> question(code).isEmpty())
                .forEach(code -> violations.add(new Violation("answers." + code, "questionnaire.answer.unknown")));
        for (Question question : questions()) {
            String field = "answers." + question.code();
            Answer answer = answers.getOrDefault(question.code(), new Answer(List.of(), null));
            Optional<String> wrong = wrong(question, answer);
            if (wrong.isPresent()) {
                violations.add(new Violation(field, wrong.get()));
            } else if (submitting && question.required() && !answer.given()) {
                violations.add(new Violation(field, "questionnaire.answer.required"));
            } else if (submitting && needsEvidence(question, answer)
                    && Collections.disjoint(question.evidence(), uploaded)) {
                violations.add(new Violation(field, "questionnaire.answer.evidence"));
            }
        }
        return violations;
    }

    private static boolean needsEvidence(Question question, Answer answer) {
        return !question.evidence().isEmpty() && answer.given()
                && (question.kind() == AnswerKind.FILE || Answer.YES.equals(answer.value()));
    }

    /** The message key of what makes this answer impossible for this question. */
    private static Optional<String> wrong(Question question, Answer answer) {
        if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
            return Optional.of("questionnaire.answer.commentTooLong");
        }
        if (!answer.given()) {
            return Optional.empty();
        }
        List<String> values = answer.values();
        boolean fits = switch (question.kind()) {
            case YES_NO -> values.size() == 1
                    && Set.of(Answer.YES, Answer.NO, Answer.NOT_APPLICABLE).contains(values.get(0));
            case SINGLE_CHOICE -> values.size() == 1 && question.choice(values.get(0)).isPresent();
            case MULTIPLE_CHOICE -> values.stream().allMatch(v -> question.choice(v).isPresent());
            case TEXT, FILE -> values.size() == 1 && values.get(0).length() <= MAX_TEXT;
            case DATE -> values.size() == 1 && isDay(values.get(0));
        };
        return fits ? Optional.empty() : Optional.of("questionnaire.answer." + question.kind());
    }

    private static boolean isDay(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
