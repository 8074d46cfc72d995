package eu.art28.requests.entity;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;
import eu.art28.questionnaires.entity.Answer;

/**
 * The vendor's answer to one question of a security questionnaire, kept with the request: the values and comment as
 * the questionnaire checks them ({@link Answer}), the reviewer's remark when the answers went back, and the evidence
 * the question asked for with its document, which becomes evidence on file only when the answers are accepted.
 */
@Embeddable
public class QuestionAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "question_code")
    @SingleLine
    private String questionCode;

    /** A JSON array of strings: a text answer may hold any character, a line break or a comma among them. */
    @Column(name = "answer_values")
    @MultiLine
    private String answerValues;

    @Column(name = "answer_comment")
    @MultiLine
    private String comment;

    @Column(name = "review_remark")
    @MultiLine
    private String remark;

    @Embedded
    private SentEvidence evidence;

    /** The newest document uploaded for this question (a request document). */
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_name")
    @SingleLine
    private String documentName;

    /** The evidence registered from it when the answers were accepted. */
    @Column(name = "evidence_id")
    private Long evidenceId;

    protected QuestionAnswer() {
    }

    QuestionAnswer(String questionCode) {
        this.questionCode = questionCode;
    }

    void answered(Answer answer) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        answer.values().forEach(values::add);
        answerValues = answer.given() ? values.build().toString() : null;
        comment = answer.comment();
    }

    void evidence(Request.EvidenceAnswer answer) {
        evidence = new SentEvidence(answer);
    }

    void uploaded(long document, String fileName) {
        documentId = document;
        documentName = fileName;
    }

    void remark(String why) {
        remark = why;
    }

    void registered(long evidence) {
        evidenceId = evidence;
    }

    /** Nothing said, nothing sent, nothing remarked: not worth a row. */
    boolean empty() {
        return answerValues == null && comment == null && remark == null && documentId == null
                && getEvidence().blank();
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public Answer getAnswer() {
        if (answerValues == null) {
            return new Answer(List.of(), comment);
        }
        try (JsonReader reader = Json.createReader(new StringReader(answerValues))) {
            return new Answer(reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .toList(), comment);
        }
    }

    public String getComment() {
        return comment;
    }

    public String getRemark() {
        return remark;
    }

    public Request.EvidenceAnswer getEvidence() {
        return SentEvidence.answer(evidence);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }
}
