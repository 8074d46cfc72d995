package eu.art28.chain.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.SubProcessing;
import eu.art28.catalogue.boundary.Catalogue;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.Links;
import eu.art28.chain.entity.Authorisation;
import eu.art28.chain.entity.ChainChanged;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/**
 * The one way in for changes to sub-processor links. Every change fires {@link ChainChanged} in the same
 * transaction, so the engagements that reach the link are judged again before the caller gets the answer.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Subprocessors {

    /** The objection period assumed when no agreement in force grants a general authorisation with one. */
    static final int DEFAULT_OBJECTION_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Catalogue catalogue;

    @Inject
    Links links;

    @Inject
    SecurityContext security;

    @Inject
    Event<ChainChanged> changed;

    /** What a processor's notice under a general authorisation says: S is added, or replaces an earlier one. */
    public record Notice(SubprocessorLink link, LocalDate receivedOn, Long replacesLinkId) {
    }

    @PermitAll
    public Processor processor(Long id, String field) {
        return InvalidInput.unlessMissing(id == null ? null : em.find(Processor.class, id),
                field, "chain.processor.unknown");
    }

    /** The processor an address names: not found when there is none, where a field naming it is invalid input. */
    @PermitAll
    public Processor processor(long id) {
        return NoSuchRecord.unlessMissing(em.find(Processor.class, id), "processor", id);
    }

    @PermitAll
    public SubprocessorLink find(long processorId, long linkId) {
        SubprocessorLink link = em.find(SubprocessorLink.class, linkId);
        if (link == null || link.getProcessor().getId() != processorId) {
            throw new NoSuchRecord("subprocessor link", linkId);
        }
        return link;
    }

    @PermitAll
    public List<SubprocessorLink> of(long processorId) {
        return em.createNamedQuery(SubprocessorLink.OF_PROCESSOR, SubprocessorLink.class)
                .setParameter("processor", processorId).getResultList();
    }

    /** The tree beneath a processor, every depth, as it stands today. */
    @PermitAll
    public List<Chain.Node> tree(long processorId) {
        return links.beneath(List.of(processorId)).tree(processorId, LocalDate.now());
    }

    /**
     * What legal has to decide: general notices still open to objection (soonest deadline first) and specific
     * requests awaiting approval.
     */
    @PermitAll
    public List<SubprocessorLink> undecided() {
        LocalDate today = LocalDate.now();
        return em.createQuery("select l from SubprocessorLink l join fetch l.processor join fetch l.subprocessor"
                        + " where l.decision is null and (l.objectionDeadline is null or l.objectionDeadline >= :today)",
                        SubprocessorLink.class)
                .setParameter("today", today).getResultList().stream()
                .filter(l -> l.statusOn(today).open())
                .sorted(Comparator.comparing((SubprocessorLink l) -> l.getObjectionDeadline() == null
                        ? LocalDate.MAX : l.getObjectionDeadline()).thenComparing(SubprocessorLink::getId))
                .toList();
    }

    /** Records a link that legal approves by name, or one under a general authorisation with its notice. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public SubprocessorLink save(SubprocessorLink link) {
        Records.checked(validator, link, this::violations);
        try {
            SubprocessorLink saved;
            String cause;
            if (link.getId() == null) {
                em.persist(link);
                saved = link;
                cause = "chain.changed.registered";
            } else {
                saved = em.merge(link);
                cause = "chain.changed.edited";
            }
            Records.flushed(em, saved);
            changed.fire(new ChainChanged(saved.getProcessor().getId(), saved.getId(), cause));
            return saved;
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
    }

    /**
     * A stored link as a form or a PUT changes it, from the version the client read. A field the link's state has
     * fixed is refused naming it, never ignored; a new notice date on a link still open is received again, which
     * sets its objection deadline anew.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public SubprocessorLink edit(long processorId, long linkId, Long version, LinkJson form) {
        SubprocessorLink link = find(processorId, linkId);
        Requests.version(version, link.getVersion());
        boolean newNotice = link.noticeChanges(form.noticeReceivedOn());
        form.applyTo(link);
        return newNotice ? receive(new Notice(link, form.noticeReceivedOn(), form.replacesLinkId())) : save(link);
    }

    /**
     * The intake of a processor's notice: the pending link, with the objection deadline that follows from the
     * processor's agreement in force on the day the notice arrived.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public SubprocessorLink receive(Notice notice) {
        SubprocessorLink link = notice.link();
        if (notice.receivedOn() == null) {
            throw new InvalidInput("noticeReceivedOn", "chain.notice.required");
        }
        if (notice.receivedOn().isAfter(LocalDate.now())) {
            throw new InvalidInput("noticeReceivedOn", "chain.notice.future");
        }
        Agreement basis = generalAuthorisation(link.getProcessor(), notice.receivedOn());
        if (basis == null) {
            link.noticeReceived(notice.receivedOn(), notice.receivedOn().plusDays(DEFAULT_OBJECTION_DAYS),
                    Messages.stored("chain.deadlineBasis.assumed", DEFAULT_OBJECTION_DAYS));
        } else {
            link.noticeReceived(notice.receivedOn(), notice.receivedOn().plusDays(basis.getObjectionPeriodDays()),
                    Messages.stored("chain.deadlineBasis.agreement", basis.getReference(), basis.getRevision(),
                            basis.getObjectionPeriodDays()));
        }
        if (notice.replacesLinkId() != null) {
            link.replace(find(link.getProcessor().getId(), notice.replacesLinkId()));
        }
        return save(link);
    }

    /**
     * How the processor's agreement in force on the day authorises a new sub-processor: GENERAL when one grants a
     * general authorisation with an objection period (a new one is then a notice, {@link #receive}), SPECIFIC
     * otherwise (legal approves it by name). For a sub-processor the processor announced itself, as through a
     * request's link, where nobody at our side chose.
     */
    @PermitAll
    public Authorisation authorisationOn(Processor processor, LocalDate day) {
        return generalAuthorisation(processor, day) == null ? Authorisation.SPECIFIC : Authorisation.GENERAL;
    }

    /**
     * The processor no longer uses the sub-processor: the link ends on the day given, unless it ends earlier
     * already; one that was only to start later ends on its first day. The end date stays editable whatever was
     * decided, so this is an edit like any other.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL})
    public SubprocessorLink end(long processorId, long linkId, LocalDate lastDay) {
        SubprocessorLink link = find(processorId, linkId);
        if (link.getEndsOn() == null || link.getEndsOn().isAfter(lastDay)) {
            link.setEndsOn(link.getStartsOn().isAfter(lastDay) ? link.getStartsOn() : lastDay);
        }
        return save(link);
    }

    @RolesAllowed(Role.Names.LEGAL)
    public SubprocessorLink approve(long processorId, long linkId, long version, String reference) {
        SubprocessorLink link = current(processorId, linkId, version);
        link.approve(caller(), Instant.now(), reference);
        return decided(link, "chain.changed.approved");
    }

    @RolesAllowed(Role.Names.LEGAL)
    public SubprocessorLink refuse(long processorId, long linkId, long version, String reason) {
        SubprocessorLink link = current(processorId, linkId, version);
        link.refuse(caller(), Instant.now(), reason);
        return decided(link, "chain.changed.refused");
    }

    @RolesAllowed(Role.Names.LEGAL)
    public SubprocessorLink object(long processorId, long linkId, long version, String reason) {
        SubprocessorLink link = current(processorId, linkId, version);
        link.object(caller(), Instant.now(), LocalDate.now(), reason);
        return decided(link, "chain.changed.objected");
    }

    /** Removes a link registered in error; one that a later notice replaces stays, as that notice's history. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.ADMIN})
    public void remove(long processorId, long linkId, long version) {
        SubprocessorLink link = current(processorId, linkId, version);
        if (!em.createQuery("select l.id from SubprocessorLink l where l.replaces = :link", Long.class)
                .setParameter("link", link).setMaxResults(1).getResultList().isEmpty()) {
            throw new Conflict("chain.remove.replaced");
        }
        em.remove(link);
        em.flush();
        changed.fire(new ChainChanged(processorId, linkId, "chain.changed.removed"));
    }

    private List<InvalidInput.Violation> violations(SubprocessorLink link) {
        List<InvalidInput.Violation> problems = new ArrayList<>(link.scopeViolations());
        problems.addAll(catalogue.unknownCodes(link.scope().catalogueCodes()));
        if (link.getId() == null && link.getSubprocessor() != null && link.getSubprocessor().isOffboarded()) {
            problems.add(new InvalidInput.Violation("subprocessorId", "chain.subprocessor.offboarded"));
        }
        if (link.getId() == null && link.getProcessor() != null && link.getSubprocessor() != null
                && links.all().wouldCycle(link.getProcessor().getId(), link.getSubprocessor().getId())) {
            problems.add(new InvalidInput.Violation("subprocessorId", "chain.link.cycle",
                    link.getSubprocessor().getName(), link.getProcessor().getName()));
        }
        return problems;
    }

    private Agreement generalAuthorisation(Processor processor, LocalDate day) {
        return em.createQuery("select a from Agreement a where a.processor = :processor and a.status = :approved"
                        + " and a.subProcessing = :general and a.objectionPeriodDays is not null", Agreement.class)
                .setParameter("processor", processor).setParameter("approved", AgreementStatus.APPROVED)
                .setParameter("general", SubProcessing.GENERAL).getResultList().stream()
                .filter(a -> a.term().inForceOn(day))
                .max(Comparator.comparing(Agreement::getObjectionPeriodDays)).orElse(null);
    }

    private SubprocessorLink current(long processorId, long linkId, long version) {
        SubprocessorLink link = find(processorId, linkId);
        Conflict.ifStale(version, link.getVersion());
        return link;
    }

    private SubprocessorLink decided(SubprocessorLink link, String cause) {
        Records.flushed(em, link);
        changed.fire(new ChainChanged(link.getProcessor().getId(), link.getId(), cause));
        return link;
    }

    /** Who is asking: the registrant of a new link, the decider of a decision. */
    @PermitAll
    public String caller() {
        return Caller.name(security);
    }
}
