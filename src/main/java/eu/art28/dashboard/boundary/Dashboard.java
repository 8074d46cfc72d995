package eu.art28.dashboard.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementEvent;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.chain.boundary.Subprocessors;
import eu.art28.chain.entity.SubprocessorLink;
import eu.art28.platform.boundary.Page;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.Processor;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

/**
 * What the dashboard counts and lists, read-only. Every figure is one aggregate query; every queue is its first
 * lines and its total, never a whole table.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Dashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Subprocessors subprocessors;

    public record AlertCount(Rule rule, Severity severity, long count) {
    }

    public record ProcessorCount(RiskTier riskTier, CoverageStatus coverage, long count) {
    }

    /** The alerts not yet resolved, counted by type and severity. */
    @PermitAll
    public List<AlertCount> unresolvedAlerts() {
        return em.createQuery("select a.rule, a.severity, count(a) from Alert a where a.status in :unresolved"
                        + " group by a.rule, a.severity", Object[].class)
                .setParameter("unresolved", AlertStatus.UNRESOLVED).getResultStream()
                .map(row -> new AlertCount((Rule) row[0], (Severity) row[1], (Long) row[2])).toList();
    }

    /** The active processors, counted by risk tier and coverage status: one row per tier, a count per status. */
    @PermitAll
    public List<ProcessorCount> activeProcessors(LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Processor> processor = query.from(Processor.class);
        List<Selection<?>> columns = new ArrayList<>();
        columns.add(processor.get("riskTier"));
        for (CoverageStatus coverage : CoverageStatus.values()) {
            // count(case when ... then id end) counts the processors with this status; a sum of ones and zeros
            // would bind them as parameters, whose type H2 will not guess inside a sum
            columns.add(cb.count(cb.<Long>selectCase()
                    .when(coverage.of(processor, query, cb, em.getMetamodel(), today), processor.<Long>get("id"))));
        }
        query.multiselect(columns).where(cb.equal(processor.get("status"), ProcessorStatus.ACTIVE))
                .groupBy(processor.get("riskTier"));
        List<ProcessorCount> counts = new ArrayList<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            for (CoverageStatus coverage : CoverageStatus.values()) {
                counts.add(new ProcessorCount((RiskTier) row[0], coverage, (Long) row[1 + coverage.ordinal()]));
            }
        }
        return counts;
    }

    /** Agreements in review that the caller may decide: not their own submissions (four eyes), oldest first. */
    @PermitAll
    public Page<Agreement> awaitingReview(String caller, int size) {
        String where = " where a.status = :status and (a.submittedBy is null or a.submittedBy <> :caller)";
        return page(em.createQuery("select a from Agreement a join fetch a.processor" + where
                        + " order by a.submittedAt, a.id", Agreement.class),
                em.createQuery("select count(a) from Agreement a" + where, Long.class), size,
                q -> q.setParameter("status", AgreementStatus.IN_REVIEW).setParameter("caller", caller));
    }

    /**
     * Sub-processor notices and requests that the caller may decide (not ones they registered), soonest deadline
     * first. What is undecided is the chain's own question, asked as it is.
     */
    @PermitAll
    public Page<SubprocessorLink> undecidedNotices(String caller, int size) {
        List<SubprocessorLink> undecided = subprocessors.undecided().stream()
                .filter(link -> !Objects.equals(link.getRegisteredBy(), caller)).toList();
        return new Page<>(undecided.subList(0, Math.min(size, undecided.size())), undecided.size());
    }

    /** The alerts assigned to the caller and not yet resolved, soonest due first. */
    @PermitAll
    public Page<Alert> assignedTo(String caller, int size) {
        String where = " where a.assignee = :caller and a.status <> :resolved";
        return page(em.createQuery("select a from Alert a" + where + " order by a.dueOn, a.id", Alert.class),
                em.createQuery("select count(a) from Alert a" + where, Long.class), size,
                q -> q.setParameter("caller", caller).setParameter("resolved", AlertStatus.RESOLVED));
    }

    /** Open alerts nobody has said they are on yet, newest first. */
    @PermitAll
    public Page<Alert> unacknowledged(int size) {
        String where = " where a.status = :status";
        return page(em.createQuery("select a from Alert a" + where + " order by a.openedAt desc, a.id desc",
                        Alert.class), em.createQuery("select count(a) from Alert a" + where, Long.class), size,
                q -> q.setParameter("status", AlertStatus.OPEN));
    }

    /** Drafts the caller started (as a new agreement or as an amendment), most recently changed first. */
    @PermitAll
    public Page<Agreement> draftsOf(String caller, int size) {
        String where = " where a.status = :status and exists (select e.id from AgreementEvent e where e.agreement = a"
                + " and e.actor = :caller and e.action in :started)";
        return page(em.createQuery("select a from Agreement a join fetch a.processor" + where
                        + " order by a.updatedAt desc, a.id desc", Agreement.class),
                em.createQuery("select count(a) from Agreement a" + where, Long.class), size,
                q -> q.setParameter("status", AgreementStatus.DRAFT).setParameter("caller", caller)
                        .setParameter("started", List.of(AgreementEvent.Action.CREATED, AgreementEvent.Action.AMENDED)));
    }

    /** Rejected agreements, waiting to be changed and submitted again; most recently decided first. */
    @PermitAll
    public Page<Agreement> rejected(int size) {
        String where = " where a.status = :status";
        return page(em.createQuery("select a from Agreement a join fetch a.processor" + where
                        + " order by a.decidedAt desc, a.id desc", Agreement.class),
                em.createQuery("select count(a) from Agreement a" + where, Long.class), size,
                q -> q.setParameter("status", AgreementStatus.REJECTED));
    }

    private static <T> Page<T> page(TypedQuery<T> items, TypedQuery<Long> total, int size,
            Consumer<TypedQuery<?>> parameters) {
        parameters.accept(items);
        parameters.accept(total);
        return new Page<>(items.setMaxResults(size).getResultList(), total.getSingleResult());
    }
}
