package eu.art28.evidence.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.evidence.entity.Evidence;
import eu.art28.evidence.entity.EvidenceChanged;
import eu.art28.evidence.entity.EvidenceDocument;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Filter;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/**
 * The one way in for changes to security evidence, from pages and API alike; each method is one transaction. Every
 * change fires {@link EvidenceChanged} in that transaction, after the flush, so that what depends on the evidence
 * on file is judged again before the caller gets the answer.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class EvidenceRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    SecurityContext security;

    @Inject
    Event<EvidenceChanged> changed;

    @Inject
    DocumentStorage storage;

    @Inject
    @ConfigProperty(name = "art28.evidence.warning-days", defaultValue = "30")
    int warningDays;

    /**
     * A search over the evidence: on file or withdrawn; optionally of one processor, of one type, valid on a day,
     * or with an end date before a day (both dates together: still valid, but not for long).
     */
    public record Query(Long processorId, EvidenceType type, LocalDate validOn, LocalDate expiresBefore,
            boolean withdrawn) {
    }

    /** Evidence ending within this many days is about to expire: time to ask the processor for the renewal. */
    @PermitAll
    public int warningDays() {
        return warningDays;
    }

    @PermitAll
    public Evidence find(long id) {
        return NoSuchRecord.unlessMissing(em.find(Evidence.class, id), "evidence", id);
    }

    @PermitAll
    public Processor processor(Long id) {
        return InvalidInput.unlessMissing(id == null ? null : em.find(Processor.class, id),
                "processorId", "evidence.processor.unknown");
    }

    /** The processor's evidence on file, by type, newest first. */
    @PermitAll
    public List<Evidence> of(long processorId) {
        return em.createNamedQuery(Evidence.OF_PROCESSOR, Evidence.class).setParameter("processor", processorId)
                .getResultList();
    }

    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Evidence save(Evidence evidence) {
        return save(evidence, null);
    }

    /**
     * Registers or changes evidence and, when {@code upload} is given, adds it as the newest document: both or
     * neither, so a form never leaves evidence without the document it was sent with.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public Evidence save(Evidence evidence, DocumentStorage.Upload upload) {
        Records.checked(validator, evidence, this::violations);
        SignedDocument document = storage.check(upload);
        String cause = evidence.getId() == null ? "evidence.changed.registered" : "evidence.changed.edited";
        Evidence saved = Records.saved(em, evidence, this::find, Evidence::ensureOnFile);
        if (document != null) {
            storage.store(new EvidenceDocument(saved, document, caller(), Instant.now()));
        }
        changed.fire(new EvidenceChanged(saved.getProcessor().getId(), cause));
        return saved;
    }

    private List<InvalidInput.Violation> violations(Evidence evidence) {
        List<InvalidInput.Violation> problems = new ArrayList<>(evidence.violations(LocalDate.now()));
        if (evidence.getId() == null && evidence.getProcessor().isOffboarded()) {
            problems.add(new InvalidInput.Violation("processorId", "evidence.processor.offboarded"));
        }
        return problems;
    }

    /** Adds a new version of the document; the earlier ones are kept. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public EvidenceDocument upload(long id, String fileName, byte[] content) {
        Evidence evidence = find(id);
        evidence.ensureOnFile();
        EvidenceDocument document = storage.store(
                new EvidenceDocument(evidence, storage.check(fileName, content), caller(), Instant.now()));
        changed.fire(new EvidenceChanged(evidence.getProcessor().getId(), "evidence.changed.document"));
        return document;
    }

    /** Every upload, newest first, without the bytes. */
    @PermitAll
    public List<EvidenceDocument> documents(long id) {
        return storage.descriptions(EvidenceDocument.class, EvidenceDocument.OWNER, List.of(id));
    }

    /** The newest upload of each of these, without the bytes, in one query: for a page of a list. */
    @PermitAll
    public Map<Long, EvidenceDocument> currentDocuments(Collection<Long> ids) {
        return storage.currentOfEach(EvidenceDocument.class, EvidenceDocument.OWNER, ids);
    }

    /** The newest upload with its bytes. */
    @PermitAll
    public EvidenceDocument currentDocument(long id) {
        return storage.current(EvidenceDocument.class, EvidenceDocument.OWNER, id, "document of evidence");
    }

    /** One upload with its bytes, only through the evidence it belongs to. */
    @PermitAll
    public EvidenceDocument document(long evidenceId, long documentId) {
        return storage.withContent(EvidenceDocument.class, EvidenceDocument.OWNER, evidenceId, documentId);
    }

    /**
     * Takes evidence off file with a reason (procurement, who collects it, or an administrator): it no longer
     * supports anything, and stays on record with who withdrew it, when and why.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.ADMIN})
    public Evidence remove(long id, long version, String reason) {
        Evidence evidence = find(id);
        Conflict.ifStale(version, evidence.getVersion());
        evidence.withdraw(caller(), Instant.now(), reason);
        Records.flushed(em, evidence);
        changed.fire(new EvidenceChanged(evidence.getProcessor().getId(), "evidence.changed.withdrawn"));
        return evidence;
    }

    @PermitAll
    public Page<Evidence> search(Query query, int page, int size) {
        Requests.paging(page, size);
        Filter filter = new Filter(query.withdrawn() ? "e.withdrawnAt is not null" : "e.withdrawnAt is null")
                .and("e.processor.id = :processor", "processor", query.processorId())
                .and("e.type = :type", "type", query.type())
                .and("e.issuedOn <= :validOn and (e.validUntil is null or e.validUntil >= :validOn)", "validOn",
                        query.validOn())
                .and("e.validUntil is not null and e.validUntil < :expiresBefore", "expiresBefore",
                        query.expiresBefore());
        return Page.byIdsWithinGroups(filter.query(em, "select e.processor.id from Evidence e",
                " order by e.processor.name, e.processor.id", Long.class),
                within -> filter.query(em, "select e.id from Evidence e", " and e.processor.id in :within"
                        + " order by e.processor.name, e.processor.id, e.type, e.issuedOn desc, e.id desc",
                        Long.class).setParameter("within", within),
                filter.query(em, "select count(e) from Evidence e", "", Long.class), page, size,
                chosen -> em.createQuery("select e from Evidence e join fetch e.processor where e.id in :ids",
                        Evidence.class).setParameter("ids", chosen).getResultList());
    }

    /** Who is asking: the registrant of new evidence, the uploader of a document, who withdrew it. */
    @PermitAll
    public String caller() {
        return Caller.name(security);
    }
}
