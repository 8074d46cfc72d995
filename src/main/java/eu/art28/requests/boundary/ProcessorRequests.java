package eu.art28.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.alerts.boundary.Notifications;
import eu.art28.alerts.boundary.Outbox;
import eu.art28.agreements.boundary.Agreements;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.Subject;
import eu.art28.chain.boundary.Subprocessors;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.deletion.boundary.Deletions;
import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.entity.DeletionOrReturn;
import eu.art28.engagements.boundary.Engagements;
import eu.art28.evidence.boundary.EvidenceRegister;
import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.incidents.boundary.Incidents;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.processors.boundary.Processors;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ReviewOutcome;
import eu.art28.questionnaires.boundary.Questionnaires;
import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.Score;
import eu.art28.requests.control.RequestMail;
import eu.art28.requests.entity.AlertAnswers;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestChanged;
import eu.art28.requests.entity.RequestDocument;
import eu.art28.requests.entity.RequestKind;
import eu.art28.requests.entity.RequestSent;
import eu.art28.requests.entity.RequestState;
import eu.art28.requests.entity.SubprocessorChange;

/**
 * The one way in for our side of requests to processors, from pages and API alike; each method is one
 * transaction. A request and its mail are written together: the mail leaves only if the request is committed.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class ProcessorRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    Event<RequestSent> sent;

    @Inject
    Event<RequestChanged> changed;

    @Inject
    EvidenceRegister evidenceRegister;

    @Inject
    DocumentStorage storage;

    @Inject
    VendorLinks vendorLinks;

    @Inject
    Deletions deletions;

    @Inject
    Subprocessors subprocessors;

    @Inject
    Processors processors;

    @Inject
    Engagements engagements;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Incidents incidents;

    @Inject
    Agreements agreements;

    @Inject
    @ConfigProperty(name = "art28.requests.grace-days", defaultValue = "14")
    int graceDays;

    @Inject
    @ConfigProperty(name = "art28.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    /** Who asks, as the vendor reads it in the mail (ART28_CONTROLLER_NAME); "Art28" when not set. */
    @Inject
    @ConfigProperty(name = "art28.controller.name", defaultValue = "Art28")
    String organisation;

    /** The processor's requests, newest first. */
    @PermitAll
    public List<Request> of(long processorId) {
        processor(processorId);
        return em.createNamedQuery(Request.OF_PROCESSOR, Request.class).setParameter("processor", processorId)
                .getResultList();
    }

    /**
     * The requests still open on that day, of every processor, most urgent (soonest due) first: those the contact
     * may still answer and those answered and waiting for our review; not those accepted, revoked or expired. The
     * first {@code size} and how many there are, in two statements whatever the size.
     */
    @PermitAll
    public Page<Request> open(LocalDate today, int size) {
        String where = " where r.state = :submitted or (r.state in :waiting and r.linkValidUntil >= :today)";
        List<RequestState> waiting = Arrays.stream(RequestState.values()).filter(RequestState::waitingForVendor)
                .toList();
        return new Page<>(em.createQuery("select r from Request r join fetch r.processor" + where
                        + " order by r.dueOn, r.id", Request.class).setParameter("submitted", RequestState.SUBMITTED)
                .setParameter("waiting", waiting).setParameter("today", today).setMaxResults(size).getResultList(),
                em.createQuery("select count(r) from Request r" + where, Long.class)
                        .setParameter("submitted", RequestState.SUBMITTED).setParameter("waiting", waiting)
                        .setParameter("today", today).getSingleResult());
    }

    /** One request, only through the processor it was made to. */
    @PermitAll
    public Request find(long processorId, long id) {
        Request request = em.find(Request.class, id);
        if (request == null || !request.getProcessor().getId().equals(processorId)) {
            throw new NoSuchRecord("request", id);
        }
        return request;
    }

    /**
     * Asks the processor's contact, by mail with a personal link. From an alert (its id in {@code asked}): the
     * alert must be open, of this processor, and one a request of that kind answers.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Request create(long processorId, Request.Asked asked) {
        Processor processor = processor(processorId);
        if (asked.alertId() != null) {
            checkAlert(processorId, asked);
        }
        Request.Issued issued = Request.issue(processor, asked, caller(), LocalDate.now(), graceDays);
        if (issued.request().getKind() == RequestKind.SECURITY_QUESTIONNAIRE) {
            issued.request().carries(questionnaires.current().getVersion());
        }
        em.persist(issued.request());
        em.flush();
        outbox.enqueue(RequestMail.of(issued.request(), issued.secret(), baseUrl, organisation, Instant.now()));
        sent.fire(new RequestSent(issued.request().getId()));
        return issued.request();
    }

    private void checkAlert(long processorId, Request.Asked asked) {
        Alert alert = em.find(Alert.class, asked.alertId());
        if (alert == null || alert.getProcessorId() != processorId) {
            throw new InvalidInput("alertId", "request.alert.unknown");
        }
        if (alert.isResolved()) {
            throw new InvalidInput("alertId", "request.alert.resolved");
        }
        if (!AlertAnswers.answers(alert.getRule(), asked.kind())) {
            throw new InvalidInput("alertId", "request.alert.otherKind");
        }
    }

    /**
     * The kinds of request that answer an alert of this processor, the proposed one first, for the form opened from
     * it; none when the alert is unknown here, resolved, or one no request answers.
     */
    @PermitAll
    public List<RequestKind> kindsFor(long processorId, long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null || alert.getProcessorId() != processorId || alert.isResolved()) {
            return List.of();
        }
        return AlertAnswers.kindsFor(alert.getRule());
    }

    /** Takes the request back: its link stops working at once. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Request revoke(long processorId, long id, long version) {
        Request request = find(processorId, id);
        Conflict.ifStale(version, request.getVersion());
        request.revoke(caller(), Instant.now(), LocalDate.now());
        Records.flushed(em, request);
        changed.fire(new RequestChanged(id, "cause.requestRevoked"));
        return request;
    }

    /**
     * Accepts the vendor's answer: for evidence, it is registered as evidence like any other, with the vendor's
     * newest document, by the evidence register's own checks, so that it resolves its alerts as typed evidence
     * does. Until then it was only on the request: nothing from outside is on file unreviewed.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Request accept(long processorId, long id, long version) {
        Request request = find(processorId, id);
        Conflict.ifStale(version, request.getVersion());
        Long evidenceId = null;
        boolean pending = request.isPendingReview();
        if (request.getKind() == RequestKind.EVIDENCE && pending) {
            RequestDocument document = storage.current(RequestDocument.class, RequestDocument.OWNER, id,
                    "document of request");
            Evidence evidence = evidenceRegister.save(request.evidence(caller()),
                    new DocumentStorage.Upload(document.getFileName(), document.getContent()));
            evidenceId = evidence.getId();
        } else if (request.getKind() == RequestKind.DELETION_CONFIRMATION && pending) {
            confirmDeletion(request);
        } else if (request.getKind() == RequestKind.SUBPROCESSOR_LIST && pending) {
            changeChain(request);
        } else if (request.getKind() == RequestKind.INCIDENT_REPORT && pending) {
            // registered as one typed in, so that the notice window and our clock judge it the same way; reported
            // (and so known to us) at the submission, whenever it is accepted; the link stands for the next breach
            request.incidentRegistered(incidents.register(processorId, request.getIncidentAnswer().sourceProcessorId(),
                    request.incidentReport(request.getSubmittedAt())).incident().getId(), caller(), Instant.now());
        } else if (request.getKind() == RequestKind.SIGNED_DPA && pending) {
            request.agreementDrafted(draftAgreement(request).getId());
        } else if (request.getKind() == RequestKind.SECURITY_QUESTIONNAIRE && pending) {
            acceptAnswers(request);
        }
        if (request.isPendingReview() || !pending) {
            // an answer still under review is accepted as such; one that was not under review, the request refuses
            request.accept(caller(), Instant.now(), evidenceId);
        }
        Records.flushed(em, request);
        changed.fire(new RequestChanged(id, "cause.requestAccepted"));
        return request;
    }

    /**
     * The vendor's deletion confirmation recorded through the deletion feature, as our people record one (the
     * reviewer is who confirmed it), with the vendor's certificate if it sent one: for what ended of the processor
     * and is not confirmed yet, or only the subject of the alert the request was made from. The choice on record
     * stays; without one, the vendor's method stands for it. DELETION_NOT_CONFIRMED then resolves by its own rule.
     */
    private void confirmDeletion(Request request) {
        long processorId = request.getProcessor().getId();
        Alert alert = request.getAlertId() == null ? null : em.find(Alert.class, request.getAlertId());
        List<EndedProcessing> open = deletions.ended(processorId).stream()
                .filter(e -> e.state() != DeletionState.CONFIRMED)
                .filter(e -> alert == null || e.subject().equals(alert.getSubject())).toList();
        if (open.isEmpty()) {
            throw new Conflict("request.accept.nothingEnded");
        }
        List<RequestDocument> uploaded = vendorLinks.documents(request.getId());
        RequestDocument certificate = uploaded.isEmpty() ? null : storage.current(RequestDocument.class,
                RequestDocument.OWNER, request.getId(), "document of request");
        Request.DeletionAnswer answer = request.getDeletionAnswer();
        for (EndedProcessing ended : open) {
            DeletionOrReturn record = ended.record();
            Deletions.Entry entry = new Deletions.Entry(
                    record == null || record.getChoice() == null ? answer.method().choice() : record.getChoice(),
                    answer.deletedOn(), request.deletionNote(record == null ? null : record.getNote(), NOTE_MAX),
                    record == null ? null : record.getVersion());
            deletions.record(ended.kind(), ended.id(), entry, certificate == null ? null
                    : new DocumentStorage.Upload(certificate.getFileName(), certificate.getContent()));
        }
    }

    /**
     * The questionnaire's answers accepted: each document sent as evidence a question asked for is registered as
     * evidence with it, and the answers themselves as the processor's description of its measures (Art. 32; the
     * evidence type ART32_MEASURES_ANNEX, issued on the day they were submitted), so that the security gate and the
     * expiries judge them as any evidence by the policy in force (SECURITY_NOT_DEMONSTRATED resolves where that type
     * or a certificate sent counts). The score is kept with the request and with the processor, for its risk, and the
     * acceptance is the processor's periodic review: answers that do not show sufficient guarantees are returned, or
     * legal records a review of another outcome afterwards, which is then the last.
     */
    private void acceptAnswers(Request request) {
        Questionnaire questionnaire = questionnaireOf(request);
        String by = caller();
        request.questionnaireEvidence(questionnaire, by).forEach((code, evidence) -> {
            RequestDocument document = storage.withContent(RequestDocument.class, RequestDocument.OWNER,
                    request.getId(), request.getQuestionAnswers().get(code).getDocumentId());
            Evidence saved = evidenceRegister.save(evidence,
                    new DocumentStorage.Upload(document.getFileName(), document.getContent()));
            request.registered(code, saved.getId());
        });
        request.acceptAnswers(by, Instant.now(), questionnaire);
        String accepted = request.questionnaireNotes();
        evidenceRegister.save(new Evidence(request.getProcessor(), by).describe(EvidenceType.ART32_MEASURES_ANNEX,
                request.getProcessor().getName(), null, request.submittedOn(), null, accepted));
        request.getProcessor().questionnaireScored(request.getQuestionnaireScore(), request.submittedOn(),
                request.getId());
        // the periodic review of the processor's guarantees (Art. 28(1)) is what the answers were read for: recorded
        // as any review, so that REVIEW_DUE resolves by its own rule and the next one follows the tier's cadence
        processors.review(request.getProcessor().getId(), LocalDate.now(), ReviewOutcome.SUFFICIENT, accepted, null);
    }

    /**
     * The signed agreement the vendor sent, as a draft version that goes through the four-eyes review like any other,
     * never approved by the upload: an amendment of the agreement whose alert the request answers (while that one is
     * approved), else a new agreement of the processor, its reference made from the request (legal may change it
     * while it is a draft). The vendor's signing day is set and its PDF uploaded, which puts the DPA reader to work:
     * the dates, the checklist and the sub-processors it finds are proposals for legal to confirm.
     */
    private Agreement draftAgreement(Request request) {
        Alert alert = request.getAlertId() == null ? null : em.find(Alert.class, request.getAlertId());
        Agreement renewed = alert == null || alert.getSubject().kind() != Subject.Kind.AGREEMENT ? null
                : em.find(Agreement.class, alert.getSubject().id());
        LocalDate signedOn = request.getSignedDpaAnswer().signedOn();
        Agreement draft = renewed != null && renewed.getStatus() == AgreementStatus.APPROVED
                ? agreements.amend(renewed.getId())
                : new Agreement(request.getProcessor(), "DPA-" + signedOn.getYear() + "-R" + request.getId());
        draft.setSignedOn(signedOn);
        draft = agreements.save(draft);
        RequestDocument document = storage.current(RequestDocument.class, RequestDocument.OWNER, request.getId(),
                "document of request");
        agreements.upload(draft.getId(), document.getFileName(), document.getContent());
        return draft;
    }

    private Questionnaire questionnaireOf(Request request) {
        return questionnaires.questionnaire(questionnaires.version(request.getQuestionnaireVersion()));
    }

    /** A questionnaire request's answers as the reviewer reads them: with the questionnaire they answer. */
    public record Answers(Request request, Questionnaire questionnaire) {

        /** The score of the answers as they stand (a draft's too), per section and overall. */
        public Score score() {
            return request.score(questionnaire);
        }
    }

    /** The answers to a questionnaire request, only through its processor. */
    @PermitAll
    public Answers answers(long processorId, long id) {
        Request request = find(processorId, id);
        if (request.getKind() != RequestKind.SECURITY_QUESTIONNAIRE) {
            throw new NoSuchRecord("questionnaire of request", id);
        }
        return new Answers(request, questionnaireOf(request));
    }

    /** The longest note a deletion record takes (DeletionOrReturn's). */
    static final int NOTE_MAX = 2000;

    /**
     * The vendor's changes to its list, through the chain as our people enter them: each addition a notice received
     * on the day of submission when the agreement in force authorises generally (its objection window sets the
     * deadline), else a request for specific authorisation that legal decides; each sub-processor no longer used
     * ends its link that day. An unchanged list changes nothing in the chain; the request keeps the date.
     */
    private void changeChain(Request request) {
        Processor processor = request.getProcessor();
        LocalDate receivedOn = request.submittedOn();
        List<SubprocessorChange> additions = request.getAdditions();
        if (!additions.isEmpty()) {
            Authorisation how = subprocessors.authorisationOn(processor, receivedOn);
            Set<String> purposes = new TreeSet<>();
            Set<String> dataCategories = new TreeSet<>();
            scopeOf(processor.getId(), receivedOn, purposes, dataCategories);
            for (SubprocessorChange addition : additions) {
                SubprocessorLink link = new SubprocessorLink(processor, subprocessor(addition), how, caller());
                link.setService(addition.getService());
                link.setStartsOn(receivedOn);
                link.setPurposes(purposes);
                link.setDataCategories(dataCategories);
                link.setCountries(Set.of(addition.getCountry()));
                SubprocessorLink saved = how == Authorisation.GENERAL
                        ? subprocessors.receive(new Subprocessors.Notice(link, receivedOn, null))
                        : subprocessors.save(link);
                request.registered(addition, saved.getId());
            }
        }
        for (SubprocessorChange ended : request.getNoLongerUsed()) {
            subprocessors.end(processor.getId(), ended.getLinkId(), receivedOn);
        }
    }

    /**
     * What a sub-processor the vendor names takes part in: all of the processor's processing for us that has not
     * ended (the vendor's list does not say which part); legal narrows it while the notice is open. Without an
     * engagement there is nothing to take part in, and the reviewer hears so before anything is registered.
     */
    private void scopeOf(long processorId, LocalDate day, Set<String> purposes, Set<String> dataCategories) {
        engagements.search(new Engagements.Query(processorId, null), 0, eu.art28.platform.boundary.Page.MAX_SIZE)
                .items().stream().filter(e -> e.getEndsOn() == null || !e.getEndsOn().isBefore(day))
                .forEach(e -> {
                    purposes.addAll(e.getPurposes());
                    dataCategories.addAll(e.getDataCategories());
                });
        if (purposes.isEmpty() || dataCategories.isEmpty()) {
            throw new InvalidInput("additions", "request.accept.noEngagement");
        }
    }

    /**
     * The registered processor the vendor named (an active one of that name, letter case aside), or a new one of
     * that name and country. Registering a processor is procurement's (the processors facade says so); legal is
     * told to ask procurement rather than refused without a word.
     */
    private Processor subprocessor(SubprocessorChange addition) {
        Processor known = processors.activeWithName(addition.getName()).orElse(null);
        if (known != null) {
            return known;
        }
        if (!security.isCallerInRole(Role.Names.PROCUREMENT)) {
            throw new NotPermitted("request.accept.registerSubprocessor", addition.getName());
        }
        return processors.save(new Processor(addition.getName(), addition.getCountry()));
    }

    /**
     * Sends the answer back to the vendor with a remark; for a questionnaire a remark per question as well (or only);
     * the link works again until its last day.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Request returnToVendor(long processorId, long id, long version, String remark,
            Map<String, String> remarks) {
        Request request = find(processorId, id);
        Conflict.ifStale(version, request.getVersion());
        if (request.getKind() == RequestKind.SECURITY_QUESTIONNAIRE) {
            request.returnToVendor(caller(), Instant.now(), remark, remarks, questionnaireOf(request));
        } else if (remarks != null && remarks.values().stream().anyMatch(r -> r != null && !r.isBlank())) {
            throw new InvalidInput("remarks", "request.return.remarksNotAsked");
        } else {
            request.returnToVendor(caller(), Instant.now(), remark);
        }
        Records.flushed(em, request);
        changed.fire(new RequestChanged(id, "cause.requestReturned"));
        return request;
    }

    /** The vendor's newest upload with its bytes, only through its request and processor. */
    @PermitAll
    public RequestDocument document(long processorId, long id) {
        find(processorId, id);
        return storage.current(RequestDocument.class, RequestDocument.OWNER, id, "document of request");
    }

    /** One of the vendor's uploads with its bytes, by its id, only through its request and processor. */
    @PermitAll
    public RequestDocument document(long processorId, long id, long documentId) {
        find(processorId, id);
        return storage.withContent(RequestDocument.class, RequestDocument.OWNER, id, documentId);
    }

    /** The vendor's uploads, newest first, without the bytes. */
    @PermitAll
    public List<RequestDocument> documents(long processorId, long id) {
        find(processorId, id);
        return vendorLinks.documents(id);
    }

    /** After the commit, not before: the mail must be about a request that exists. */
    void afterSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestSent request) {
        notifications.deliverSoon();
    }

    private Processor processor(long id) {
        return NoSuchRecord.unlessMissing(em.find(Processor.class, id), "processor", id);
    }

    private String caller() {
        return Caller.name(security);
    }
}
