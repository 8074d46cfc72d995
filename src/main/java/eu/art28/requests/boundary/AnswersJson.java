package eu.art28.requests.boundary;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.evidence.entity.EvidenceType;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Question;
import eu.art28.questionnaires.entity.Score;
import eu.art28.questionnaires.entity.Section;
import eu.art28.questionnaires.entity.Wording;
import eu.art28.requests.entity.QuestionAnswer;
import eu.art28.requests.entity.Request;

/**
 * The contact's answers to a security questionnaire as the reviewer reads them: question by question in the version
 * sent, with the score per section and overall of the answers as they stand (a draft's too; the accepted score is
 * the request's questionnaireScore).
 */
@Schema(name = "RequestAnswers", description = "The contact's answers to the questionnaire the request carries, with"
        + " the score per section and overall, in per cent of the weights that apply (null: nothing applies)")
public record AnswersJson(long requestId, int questionnaireVersion, Integer score, List<SectionJson> sections) {

    @Schema(name = "RequestAnswersSection")
    public record SectionJson(String code, Wording title, Integer score, List<QuestionJson> questions) {
    }

    @Schema(name = "RequestAnswersQuestion", description = "A question, its answer (values: YES, NO or NOT_APPLICABLE;"
            + " the codes of the choices chosen; the text; the ISO day; the file's name), the contact's comment, the"
            + " reviewer's remark and the evidence sent with it")
    public record QuestionJson(String code, AnswerKind kind, Wording text, boolean required, int weight,
            List<String> values, String comment, String remark, EvidenceJson evidence) {
    }

    @Schema(name = "RequestAnswersEvidence", description = "Evidence sent with an answer: on file (evidenceId) only"
            + " once the answers are accepted")
    public record EvidenceJson(EvidenceType type, String issuer, LocalDate issuedOn, LocalDate validUntil,
            String documentName, Long evidenceId) {
    }

    static AnswersJson of(ProcessorRequests.Answers answers) {
        Request request = answers.request();
        Score score = answers.score();
        var given = request.getQuestionAnswers();
        return new AnswersJson(request.getId(), request.getQuestionnaireVersion(), score.overall(),
                answers.questionnaire().getSections().stream().map(s -> section(s, score, given)).toList());
    }

    private static SectionJson section(Section section, Score score, java.util.Map<String, QuestionAnswer> given) {
        return new SectionJson(section.code(), section.title(), score.sections().get(section.code()),
                section.questions().stream().map(q -> question(q, given.get(q.code()))).toList());
    }

    private static QuestionJson question(Question question, QuestionAnswer answer) {
        EvidenceJson evidence = answer == null || question.evidence().isEmpty() ? null
                : new EvidenceJson(answer.getEvidence().type(), answer.getEvidence().issuer(),
                        answer.getEvidence().issuedOn(), answer.getEvidence().validUntil(), answer.getDocumentName(),
                        answer.getEvidenceId());
        return new QuestionJson(question.code(), question.kind(), question.text(), question.required(),
                question.weight(), answer == null ? List.of() : answer.getAnswer().values(),
                answer == null ? null : answer.getComment(), answer == null ? null : answer.getRemark(), evidence);
    }
}
