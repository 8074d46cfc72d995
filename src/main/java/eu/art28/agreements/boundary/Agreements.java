package eu.art28.agreements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import eu.art28.agreements.control.ExpiringAgreements;
import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementDecided;
import eu.art28.agreements.entity.AgreementDocument;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Clause;
import eu.art28.catalogue.boundary.Catalogue;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Filter;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/**
 * The one way in for changes to agreements, from pages and API alike. Each method is one transaction; the
 * agreement itself decides whether a step is allowed, this class loads, checks versions and stores.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Agreements {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    SecurityContext security;

    @Inject
    Catalogue catalogue;

    @Inject
    Event<AgreementDecided> agreementDecided;

    @Inject
    DpaAnalyses analyses;

    @Inject
    DocumentStorage storage;

    @Inject
    ExpiringAgreements expiringAgreements;

    public record Query(AgreementStatus status, Long processorId, Integer expiringWithinDays, String text) {
    }

    @PermitAll
    public Agreement find(long id) {
        return NoSuchRecord.unlessMissing(em.find(Agreement.class, id), "agreement", id);
    }

    @PermitAll
    public Processor processor(Long id) {
        return InvalidInput.unlessMissing(id == null ? null : em.find(Processor.class, id),
                "processorId", "agreement.processor.unknown");
    }

    /** Stores a new draft, or the changes to a draft or rejected version, refusing a stale copy. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Agreement save(Agreement agreement) {
        check(agreement);
        try {
            Agreement saved;
            if (agreement.getId() == null) {
                agreement.recordCreation(caller(), Instant.now());
                em.persist(agreement);
                saved = agreement;
            } else {
                Agreement current = find(agreement.getId());
                Conflict.ifStale(agreement.getVersion(), current.getVersion());
                current.ensureEditable();
                saved = em.merge(agreement);
                saved.recordChange(caller(), Instant.now());
            }
            return Records.flushed(em, saved);
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
    }

    private void check(Agreement agreement) {
        Records.checked(validator, agreement, draft -> {
            List<InvalidInput.Violation> problems = new ArrayList<>(draft.dateViolations());
            problems.addAll(catalogue.unknownCodes(draft.scope().catalogueCodes()));
            boolean referenceTaken = em.createQuery("select count(a) from Agreement a where a.reference = :reference"
                            + " and a.revision = :revision and a.id <> :id", Long.class)
                    .setParameter("reference", draft.getReference())
                    .setParameter("revision", draft.getRevision())
                    .setParameter("id", draft.getId() == null ? -1L : draft.getId())
                    .getSingleResult() > 0;
            if (referenceTaken) {
                problems.add(new InvalidInput.Violation("reference", "agreement.reference.taken"));
            }
            return problems;
        });
    }

    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Agreement submit(long id, long version) {
        return step(id, version, agreement -> agreement.submit(caller(), Instant.now()));
    }

    /** Approves, and lets an approved amendment take over from the version it amends. */
    @RolesAllowed(Role.Names.LEGAL)
    public Agreement approve(long id, long version) {
        return decided(step(id, version, agreement -> {
            agreement.approve(caller(), Instant.now());
            if (agreement.getSupersedes() != null) {
                agreement.getSupersedes().supersede(agreement, caller(), Instant.now(), LocalDate.now());
            }
        }), "agreement.decided.approved");
    }

    @RolesAllowed(Role.Names.LEGAL)
    public Agreement reject(long id, long version, String reason, Map<Clause, String> remarks) {
        return step(id, version, agreement -> agreement.reject(caller(), Instant.now(), reason, remarks));
    }

    /** The submitter takes it out of review (the agreement refuses anyone else). */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Agreement withdraw(long id, long version) {
        return step(id, version, agreement -> agreement.withdraw(caller(), Instant.now()));
    }

    @RolesAllowed(Role.Names.LEGAL)
    public Agreement terminate(long id, long version, LocalDate on, String reason) {
        return decided(step(id, version, agreement -> agreement.terminate(caller(), Instant.now(), on, reason)),
                "agreement.decided.terminated");
    }

    /** Starts an amendment: one at a time per approved version. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Agreement amend(long id) {
        Agreement agreement = find(id);
        if (!em.createNamedQuery(Agreement.PENDING_AMENDMENTS, Agreement.class)
                .setParameter("agreement", agreement).getResultList().isEmpty()) {
            throw new Conflict("agreement.amend.pending");
        }
        Agreement amendment = agreement.amend(caller(), Instant.now());
        em.persist(amendment);
        em.flush();
        return amendment;
    }

    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public AgreementDocument upload(long id, String fileName, byte[] content) {
        Agreement agreement = find(id);
        if (agreement.getStatus() == AgreementStatus.TERMINATED || agreement.getStatus() == AgreementStatus.SUPERSEDED) {
            throw new Conflict("agreement.document.closed", agreement.getStatus());
        }
        SignedDocument checked = storage.check(fileName, content);
        AgreementDocument document = storage.store(new AgreementDocument(agreement, checked, caller(), Instant.now()));
        agreement.recordDocument(caller(), Instant.now(), checked.fileName());
        em.flush();
        analyses.queue(document, id);
        return document;
    }

    /** Every upload, newest first, without the bytes. */
    @PermitAll
    public List<AgreementDocument> documents(long id) {
        return storage.descriptions(AgreementDocument.class, AgreementDocument.OWNER, List.of(id));
    }

    /** The newest upload with its bytes. */
    @PermitAll
    public AgreementDocument currentDocument(long id) {
        return storage.current(AgreementDocument.class, AgreementDocument.OWNER, id, "document of agreement");
    }

    /** One upload with its bytes, only through the agreement it belongs to. */
    @PermitAll
    public AgreementDocument document(long agreementId, long documentId) {
        return storage.withContent(AgreementDocument.class, AgreementDocument.OWNER, agreementId, documentId);
    }

    @PermitAll
    public List<Agreement> reviewQueue() {
        return em.createNamedQuery(Agreement.REVIEW_QUEUE, Agreement.class).getResultList();
    }

    /** The approved version in force today that this amendment would replace, if any. */
    @PermitAll
    public Agreement inForceVersion(Agreement amendment) {
        Agreement previous = amendment.getSupersedes();
        return previous == null ? null : find(previous.getId());
    }

    @PermitAll
    public Page<Agreement> search(Query query, int page, int size) {
        Requests.paging(page, size);
        List<Long> expiring = query.expiringWithinDays() == null ? null
                : expiringAgreements.idsWithin(query.expiringWithinDays());
        if (expiring != null && expiring.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        Filter filter = new Filter("1 = 1")
                .and("a.status = :status", "status", query.status())
                .and("a.processor.id = :processor", "processor", query.processorId())
                .and("a.id in :expiring", "expiring", expiring)
                .containing("(lower(a.reference) like :text or lower(a.processor.name) like :text)", query.text());
        return Page.byIdsWithinGroups(filter.query(em, "select a.processor.id from Agreement a",
                " order by a.processor.name, a.processor.id", Long.class),
                within -> filter.query(em, "select a.id from Agreement a", " and a.processor.id in :within"
                        + " order by a.processor.name, a.processor.id, a.reference, a.revision", Long.class)
                        .setParameter("within", within),
                filter.query(em, "select count(a) from Agreement a", "", Long.class), page, size,
                chosen -> em.createQuery("select a from Agreement a join fetch a.processor where a.id in :ids",
                        Agreement.class).setParameter("ids", chosen).getResultList());
    }

    /** One step of the review workflow, on the version the client read, written at once. */
    private Agreement step(long id, long version, Consumer<Agreement> step) {
        Agreement agreement = find(id);
        Conflict.ifStale(version, agreement.getVersion());
        step.accept(agreement);
        return Records.flushed(em, agreement);
    }

    /** Tells the features that depend on agreements in force, naming what happened for their records. */
    private Agreement decided(Agreement agreement, String what) {
        agreementDecided.fire(new AgreementDecided(agreement.getProcessor().getId(),
                Messages.stored(what, agreement.getReference(), agreement.getRevision())));
        return agreement;
    }

    private String caller() {
        return Caller.name(security);
    }
}
