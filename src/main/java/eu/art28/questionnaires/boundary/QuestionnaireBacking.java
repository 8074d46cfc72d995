package eu.art28.questionnaires.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.boundary.PageMessages;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Choice;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.QuestionnaireVersion;
import eu.art28.questionnaires.entity.Section;
import eu.art28.questionnaires.entity.Wording;

/**
 * settings/questionnaire.xhtml: admin edits the security questionnaire, starting from the current version, one section
 * at a time (the whole questionnaire's inputs at once made a page too heavy to read, for people and for axe-core alike)
 * and question by question, and saves the whole as the next version through {@link Questionnaires#save}, as the API
 * does (audited as its creation). Requests sent before keep their version. The questionnaire checks itself whole; a
 * refusal opens the first section with a wrong field, each of its wrong fields next to its input (the path
 * {@code sections[2].questions[1].text.en} is the input {@code questions:1:text_en}), anything else at the top, named
 * by its section or question number.
 */
@Named
@ViewScoped
public class QuestionnaireBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "questionnaire";
    /** A violation of a list, not of an input: where no input is to put it next to. */
    private static final Pattern LIST = Pattern.compile("(sections|.*\\.(questions|choices))");
    private static final Pattern PLACE = Pattern.compile("sections\\[(\\d+)\\](?:\\.questions\\[(\\d+)\\])?(?:\\.(.*))?");

    @Inject
    Questionnaires questionnaires;

    private QuestionnaireVersion current;
    private final Text name = new Text();
    private List<SectionForm> sections;
    /** The section shown to edit, by its place. */
    private int chosen;

    /** A text in both languages, as two inputs. */
    public static class Text implements Serializable {
        private static final long serialVersionUID = 1L;
        private String en;
        private String nl;

        static Text of(Wording wording) {
            Text text = new Text();
            text.en = wording == null ? null : wording.en();
            text.nl = wording == null ? null : wording.nl();
            return text;
        }

        Wording wording() {
            return new Wording(en, nl);
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public String getNl() {
            return nl;
        }

        public void setNl(String nl) {
            this.nl = nl;
        }
    }

    /** One section as the page edits it. */
    public static class SectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private final Text title;
        private final List<QuestionForm> questions = new ArrayList<>();

        SectionForm(String code, Text title) {
            this.code = code;
            this.title = title;
        }

        Section section() {
            return new Section(code, title.wording(), questions.stream().map(QuestionForm::question).toList());
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Text getTitle() {
            return title;
        }

        public List<QuestionForm> getQuestions() {
            return questions;
        }
    }

    /** One question as the page edits it. */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private AnswerKind kind = AnswerKind.YES_NO;
        private Text text = new Text();
        private Text hint = new Text();
        private Integer weight = 0;
        private boolean required = true;
        private List<EvidenceType> evidence = new ArrayList<>();
        private final List<ChoiceForm> choices = new ArrayList<>();

        static QuestionForm of(Question question) {
            QuestionForm form = new QuestionForm();
            form.code = question.code();
            form.kind = question.kind();
            form.text = Text.of(question.text());
            form.hint = Text.of(question.hint());
            form.weight = question.weight();
            form.required = question.required();
            form.evidence = new ArrayList<>(question.evidence());
            question.choices().forEach(c -> form.choices.add(ChoiceForm.of(c)));
            return form;
        }

        /** What the kind takes, and nothing it does not: choices only for a choice, evidence for a yes or a file. */
        Question question() {
            boolean asksEvidence = kind == AnswerKind.YES_NO || kind == AnswerKind.FILE;
            return new Question(code, kind, text.wording(), hint.wording(),
                    kind != null && kind.hasChoices() ? choices.stream().map(ChoiceForm::choice).toList() : List.of(),
                    weight == null ? 0 : weight, required,
                    asksEvidence && !evidence.isEmpty() ? EnumSet.copyOf(evidence) : Set.of());
        }

        public boolean isHasChoices() {
            return kind != null && kind.hasChoices();
        }

        public boolean isAsksEvidence() {
            return kind == AnswerKind.YES_NO || kind == AnswerKind.FILE;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public AnswerKind getKind() {
            return kind;
        }

        public void setKind(AnswerKind kind) {
            this.kind = kind;
        }

        public Text getText() {
            return text;
        }

        public Text getHint() {
            return hint;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        /** An array, not a list: the page's checkbox menu converts into an array's element type, not a list's. */
        public EvidenceType[] getEvidence() {
            return evidence.toArray(EvidenceType[]::new);
        }

        public void setEvidence(EvidenceType[] evidence) {
            this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(List.of(evidence));
        }

        public List<ChoiceForm> getChoices() {
            return choices;
        }
    }

    /** One choice of a choice question, with the share of the weight it earns. */
    public static class ChoiceForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private Text label = new Text();
        private Integer credit = 0;

        static ChoiceForm of(Choice choice) {
            ChoiceForm form = new ChoiceForm();
            form.code = choice.code();
            form.label = Text.of(choice.label());
            form.credit = choice.credit();
            return form;
        }

        Choice choice() {
            return new Choice(code, label.wording(), credit == null ? 0 : credit);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Text getLabel() {
            return label;
        }

        public Integer getCredit() {
            return credit;
        }

        public void setCredit(Integer credit) {
            this.credit = credit;
        }
    }

    @PostConstruct
    void load() {
        current = questionnaires.current();
        Questionnaire questionnaire = questionnaires.questionnaire(current);
        Text read = Text.of(questionnaire.getName());
        name.en = read.en;
        name.nl = read.nl;
        sections = new ArrayList<>();
        for (Section section : questionnaire.getSections()) {
            SectionForm form = new SectionForm(section.code(), Text.of(section.title()));
            section.questions().forEach(q -> form.questions.add(QuestionForm.of(q)));
            sections.add(form);
        }
    }

    /** Shows another section to edit; what was typed in the one shown stays in the questionnaire being edited. */
    public void choose(int index) {
        chosen = Math.max(0, Math.min(index, sections.size() - 1));
    }

    public void addSection() {
        SectionForm section = new SectionForm(freeCode("section", sectionCodes()), new Text());
        sections.add(section);
        chosen = sections.size() - 1;
        addQuestion();
    }

    public void removeSection() {
        if (!sections.isEmpty()) {
            sections.remove(chosen);
            choose(chosen - 1);
        }
    }

    public void addQuestion() {
        QuestionForm question = new QuestionForm();
        question.code = freeCode("question", questionCodes());
        getSection().questions.add(question);
    }

    public void removeQuestion(QuestionForm question) {
        getSection().questions.remove(question);
    }

    public void addChoice(QuestionForm question) {
        ChoiceForm choice = new ChoiceForm();
        Set<String> taken = new LinkedHashSet<>();
        question.choices.forEach(c -> taken.add(c.code));
        choice.code = freeCode("choice", taken);
        question.choices.add(choice);
    }

    public void removeChoice(QuestionForm question, ChoiceForm choice) {
        question.choices.remove(choice);
    }

    /** A code for something new, unused so far ("question-41"); admin may change it while it is not saved. */
    private static String freeCode(String word, Set<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(word + "-" + n)) {
            n++;
        }
        return word + "-" + n;
    }

    private Set<String> sectionCodes() {
        Set<String> codes = new LinkedHashSet<>();
        sections.forEach(s -> codes.add(s.code));
        return codes;
    }

    private Set<String> questionCodes() {
        Set<String> codes = new LinkedHashSet<>();
        sections.forEach(s -> s.questions.forEach(q -> codes.add(q.code)));
        return codes;
    }

    /** Saves the questionnaire as the next version, or shows each wrong field and saves nothing. */
    public void save() {
        try {
            Questionnaire questionnaire = Questionnaire.of(name.wording(),
                    sections.stream().map(SectionForm::section).toList());
            QuestionnaireVersion saved = questionnaires.save(questionnaire);
            PageMessages.info("questionnaire.page.saved", saved.getVersion());
            load();
        } catch (InvalidInput refused) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            refused.violations().stream().map(v -> PLACE.matcher(v.field())).filter(Matcher::matches).findFirst()
                    .ifPresent(at -> choose(Integer.parseInt(at.group(1))));
            PageMessages.error(null, "questionnaire.page.refused");
            for (InvalidInput.Violation v : refused.violations()) {
                String input = inputId(v.field(), chosen);
                if (input == null) {
                    PageMessages.error(null, "questionnaire.page.at", place(locale, v.field()),
                            Messages.text(locale, v.messageKey(), v.arguments()));
                } else {
                    PageMessages.error(FORM + ":" + input, v.messageKey(), v.arguments());
                }
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * The input a field of the questionnaire is typed in, by its id inside the form, when the page shows it: the name,
     * or a field of the section shown ({@code sections[2].code} is {@code sectionCode}); null for a list or a field of
     * another section.
     */
    static String inputId(String field, int shown) {
        if (LIST.matcher(field).matches()) {
            return null;
        }
        Matcher at = PLACE.matcher(field);
        if (!at.matches()) {
            return field.startsWith("name.") ? field.replace('.', '_') : null;
        }
        if (Integer.parseInt(at.group(1)) != shown || at.group(3) == null && at.group(2) == null) {
            return null;
        }
        String rest = field.substring(field.indexOf('.') + 1);
        if (rest.equals("code")) {
            return "sectionCode";
        }
        return rest.replaceAll("\\.(en|nl)$", "_$1").replaceAll("\\[(\\d+)\\]", ":$1").replace('.', ':');
    }

    /** Where a list's violation is, as people count: the questionnaire, section 2, question 2.3. */
    static String place(Locale locale, String field) {
        Matcher at = PLACE.matcher(field);
        if (!at.matches()) {
            return Messages.text(locale, "questionnaire.page.whole");
        }
        int section = Integer.parseInt(at.group(1)) + 1;
        return at.group(2) == null ? Messages.text(locale, "questionnaire.page.section", section)
                : Messages.text(locale, "questionnaire.page.question", section + "." + (Integer.parseInt(at.group(2))
                        + 1));
    }

    public QuestionnaireVersion getCurrent() {
        return current;
    }

    public Text getName() {
        return name;
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    /** The section shown to edit. */
    public SectionForm getSection() {
        return sections.isEmpty() ? null : sections.get(chosen);
    }

    public int getChosen() {
        return chosen;
    }

    /** A section's title as the reader reads it, or its code while it has none. */
    public String title(SectionForm section) {
        String title = section.title.wording().in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return title.isEmpty() ? section.code : title;
    }

    public AnswerKind[] getKinds() {
        return AnswerKind.values();
    }

    public EvidenceType[] getEvidenceTypes() {
        return EvidenceType.values();
    }
}
