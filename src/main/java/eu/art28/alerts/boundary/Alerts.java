package eu.art28.alerts.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.alerts.control.Reconciliation;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertAssigned;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.AlertsRaised;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.platform.boundary.Filter;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;

/** Turns findings into alerts and lets people act on them. */
@ApplicationScoped
@Transactional
@PermitAll
public class Alerts {

    /** Subjects per query: IN lists stay well under what either database handles well. */
    private static final int CHUNK = 1000;

    /** From this many subjects (a full scan) the whole table is read once rather than chunk by chunk. */
    private static final int WHOLE_TABLE_FROM = 10 * CHUNK;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Event<AlertsRaised> raised;

    @Inject
    Event<AlertAssigned> assigned;

    /** Filters that are null do not filter; the subject is what the alert is about ({@code agreement:7}). */
    public record Query(Rule rule, AlertStatus status, Long processorId, Severity severity, Long engagementId,
            String subject) {

        public Query {
            subject = Text.trimmed(subject);
        }
    }

    /**
     * The findings of rules {@code rules} for these subjects, as they are now: a new finding opens an alert (or
     * reopens the resolved one), a known one updates it, and an open alert whose finding is gone is resolved
     * with the cause.
     */
    @PermitAll
    public void reconcile(Collection<Subject> subjects, Set<Rule> rules, List<Finding> findings, String cause) {
        findings.stream().filter(f -> !rules.contains(f.rule())).findAny().ifPresent(f -> {
            throw new IllegalArgumentException(f.rule() + " is not among the rules reconciled here: " + rules);
        });
        Instant now = Instant.now();
        List<Alert> raisedAlerts = new ArrayList<>();
        Map<Subject, List<Finding>> bySubject = Reconciliation.bySubject(findings);
        List<Subject> all = List.copyOf(subjects);
        Map<Subject, List<Alert.State>> everyAlert = all.size() >= WHOLE_TABLE_FROM ? everyAlertBySubject() : null;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Subject> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Alert.State> known = everyAlert == null ? alertsOf(chunk) : chunk.stream()
                    .flatMap(subject -> everyAlert.getOrDefault(subject, List.of()).stream()).toList();
            Reconciliation.Outcome outcome = Reconciliation.decide(chunk, rules, known, bySubject);
            for (Finding finding : outcome.open()) {
                Alert opened = new Alert(finding, now);
                em.persist(opened);
                raisedAlerts.add(opened);
            }
            Set<Long> changed = outcome.changed();
            if (!changed.isEmpty()) {
                for (Alert alert : em.createQuery("select a from Alert a where a.id in :ids", Alert.class)
                        .setParameter("ids", changed).getResultList()) {
                    if (outcome.apply(alert, now, cause)) {
                        raisedAlerts.add(alert);
                    }
                }
            }
            em.flush();
        }
        if (!raisedAlerts.isEmpty()) {
            raised.fire(new AlertsRaised(raisedAlerts));
        }
    }

    /**
     * Rows, not entities: a scan finds most alerts as they were, and a managed copy of each would cost a clone and
     * a comparison at flush; only those that change are fetched for writing (docs/decisions.md). The rules are
     * filtered by the caller, not in the query: "subject in (1000 subjects) and rule in (9 rules)" makes MariaDB
     * build 9000 index ranges, five times slower than the subjects alone. In the order of their ids.
     */
    private List<Alert.State> alertsOf(List<Subject> subjects) {
        return em.createQuery("select " + Alert.State.COLUMNS + " from Alert a where a.subject in :subjects"
                + " order by a.id", Object[].class).setParameter("subjects", stored(subjects)).getResultList().stream()
                .map(Alert.State::of).toList();
    }

    /**
     * Every alert, by subject, each subject's in the order of their ids: for a full scan, one pass over the table
     * instead of a hundred lookups of a thousand subjects, which kept the scan waiting on the database for a
     * quarter of its time (docs/benchmarks.md).
     */
    private Map<Subject, List<Alert.State>> everyAlertBySubject() {
        Map<Subject, List<Alert.State>> bySubject = new HashMap<>();
        for (Object[] row : em.createQuery("select " + Alert.State.COLUMNS + " from Alert a order by a.id",
                Object[].class).getResultList()) {
            Alert.State alert = Alert.State.of(row);
            bySubject.computeIfAbsent(alert.subject(), subject -> new ArrayList<>()).add(alert);
        }
        return bySubject;
    }

    /** As the alert table stores them. */
    private static List<String> stored(Collection<Subject> subjects) {
        return subjects.stream().map(Subject::toString).toList();
    }

    @PermitAll
    public Alert find(long id) {
        return NoSuchRecord.unlessMissing(em.find(Alert.class, id), "alert", id);
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.LEGAL})
    public Alert acknowledge(long id, long version, String note) {
        Alert alert = find(id);
        Conflict.ifStale(version, alert.getVersion());
        alert.acknowledge(caller(), Instant.now(), note);
        return Records.flushed(em, alert);
    }

    /**
     * Acknowledges several alerts at once with one note (from the list's selection): those still open; those
     * acknowledged or resolved meanwhile are left as they are. Returns the alerts acknowledged now.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.LEGAL})
    public List<Alert> acknowledge(Collection<Long> ids, String note) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInput("ids", "alert.acknowledge.none");
        }
        Instant now = Instant.now();
        List<Alert> acknowledged = new ArrayList<>();
        for (Alert alert : em.createQuery("select a from Alert a where a.id in :ids and a.status = :open order by a.id",
                Alert.class).setParameter("ids", Set.copyOf(ids)).setParameter("open", AlertStatus.OPEN)
                .getResultList()) {
            alert.acknowledge(caller(), now, note);
            acknowledged.add(alert);
        }
        return Records.flushed(em, acknowledged);
    }

    /**
     * Gives an alert to a person to act on by a day; the change is in the audit trail and the assignee is told by
     * mail, in their language. Only to an enabled user who may act on alerts.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.LEGAL})
    public Alert assign(long id, long version, String assignee, LocalDate dueOn) {
        Alert alert = find(id);
        Conflict.ifStale(version, alert.getVersion());
        String to = Text.trimmed(assignee);
        if (to != null && assignees().stream().noneMatch(to::equals)) {
            throw new InvalidInput("assignee", "alert.assign.assignee.unknown", to);
        }
        alert.assign(to, dueOn, caller(), LocalDate.now());
        assigned.fire(new AlertAssigned(alert));
        return Records.flushed(em, alert);
    }

    /**
     * Gives each unresolved, unassigned alert of the rule about these subjects to the person named for its subject:
     * a feature that raised it knows who is to act (whoever asked the processor, for an overdue request). Part of
     * the work that raised the alerts, so the person need not be one a manager may assign to; they hear of it by
     * mail as any assignee. An alert someone assigned already is left as it is.
     */
    @PermitAll
    public List<Alert> assignUnassigned(Rule rule, Map<Subject, String> people, LocalDate dueOn) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<Alert> given = new ArrayList<>();
        for (Alert alert : em.createQuery("select a from Alert a where a.rule = :rule and a.openKey is not null"
                + " and a.assignee is null and a.subject in :subjects order by a.id", Alert.class)
                .setParameter("rule", rule).setParameter("subjects", stored(people.keySet())).getResultList()) {
            alert.assign(people.get(alert.getSubject()), dueOn, caller(), LocalDate.now());
            assigned.fire(new AlertAssigned(alert));
            given.add(alert);
        }
        return Records.flushed(em, given);
    }

    /** The people an alert may be assigned to: enabled users who may acknowledge alerts, by name. */
    @PermitAll
    public List<String> assignees() {
        return em.createQuery("select distinct a.username from Account a join a.roles r where a.enabled = true"
                        + " and r in :roles order by a.username", String.class)
                .setParameter("roles", Set.of(Role.MANAGER, Role.LEGAL)).getResultList();
    }

    /** The names of these processors, by id, for a page of alerts that carries only their ids. */
    @PermitAll
    public Map<Long, String> processorNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id, p.name from Processor p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private String caller() {
        return Caller.name(security);
    }

    /** The alerts not yet resolved about one subject: what is wrong with it now. */
    @PermitAll
    public List<Alert> unresolved(Subject subject) {
        return unresolved(List.of(subject)).getOrDefault(subject, List.of());
    }

    /** The alerts not yet resolved about each of a page of subjects, in one query; a subject without any is absent. */
    @PermitAll
    public Map<Subject, List<Alert>> unresolved(Collection<Subject> subjects) {
        Map<Subject, List<Alert>> bySubject = new HashMap<>();
        if (subjects.isEmpty()) {
            return bySubject;
        }
        em.createQuery("select a from Alert a where a.subject in :subjects and a.openKey is not null"
                + " order by a.rule", Alert.class).setParameter("subjects", stored(subjects)).getResultList()
                .forEach(alert -> bySubject.computeIfAbsent(alert.getSubject(), s -> new ArrayList<>())
                        .add(alert));
        return bySubject;
    }

    /** The alerts of these rules not yet resolved about one processor and its engagements, links and agreements. */
    @PermitAll
    public List<Alert> unresolved(Set<Rule> rules, long processorId) {
        return em.createQuery("select a from Alert a where a.openKey is not null and a.rule in :rules"
                + " and a.processorId = :processor order by a.rule, a.subjectLabel", Alert.class)
                .setParameter("rules", rules).setParameter("processor", processorId).getResultList();
    }

    /**
     * Every alert about one processor and its engagements, links and agreements not yet resolved, newest first: all
     * of them, as a dossier must show, however many resolved ones the processor has had.
     */
    @PermitAll
    public List<Alert> unresolved(long processorId) {
        return em.createQuery("select a from Alert a where a.openKey is not null and a.processorId = :processor"
                + " order by a.openedAt desc, a.id desc", Alert.class).setParameter("processor", processorId)
                .getResultList();
    }

    /** How many alerts about one processor and its engagements, links and agreements are not yet resolved. */
    @PermitAll
    public long unresolvedCount(long processorId) {
        return em.createQuery("select count(a) from Alert a where a.openKey is not null and a.processorId = :processor",
                Long.class).setParameter("processor", processorId).getSingleResult();
    }

    /** The subjects with unresolved alerts of these rules, of one processor or of all (null). */
    @PermitAll
    public List<Subject> unresolvedSubjects(Set<Rule> rules, Long processorId) {
        TypedQuery<String> query = em.createQuery("select distinct a.subject from Alert a where a.openKey is not null"
                + " and a.rule in :rules" + (processorId == null ? "" : " and a.processorId = :processor"), String.class)
                .setParameter("rules", rules);
        return (processorId == null ? query : query.setParameter("processor", processorId)).getResultStream()
                .map(Subject::parse).toList();
    }

    /** How many alerts are not yet resolved, per subject, for a page of subjects in one query. */
    @PermitAll
    public Map<Subject, Long> unresolvedCounts(Collection<Subject> subjects) {
        Map<Subject, Long> counts = new HashMap<>();
        if (subjects.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select a.subject, count(a) from Alert a where a.subject in :subjects"
                + " and a.openKey is not null group by a.subject", Object[].class)
                .setParameter("subjects", stored(subjects)).getResultList()) {
            counts.put(Subject.parse((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    @PermitAll
    public Page<Alert> search(Query query, int page, int size) {
        Requests.paging(page, size);
        Filter filter = new Filter("1 = 1")
                .and("a.rule = :rule", "rule", query.rule())
                .and("a.status = :status", "status", query.status())
                .and("a.processorId = :processorId", "processorId", query.processorId())
                .and("a.severity = :severity", "severity", query.severity())
                .and("a.engagementId = :engagementId", "engagementId", query.engagementId())
                .and("a.subject = :subject", "subject", query.subject());
        return new Page<>(filter.query(em, "select a from Alert a", " order by a.openedAt desc, a.id desc", Alert.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(),
                filter.query(em, "select count(a) from Alert a", "", Long.class).getSingleResult());
    }
}
