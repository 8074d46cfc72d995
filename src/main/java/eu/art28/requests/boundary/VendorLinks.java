package eu.art28.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.alerts.boundary.Outbox;
import eu.art28.chain.boundary.Subprocessors;
import eu.art28.chain.entity.LinkStatus;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.OnBehalf;
import eu.art28.platform.control.SignedDocument;
import eu.art28.questionnaires.boundary.Questionnaires;
import eu.art28.questionnaires.entity.AnswerKind;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.requests.control.LinkThrottle;
import eu.art28.requests.control.RequestMail;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestChanged;
import eu.art28.requests.entity.RequestDocument;
import eu.art28.requests.entity.RequestSent;

/**
 * The vendor's side: a personal link instead of an account. Open to every caller, because the link is the
 * permission: it opens its own request and nothing else, and the vendor's steps are recorded in the audit trail as
 * the contact's, by link ({@link OnBehalf}). The link's secret is neither logged nor kept; only its hash is compared.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class VendorLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkThrottle throttle;

    @Inject
    DocumentStorage storage;

    @Inject
    Outbox outbox;

    @Inject
    Subprocessors subprocessors;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Event<RequestSent> sent;

    @Inject
    Event<RequestChanged> changed;

    /** Who asked, as the receipt names it (ART28_CONTROLLER_NAME); "Art28" when not set. */
    @Inject
    @ConfigProperty(name = "art28.controller.name", defaultValue = "Art28")
    String organisation;

    /** What became of a link. */
    public enum Outcome {
        OPENED, UNKNOWN, THROTTLED, REVOKED, USED, EXPIRED
    }

    /** The outcome, and the request the link opened (only when OPENED). */
    public record Opening(Outcome outcome, Long requestId) {
    }

    /**
     * Trades a link for its request, from the address it came from. A link that opens no request counts against
     * the address; a real link that no longer works (revoked, answered, expired) does not, it is no guess.
     */
    @PermitAll
    public Opening open(String secret, String address) {
        if (throttle.refuses(address)) {
            return new Opening(Outcome.THROTTLED, null);
        }
        Request request = secret == null || secret.isBlank() || secret.length() > 200 ? null
                : em.createNamedQuery(Request.BY_TOKEN, Request.class).setParameter("hash", Request.hash(secret))
                        .getResultStream().findFirst().orElse(null);
        if (request == null) {
            throttle.failed(address);
            return new Opening(Outcome.UNKNOWN, null);
        }
        LocalDate today = LocalDate.now();
        Request.Refusal refusal = request.refusalOn(today);
        if (refusal != null) {
            return new Opening(Outcome.valueOf(refusal.name()), null);
        }
        OnBehalf.of(request.vendorActor(), () -> {
            request.opened(Instant.now(), today);
            em.flush();
            return null;
        });
        return new Opening(Outcome.OPENED, request.getId());
    }

    /**
     * The request the vendor's session holds, while its link still works: a request revoked or expired after the
     * link was opened is closed to the open page too.
     */
    @PermitAll
    public Request request(long id) {
        Request request = em.find(Request.class, id);
        if (request == null || request.refusalOn(LocalDate.now()) != null) {
            throw new NoSuchRecord("request", id);
        }
        return request;
    }

    /**
     * The request as the vendor's session may see it: while the link works, and after the vendor submitted (what
     * they sent, read-only); revoked and expired requests are closed to the session too.
     */
    @PermitAll
    public Request view(long id) {
        Request request = em.find(Request.class, id);
        Request.Refusal refusal = request == null ? null : request.refusalOn(LocalDate.now());
        if (request == null || refusal == Request.Refusal.REVOKED || refusal == Request.Refusal.EXPIRED) {
            throw new NoSuchRecord("request", id);
        }
        return request;
    }

    /** The document size the vendor's page states. */
    @PermitAll
    public long maxMegabytes() {
        return storage.maxMegabytes();
    }

    /**
     * The vendor keeps a half-done answer to come back to, with the document if one came along. Nothing reaches
     * the registry: the answer stays with the request.
     */
    @PermitAll
    public Request saveDraft(long id, Request.Answer answer, DocumentStorage.Upload upload) {
        return answered(id, answer, upload, (request, document, today) -> {
            request.draftSaved(today);
            em.flush();
            store(request, document);
        });
    }

    /**
     * The vendor sends the answer: complete by the evidence's rules and with a document, or refused naming each
     * field. It waits for procurement or legal to accept it; the link turns read-only and the contact gets a
     * receipt by mail.
     */
    @PermitAll
    public Request submit(long id, Request.Answer answer, DocumentStorage.Upload upload) {
        return answered(id, answer, upload, (request, document, today) -> {
            List<InvalidInput.Violation> problems = request.submissionViolations(today,
                    document != null || !documents(id).isEmpty());
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Instant now = Instant.now();
            request.submitted(now, today);
            em.flush();
            store(request, document);
            outbox.enqueue(RequestMail.receipt(request, organisation, now));
            sent.fire(new RequestSent(id));
            changed.fire(new RequestChanged(id, "cause.requestSubmitted"));
        });
    }

    /** What the vendor does next with an answer taken in, with its document checked first. */
    private interface Next {
        void with(Request request, SignedDocument document, LocalDate today);
    }

    /** The vendor's answer taken into the request, as the vendor, and what follows from it, in one place. */
    private Request answered(long id, Request.Answer answer, DocumentStorage.Upload upload, Next next) {
        Request request = request(id);
        SignedDocument document = storage.check(upload);
        Request.Answer checked = answer instanceof Request.ListAnswer list ? onFile(request, list) : answer;
        if (answer instanceof Request.IncidentAnswer incident) {
            onFile(request, incident);
        }
        return OnBehalf.of(request.vendorActor(), () -> {
            LocalDate today = LocalDate.now();
            request.answer(checked, today);
            next.with(request, document, today);
            return request;
        });
    }

    /**
     * The sub-processors on file for the request's processor, as its contact sees them to confirm: the links in use
     * or still to be decided, not those ended, refused or objected to. Only through a request the link opened.
     */
    @PermitAll
    public List<SubprocessorLink> subprocessorsOnFile(long id) {
        return onFile(view(id));
    }

    private List<SubprocessorLink> onFile(Request request) {
        LocalDate today = LocalDate.now();
        return subprocessors.of(request.getProcessor().getId()).stream()
                .filter(l -> l.getEndsOn() == null || !l.getEndsOn().isBefore(today))
                .filter(l -> l.statusOn(today) != LinkStatus.REFUSED && l.statusOn(today) != LinkStatus.OBJECTED)
                .toList();
    }

    /**
     * The links the vendor says it no longer uses, as the registry names them: a link that is not on file for this
     * processor (another processor's, or a made-up id) is refused, whatever the post says it is.
     */
    private Request.ListAnswer onFile(Request request, Request.ListAnswer answer) {
        List<SubprocessorLink> onFile = onFile(request);
        List<Request.Ended> ended = (answer.noLongerUsed() == null ? List.<Request.Ended>of() : answer.noLongerUsed())
                .stream().map(e -> onFile.stream().filter(l -> l.getId() == e.linkId()).findFirst()
                        .map(l -> new Request.Ended(l.getId(), l.getSubprocessor().getName(), l.getService()))
                        .orElseThrow(() -> new InvalidInput("noLongerUsed", "request.subprocessor.notOnFile")))
                .toList();
        return new Request.ListAnswer(answer.additions(), ended);
    }

    /** The sub-processor a reported breach happened at must be one on file for the processor, whatever the post says. */
    private void onFile(Request request, Request.IncidentAnswer answer) {
        if (answer.sourceProcessorId() != null && onFile(request).stream()
                .noneMatch(l -> l.getSubprocessor().getId().equals(answer.sourceProcessorId()))) {
            throw new InvalidInput("sourceProcessorId", "request.subprocessor.notOnFile");
        }
    }

    /** The vendor's uploads to the request, newest first, without the bytes. */
    @PermitAll
    public List<RequestDocument> documents(long id) {
        return storage.descriptions(RequestDocument.class, RequestDocument.OWNER, List.of(id));
    }

    private void store(Request request, SignedDocument document) {
        if (document != null) {
            storage.store(new RequestDocument(request, document, request.vendorActor(), Instant.now()));
        }
    }

    /** The questionnaire the session's request carries, in the version it was sent with. */
    @PermitAll
    public Questionnaire questionnaire(long id) {
        return questionnaireOf(view(id));
    }

    private Questionnaire questionnaireOf(Request request) {
        return questionnaires.questionnaire(questionnaires.version(request.getQuestionnaireVersion()));
    }

    /**
     * The vendor keeps half-done answers to the questionnaire to come back to, with the documents chosen for
     * questions (by question code). Nothing reaches the registry.
     */
    @PermitAll
    public Request saveAnswers(long id, Request.QuestionnaireAnswer answers,
            Map<String, DocumentStorage.Upload> uploads) {
        return answeredQuestionnaire(id, answers, uploads,
                (request, questionnaire, today) -> request.draftSaved(today));
    }

    /**
     * The vendor sends the answers: every required question answered and every evidence a question asks for given
     * with its document, or refused naming each question and why. Then as any answer: waiting for review, the link
     * read-only, a receipt by mail.
     */
    @PermitAll
    public Request submitAnswers(long id, Request.QuestionnaireAnswer answers,
            Map<String, DocumentStorage.Upload> uploads) {
        return answeredQuestionnaire(id, answers, uploads, (request, questionnaire, today) -> {
            List<InvalidInput.Violation> problems = request.questionnaireViolations(questionnaire, today);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Instant now = Instant.now();
            request.submitted(now, today);
            em.flush();
            outbox.enqueue(RequestMail.receipt(request, organisation, now));
            sent.fire(new RequestSent(id));
            changed.fire(new RequestChanged(id, "cause.requestSubmitted"));
        });
    }

    /** What the vendor does next with the questionnaire's answers taken in. */
    private interface NextAnswers {
        void with(Request request, Questionnaire questionnaire, LocalDate today);
    }

    /**
     * The answers and each question's document taken into the request, as the vendor: a document only for a question
     * that takes one (a file, or evidence), each checked as any document and named by its question when refused.
     */
    private Request answeredQuestionnaire(long id, Request.QuestionnaireAnswer answers,
            Map<String, DocumentStorage.Upload> uploads, NextAnswers next) {
        Request request = request(id);
        Questionnaire questionnaire = questionnaireOf(request);
        Map<String, SignedDocument> documents = new LinkedHashMap<>();
        List<InvalidInput.Violation> problems = new ArrayList<>();
        uploads.forEach((code, upload) -> {
            String at = "answers." + code + ".document";
            boolean takesFile = questionnaire.question(code)
                    .map(q -> q.kind() == AnswerKind.FILE || !q.evidence().isEmpty()).orElse(false);
            if (!takesFile) {
                problems.add(new InvalidInput.Violation(at, "questionnaire.answer.unknown"));
                return;
            }
            try {
                SignedDocument document = storage.check(upload);
                if (document != null) {
                    documents.put(code, document);
                }
            } catch (InvalidInput refused) {
                refused.violations().forEach(v -> problems.add(
                        new InvalidInput.Violation(at, v.messageKey(), v.arguments())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return OnBehalf.of(request.vendorActor(), () -> {
            LocalDate today = LocalDate.now();
            request.answer(questionnaire, answers, today);
            documents.forEach((code, document) -> {
                RequestDocument stored = storage.store(new RequestDocument(request, document, request.vendorActor(),
                        Instant.now()));
                request.uploaded(code, stored.getId(), stored.getFileName());
            });
            next.with(request, questionnaire, today);
            em.flush();
            return request;
        });
    }
}
