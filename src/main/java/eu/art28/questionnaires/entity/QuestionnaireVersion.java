package eu.art28.questionnaires.entity;

import java.time.Instant;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import eu.art28.platform.entity.SingleLine;

/**
 * One version of the security questionnaire, as sent to vendors from the day it was saved until the next. Never
 * changed: a request names the version its vendor answered, and that must still read as it was asked.
 */
@Entity
@Table(name = "questionnaire_version")
@NamedQuery(name = QuestionnaireVersion.NEWEST_FIRST,
        query = "select v from QuestionnaireVersion v order by v.version desc")
public class QuestionnaireVersion {

    public static final String NEWEST_FIRST = "QuestionnaireVersion.newestFirst";

    @Id
    private int version;

    /** The questionnaire as {@code QuestionnaireFormat} writes it. */
    private String content;

    @Column(name = "created_by")
    @SingleLine
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Transient
    private Questionnaire questionnaire;

    protected QuestionnaireVersion() {
    }

    public QuestionnaireVersion(int version, String content, String createdBy, Instant createdAt) {
        this.version = version;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The questionnaire, read from its document once; entities use no control class, so the reader is given. */
    public Questionnaire questionnaire(Function<String, Questionnaire> reader) {
        if (questionnaire == null) {
            questionnaire = reader.apply(content);
        }
        return questionnaire;
    }

    public int getVersion() {
        return version;
    }

    public String getContent() {
        return content;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
