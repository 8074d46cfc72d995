package eu.art28.deletion.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementDecided;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.alerts.entity.Subject;
import eu.art28.deletion.control.DeletionPolicy;
import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.control.ProcessingEnds;
import eu.art28.deletion.control.Retention;
import eu.art28.deletion.entity.Choice;
import eu.art28.deletion.entity.DeletionChanged;
import eu.art28.deletion.entity.DeletionDocument;
import eu.art28.deletion.entity.DeletionOrReturn;
import eu.art28.engagements.entity.Engagement;
import eu.art28.engagements.entity.EngagementChanged;
import eu.art28.platform.boundary.DocumentStorage;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.DemoMode;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.SchemaReady;
import eu.art28.platform.control.SignedDocument;
import eu.art28.platform.entity.Role;

/**
 * The one way in for deletion or return (Art. 28(3)(g)), from pages and API alike: what ended and where its
 * confirmation stands, recording the choice, the confirmation and the certificate, and the alert
 * DELETION_NOT_CONFIRMED, judged again daily (the calendar alone makes a confirmation overdue), when an engagement
 * changes or an agreement is decided, and after every recording.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Deletions {

    static final Set<Rule> RULES = EnumSet.of(Rule.DELETION_NOT_CONFIRMED);

    /** After the demo data, its coverage judgement and the expiry scan (1400). */
    static final int DEMO_ORDER = 1450;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcessingEnds ends;

    @Inject
    Alerts alerts;

    @Inject
    DemoMode demo;

    @Inject
    SecurityContext security;

    @Inject
    Event<DeletionChanged> changed;

    /** Days after the end within which the processor confirms (ART28_DELETION_CONFIRMATION_DAYS). */
    @Inject
    @ConfigProperty(name = "art28.deletion.confirmation-days",
            defaultValue = "" + DeletionPolicy.DEFAULT_CONFIRMATION_DAYS)
    int confirmationDays;

    @Inject
    DocumentStorage storage;

    /**
     * What is recorded, from a form or as the API body: the choice, the processor's confirmation, a note; the
     * {@code version} once a record exists. As with PUT, a field left out is cleared.
     */
    @Schema(example = "{\"choice\":\"DELETE\",\"confirmedOn\":\"2026-11-26\",\"note\":\"Certificate follows\"}")
    public record Entry(Choice choice, LocalDate confirmedOn, String note, Long version) {
    }

    @PermitAll
    public DeletionPolicy policy() {
        return new DeletionPolicy(confirmationDays);
    }

    /**
     * What ended of one processor (of all when null), latest end first, with its last allowed day, state, choice,
     * confirmation and retention: for a processor's gate checklist, {@code state() == OVERDUE} since
     * {@code lastAllowedDay()} is what is late.
     */
    @PermitAll
    public List<EndedProcessing> ended(Long processorId) {
        return withRetention(ended(processorId == null ? null : List.of(processorId), LocalDate.now()));
    }

    /**
     * A page of the same, in one state only (all when null), from the read model that every judgement of what ended
     * keeps ({@link ProcessingEnds#keep}); the records and the retention of the purposes are read for the page's
     * items alone.
     */
    @PermitAll
    public Page<EndedProcessing> page(Long processorId, DeletionState state, int page, int size) {
        Requests.paging(page, size);
        LocalDate today = LocalDate.now();
        DeletionPolicy policy = policy();
        ProcessingEnds.Listing listing = ends.list(processorId, policy.window(state, today), page, size);
        List<Long> processors = listing.rows().stream().map(ProcessingEnds.Kept::processorId).distinct().toList();
        Map<Subject, DeletionOrReturn> records = processors.isEmpty() ? Map.of()
                : em.createNamedQuery(DeletionOrReturn.OF_PROCESSORS, DeletionOrReturn.class)
                        .setParameter("processors", processors).getResultStream()
                        .collect(Collectors.toMap(DeletionOrReturn::subject, Function.identity()));
        return new Page<>(withRetention(listing.rows().stream()
                .map(k -> policy.item(k.kind(), k.id(), k.processorId(), k.processorName(), k.label(), k.endedOn(),
                        records.get(EndedProcessing.subjectOf(k.kind(), k.id())), today))
                .toList()), listing.total());
    }

    private List<EndedProcessing> ended(Collection<Long> processorIds, LocalDate today) {
        ProcessingEnds.Facts facts = ends.read(processorIds, today);
        List<DeletionOrReturn> records = processorIds == null
                ? em.createNamedQuery(DeletionOrReturn.ALL, DeletionOrReturn.class).getResultList()
                : em.createNamedQuery(DeletionOrReturn.OF_PROCESSORS, DeletionOrReturn.class)
                        .setParameter("processors", processorIds).getResultList();
        return policy().ended(facts.engagements(), facts.agreements(), records, today);
    }

    private List<EndedProcessing> withRetention(List<EndedProcessing> ended) {
        Map<Subject, List<Retention>> retention = ends.retention(ended);
        return ended.stream().map(e -> e.withRetention(retention.getOrDefault(e.subject(), List.of()))).toList();
    }

    /** One engagement or agreement that ended; 404 when it does not exist, 409 when it has not ended. */
    @PermitAll
    public EndedProcessing find(Kind kind, long id) {
        long processorId = processorOf(kind, id);
        Subject subject = EndedProcessing.subjectOf(kind, id);
        return ended(processorId).stream().filter(e -> e.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new Conflict("deletion.notEnded"));
    }

    private long processorOf(Kind kind, long id) {
        if (kind == Kind.ENGAGEMENT) {
            return NoSuchRecord.unlessMissing(em.find(Engagement.class, id), "engagement", id).getProcessor().getId();
        }
        return NoSuchRecord.unlessMissing(em.find(Agreement.class, id), "agreement", id).getProcessor().getId();
    }

    /**
     * Records the choice, the confirmation and the note for something that ended and, when {@code upload} is given,
     * adds it as the newest certificate: all or nothing.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public EndedProcessing record(Kind kind, long id, Entry entry, DocumentStorage.Upload upload) {
        EndedProcessing ended = find(kind, id);
        DeletionOrReturn record = ended.record();
        if (record == null) {
            record = kind == Kind.ENGAGEMENT ? DeletionOrReturn.ofEngagement(ended.processorId(), id)
                    : DeletionOrReturn.ofAgreement(ended.processorId(), id);
        } else {
            Requests.version(entry.version(), record.getVersion());
        }
        record.record(entry.choice(), entry.confirmedOn(), entry.note(), caller(), Instant.now(), LocalDate.now());
        if (upload != null && entry.choice() == null) {
            throw new InvalidInput("choice", "deletion.choice.requiredForDocument");
        }
        SignedDocument document = storage.check(upload);
        try {
            if (record.getId() == null) {
                em.persist(record);
            }
            em.flush();
            if (document != null) {
                storage.store(new DeletionDocument(record, document, caller(), Instant.now()));
            }
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
        changed.fire(new DeletionChanged(ended.processorId(), "deletion.changed.recorded"));
        return find(kind, id);
    }

    /** Adds a new version of the certificate; earlier ones are kept. A choice must be on record. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public DeletionDocument upload(Kind kind, long id, String fileName, byte[] content) {
        EndedProcessing ended = find(kind, id);
        if (ended.choice() == null) {
            throw new InvalidInput("choice", "deletion.choice.requiredForDocument");
        }
        DeletionOrReturn record = em.find(DeletionOrReturn.class, ended.record().getId());
        DeletionDocument document = storage.store(
                new DeletionDocument(record, storage.check(fileName, content), caller(), Instant.now()));
        changed.fire(new DeletionChanged(ended.processorId(), "deletion.changed.document"));
        return document;
    }

    /** Every certificate of what ended, newest first, without the bytes. */
    @PermitAll
    public List<DeletionDocument> documents(Kind kind, long id) {
        DeletionOrReturn record = find(kind, id).record();
        return record == null ? List.of()
                : storage.descriptions(DeletionDocument.class, DeletionDocument.OWNER, List.of(record.getId()));
    }

    /** The newest certificate of each of these records, without the bytes, in one query: for a list. */
    @PermitAll
    public Map<Long, DeletionDocument> currentDocuments(Collection<Long> recordIds) {
        return storage.currentOfEach(DeletionDocument.class, DeletionDocument.OWNER, recordIds);
    }

    /** The newest certificate with its bytes. */
    @PermitAll
    public DeletionDocument currentDocument(Kind kind, long id) {
        return storage.current(DeletionDocument.class, documents(kind, id), "certificate of " + kind.name().toLowerCase(),
                id);
    }

    /** Everything that ended, of every processor; returns the number of findings. */
    @RolesAllowed(Role.Names.ADMIN)
    public int scan(String cause) {
        return reconcile(null, cause);
    }

    void onSchemaReady(@Observes @Priority(DEMO_ORDER) SchemaReady ready) {
        if (demo.enabled(ready)) {
            scan("cause.demo");
        }
    }

    /** After coverage's judgement of the same day, before the deadlines. */
    void onScanDue(@Observes @Priority(ScanDue.JUDGEMENTS + 10) ScanDue due) {
        scan(due.cause());
    }

    void onEngagementChanged(@Observes EngagementChanged engagementChanged) {
        reconcile(processorOf(Kind.ENGAGEMENT, engagementChanged.engagementId()),
                engagementChanged.cause());
    }

    void onAgreementDecided(@Observes AgreementDecided decided) {
        reconcile(decided.processorId(), decided.cause());
    }

    void onDeletionChanged(@Observes DeletionChanged deletionChanged) {
        reconcile(deletionChanged.processorId(), deletionChanged.cause());
    }

    /**
     * The deletion list's read model and the findings about what ended of one processor (of all when null), and
     * about every subject that still has an unresolved alert of the rule, so that what was confirmed, or no longer
     * counts as ended, is resolved.
     */
    private int reconcile(Long processorId, String cause) {
        List<EndedProcessing> ended = ended(processorId == null ? null : List.of(processorId), LocalDate.now());
        ends.keep(processorId, ended);
        List<Finding> findings = policy().findings(ended);
        Collection<Subject> subjects = new LinkedHashSet<>(alerts.unresolvedSubjects(RULES, processorId));
        findings.forEach(f -> subjects.add(f.subject()));
        alerts.reconcile(subjects, RULES, findings, cause);
        return findings.size();
    }

    /** Who is asking: who chose, confirmed or uploaded. */
    @PermitAll
    public String caller() {
        return Caller.name(security);
    }
}
