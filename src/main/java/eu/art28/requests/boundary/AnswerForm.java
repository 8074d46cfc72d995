package eu.art28.requests.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.primefaces.model.file.UploadedFile;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.control.Messages;
import eu.art28.questionnaires.entity.Answer;
import eu.art28.questionnaires.entity.Choice;
import eu.art28.questionnaires.entity.Question;
import eu.art28.requests.entity.QuestionAnswer;
import eu.art28.requests.entity.Request;

/**
 * The inputs of one question on the vendor's page, bound by the page and turned into the questionnaire's
 * {@link Answer}: one value (yes/no, a choice, a text), several (choices), a day, or a file, with a comment; and for
 * a question that asks for evidence, its type, issuer, dates and document.
 */
public class AnswerForm {

    private final Question question;
    private String value;
    private List<String> values = new ArrayList<>();
    private LocalDate day;
    private String comment;
    private final EvidenceForm evidence = new EvidenceForm();
    private UploadedFile file;
    private final String documentName;
    private final String remark;

    /** The inputs as the vendor left them: from the answer kept with the request, if any. */
    AnswerForm(Question question, QuestionAnswer kept) {
        this.question = question;
        Answer answer = kept == null ? new Answer(List.of(), null) : kept.getAnswer();
        comment = answer.comment();
        switch (question.kind()) {
            case MULTIPLE_CHOICE -> values = new ArrayList<>(answer.values());
            case DATE -> day = day(answer.value());
            default -> value = answer.value();
        }
        documentName = kept == null ? null : kept.getDocumentName();
        remark = kept == null ? null : kept.getRemark();
        if (kept != null) {
            evidence.fill(kept.getEvidence());
        }
    }

    private static LocalDate day(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the inputs say, as the questionnaire reads an answer; a file question's answer is its document's name. */
    Answer answer() {
        List<String> given = switch (question.kind()) {
            case MULTIPLE_CHOICE -> values == null ? List.of() : values;
            case DATE -> day == null ? List.of() : List.of(day.toString());
            case FILE -> file != null ? List.of(file.getFileName())
                    : documentName == null ? List.of() : List.of(documentName);
            default -> value == null ? List.of() : List.of(value);
        };
        return new Answer(given, comment);
    }

    Request.EvidenceAnswer evidence() {
        return evidence.answer();
    }

    /** The answer in words, for the read-only page after submission. */
    public String words(Locale locale) {
        Answer answer = answer();
        if (!answer.given()) {
            return "—";
        }
        return switch (question.kind()) {
            case YES_NO -> Messages.text(locale, "questionnaire.value." + answer.value());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.values().stream()
                    .map(code -> question.choice(code).map(Choice::label).map(l -> l.in(locale)).orElse(code))
                    .collect(Collectors.joining(", "));
            case DATE -> Messages.date(locale, day);
            default -> answer.value();
        };
    }

    public Question getQuestion() {
        return question;
    }

    /** Whether the question asks for evidence with a yes or with its file. */
    public boolean isAsksEvidence() {
        return !question.evidence().isEmpty();
    }

    public List<EvidenceType> getEvidenceTypes() {
        return question.evidence().stream().sorted().toList();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public List<String> getValues() {
        return values;
    }

    public void setValues(List<String> values) {
        this.values = values;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** What the vendor says of the document it sends as evidence. */
    public EvidenceForm getSent() {
        return evidence;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The document kept for the question, if one was uploaded before. */
    public String getDocumentName() {
        return documentName;
    }

    /** The reviewer's remark on this question when the answers came back. */
    public String getRemark() {
        return remark;
    }
}
