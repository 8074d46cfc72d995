package eu.art28.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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
import eu.art28.alerts.entity.Alert;
import eu.art28.evidence.boundary.EvidenceRegister;
import eu.art28.evidence.entity.Evidence;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;
import eu.art28.requests.control.RequestMail;
import eu.art28.requests.entity.AlertAnswers;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestChanged;
import eu.art28.requests.entity.RequestDocument;
import eu.art28.requests.entity.RequestKind;
import eu.art28.requests.entity.RequestSent;
import eu.art28.requests.entity.RequestState;

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
        if (request.getKind() == RequestKind.EVIDENCE && request.isPendingReview()) {
            RequestDocument document = storage.current(RequestDocument.class, RequestDocument.OWNER, id,
                    "document of request");
            Evidence evidence = evidenceRegister.save(request.evidence(caller()),
                    new DocumentStorage.Upload(document.getFileName(), document.getContent()));
            evidenceId = evidence.getId();
        }
        request.accept(caller(), Instant.now(), evidenceId);
        Records.flushed(em, request);
        changed.fire(new RequestChanged(id, "cause.requestAccepted"));
        return request;
    }

    /** Sends the answer back to the vendor with a remark; the link works again until its last day. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Request returnToVendor(long processorId, long id, long version, String remark) {
        Request request = find(processorId, id);
        Conflict.ifStale(version, request.getVersion());
        request.returnToVendor(caller(), Instant.now(), remark);
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
