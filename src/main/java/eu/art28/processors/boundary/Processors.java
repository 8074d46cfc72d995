package eu.art28.processors.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.entity.Account;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorChanged;
import eu.art28.processors.entity.ProcessorReview;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.ProcessorsRegistered;
import eu.art28.processors.entity.ProcessorsRegistering;
import eu.art28.processors.entity.ReviewOutcome;
import eu.art28.processors.entity.RiskTier;

/** The one way in for changes to the registry, from pages and API alike; each method is one transaction. */
@ApplicationScoped
@Transactional
@PermitAll
public class Processors {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    SecurityContext security;

    @Inject
    Event<ProcessorChanged> changed;

    @Inject
    Event<ProcessorsRegistering> registering;

    @Inject
    Event<ProcessorsRegistered> registered;

    /** Months between reviews of a processor's guarantees, by risk tier (ART28_REVIEW_MONTHS_HIGH, ...). */
    @Inject
    @ConfigProperty(name = "art28.review.months.high", defaultValue = "12")
    int reviewMonthsHigh;

    @Inject
    @ConfigProperty(name = "art28.review.months.medium", defaultValue = "24")
    int reviewMonthsMedium;

    @Inject
    @ConfigProperty(name = "art28.review.months.low", defaultValue = "36")
    int reviewMonthsLow;

    @PermitAll
    public Processor find(long id) {
        return NoSuchRecord.unlessMissing(em.find(Processor.class, id), "processor", id);
    }

    /**
     * Registers a new processor or stores the changes made to a detached one, refusing a stale copy. A new one is
     * written with its computed tier (unless a person gave one) and scored before the caller is answered.
     */
    @RolesAllowed(Role.Names.PROCUREMENT)
    public Processor save(Processor processor) {
        Records.checked(validator, processor);
        refuseDuplicateKvk(processor);
        if (processor.getOwner() != null && em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", processor.getOwner()).getResultList().isEmpty()) {
            throw new InvalidInput("owner", "processor.owner.unknown", processor.getOwner());
        }
        if (processor.getId() != null) {
            return Records.saved(em, processor, this::find, stored -> { });
        }
        registering.fire(new ProcessorsRegistering(List.of(processor)));
        em.persist(processor);
        Records.flushed(em, processor);
        registered.fire(new ProcessorsRegistered(List.of(processor.getId()), "processor.changed.registered"));
        return processor;
    }

    private void refuseDuplicateKvk(Processor processor) {
        if (processor.getKvkNumber() == null) {
            return;
        }
        em.createNamedQuery(Processor.BY_KVK, Processor.class)
                .setParameter("kvk", processor.getKvkNumber())
                .getResultStream()
                .filter(other -> !other.getId().equals(processor.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw new InvalidInput("kvkNumber", "processor.kvkNumber.taken", other.getName());
                });
    }

    @RolesAllowed(Role.Names.PROCUREMENT)
    public Processor offboard(long id, long expectedVersion, LocalDate on, String reason) {
        Processor processor = find(id);
        Conflict.ifStale(expectedVersion, processor.getVersion());
        processor.offboard(on, reason, LocalDate.now());
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Conflict.stale();
        }
        changed.fire(new ProcessorChanged(id, "processor.changed.offboarded"));
        return processor;
    }

    /**
     * Records a review of the processor's guarantees; without a next date, the next review follows the cadence of
     * its risk tier.
     */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.MANAGER})
    public ProcessorReview review(long id, LocalDate on, ReviewOutcome outcome, String notes, LocalDate next) {
        Processor processor = find(id);
        ProcessorReview review = new ProcessorReview(processor, Caller.name(security), on,
                outcome, notes, next, cadenceMonths(processor.getRiskTier()), LocalDate.now(), Instant.now());
        em.persist(review);
        em.flush();
        changed.fire(new ProcessorChanged(id, "processor.changed.reviewed"));
        return review;
    }

    @PermitAll
    public List<ProcessorReview> reviews(long id) {
        find(id);
        return em.createNamedQuery(ProcessorReview.OF_PROCESSOR, ProcessorReview.class).setParameter("processor", id)
                .getResultList();
    }

    @PermitAll
    public int cadenceMonths(RiskTier tier) {
        return switch (tier == null ? RiskTier.HIGH : tier) {
            case HIGH -> reviewMonthsHigh;
            case MEDIUM -> reviewMonthsMedium;
            case LOW -> reviewMonthsLow;
        };
    }

    /** Name contains the text (any case), or the KvK number starts with it; sorted by name. */
    @PermitAll
    public Page<Processor> search(String text, ProcessorStatus status, int page, int size) {
        Requests.paging(page, size);
        String where = " where 1 = 1";
        String search = text == null ? "" : text.strip().toLowerCase();
        if (!search.isEmpty()) {
            where += " and (lower(p.name) like :name escape '\\' or p.kvkNumber like :kvk escape '\\')";
        }
        if (status != null) {
            where += " and p.status = :status";
        }
        TypedQuery<Processor> items = em.createQuery(
                "select p from Processor p" + where + " order by p.nameOrder, p.id", Processor.class);
        TypedQuery<Long> total = em.createQuery("select count(p) from Processor p" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, total)) {
            if (!search.isEmpty()) {
                String literal = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                query.setParameter("name", "%" + literal + "%");
                query.setParameter("kvk", literal.replace(" ", "") + "%");
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        List<Processor> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, total.getSingleResult());
    }

    /** Active processors whose name contains the text, for choosing one on a page. */
    @PermitAll
    public List<Processor> activeNamed(String text) {
        return em.createQuery("select p from Processor p where p.status = :active and lower(p.name) like :name"
                        + " order by p.name", Processor.class)
                .setParameter("active", ProcessorStatus.ACTIVE)
                .setParameter("name", "%" + (text == null ? "" : text.strip().toLowerCase()) + "%")
                .setMaxResults(20).getResultList();
    }

    /**
     * The active processor of exactly this name, letter case aside: for a name someone outside typed (a vendor's
     * sub-processor), where the autocomplete's "contains", its wildcards and its first twenty would miss or mistake it.
     */
    @PermitAll
    public Optional<Processor> activeWithName(String name) {
        return em.createQuery("select p from Processor p where p.status = :active and lower(p.name) = :name"
                        + " order by p.id", Processor.class)
                .setParameter("active", ProcessorStatus.ACTIVE)
                .setParameter("name", name == null ? "" : name.strip().toLowerCase())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * How well the processor's use is covered today, by the one definition the dashboard and the list filter use
     * ({@link CoverageStatus}): at most two questions, as the three divide the processors between them.
     */
    @PermitAll
    public CoverageStatus coverage(long id) {
        LocalDate today = LocalDate.now();
        for (CoverageStatus status : List.of(CoverageStatus.FINDINGS, CoverageStatus.COVERED)) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<Processor> processor = query.from(Processor.class);
            query.select(cb.count(processor)).where(cb.equal(processor.get("id"), id),
                    status.of(processor, query, cb, em.getMetamodel(), today));
            if (em.createQuery(query).getSingleResult() > 0) {
                return status;
            }
        }
        return CoverageStatus.NO_ENGAGEMENTS;
    }

    @PermitAll
    public long count() {
        return em.createNamedQuery(Processor.COUNT, Long.class).getSingleResult();
    }
}
