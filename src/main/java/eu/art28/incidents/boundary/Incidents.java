package eu.art28.incidents.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.agreements.entity.Agreement;
import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.alerts.entity.Subject;
import eu.art28.chain.control.Chain;
import eu.art28.chain.control.LinkScope;
import eu.art28.chain.control.Links;
import eu.art28.coverage.control.Scopes;
import eu.art28.incidents.control.AffectedEngagements;
import eu.art28.incidents.control.AffectedEngagements.Affected;
import eu.art28.incidents.control.BreachClock;
import eu.art28.incidents.entity.FollowUp;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.IncidentChanged;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.processors.entity.Processor;

/**
 * The one way in for breaches a processor reports (Art. 33(2)), from pages and API alike: registering one with the
 * notice window of the agreement in force on the day, what it affects, the officer's narrowing, the decision of
 * Art. 33(5) and its follow-up. Its alerts (late notice, our 72 hours) are judged at every change, by the daily
 * scan and by {@link IncidentClock} every hour, as the 72 hours move faster than a daily scan.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Incidents {

    static final Set<Rule> RULES = EnumSet.of(Rule.INCIDENT_NOTICE_LATE, Rule.INCIDENT_DECISION_DUE,
            Rule.INCIDENT_DECISION_OVERDUE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Alerts alerts;

    @Inject
    Links links;

    @Inject
    Scopes scopes;

    @Inject
    SecurityContext security;

    @Inject
    Event<IncidentChanged> changed;

    /** What "without undue delay" allows where the agreement sets no window (ART28_INCIDENT_UNDUE_DELAY_HOURS). */
    @Inject
    @ConfigProperty(name = "art28.incident.undue-delay-hours",
            defaultValue = "" + BreachClock.DEFAULT_UNDUE_DELAY_HOURS)
    int undueDelayHours;

    /** Hours before our 72 hours end at which the alert appears and escalates (ART28_INCIDENT_ALERT_HOURS). */
    @Inject
    @ConfigProperty(name = "art28.incident.alert-hours", defaultValue = BreachClock.DEFAULT_ALERT_HOURS)
    String alertHours;

    /** An incident with what the registry derives for it: its clocks and the engagements it affects. */
    public record Judged(Incident incident, String processorName, String sourceProcessorName,
            String noticeAgreement, BreachClock.Notice notice, Instant deadline, BreachClock.Stage stage,
            List<Affected> affected) {

        /**
         * The engagements that count: those kept by the officer, or every affected one before narrowing; null where
         * the affected ones were not derived (a list).
         */
        public List<Affected> involved() {
            return affected == null ? null : incident.isNarrowed() ? affected.stream()
                    .filter(a -> incident.getEngagementIds().contains(a.engagementId())).toList() : affected;
        }

        /** Minutes left of our 72 hours at {@code now}; negative once they passed. */
        public long minutesLeft(Instant now) {
            return Duration.between(now, deadline).toMinutes();
        }

        /**
         * Our 72 hours in words, for the incident's page and the dashboard alike: the hours and minutes left, or how
         * long ago they passed; null once decided.
         */
        public String countdown(Locale locale) {
            if (incident.isDecided()) {
                return null;
            }
            long minutes = minutesLeft(Instant.now());
            return Messages.text(locale, minutes > 0 ? "incident.view.left" : "incident.view.passed",
                    Math.abs(minutes) / 60, Math.abs(minutes) % 60);
        }
    }

    @PermitAll
    public BreachClock clock() {
        return new BreachClock(undueDelayHours, BreachClock.points(alertHours));
    }

    /**
     * Registers what the processor told us, for itself or for a sub-processor beneath it ({@code sourceProcessorId};
     * null: the processor itself), with the window of the agreement in force on the day it became aware.
     */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Judged register(long processorId, Long sourceProcessorId, Incident.Report report) {
        Processor processor = NoSuchRecord.unlessMissing(em.find(Processor.class, processorId), "processor",
                processorId);
        long source = sourceProcessorId == null ? processorId : sourceProcessorId;
        if (source != processorId && links.beneath(List.of(processorId)).links().stream()
                .noneMatch(link -> link.subprocessorId() == source)) {
            throw new InvalidInput("sourceProcessorId", "incident.source.notBeneath");
        }
        Optional<BreachClock.Window> window = report.processorAwareAt() == null ? Optional.empty()
                : BreachClock.windowOf(windows(processorId, BreachClock.day(report.processorAwareAt())));
        Incident incident = new Incident(processorId, source, report, window.map(BreachClock.Window::hours)
                .orElse(null), window.map(BreachClock.Window::agreementId).orElse(null), caller(), Instant.now());
        em.persist(incident);
        em.flush();
        reconcile(List.of(incident), "cause.incidentRegistered");
        changed.fire(new IncidentChanged(incident.getId(), "cause.incidentRegistered"));
        return judge(incident);
    }

    private List<BreachClock.Window> windows(long processorId, LocalDate day) {
        return em.createQuery("select a from Agreement a where a.processor.id = :processor", Agreement.class)
                .setParameter("processor", processorId).getResultList().stream()
                .map(a -> new BreachClock.Window(a.getId(), a.getBreachNotificationHours(), a.inForceOn(day)))
                .toList();
    }

    @PermitAll
    public Judged find(long id) {
        return judge(incident(id));
    }

    private Incident incident(long id) {
        return NoSuchRecord.unlessMissing(em.find(Incident.class, id), "incident", id);
    }

    /**
     * The breach register (Art. 33(5)): every incident, of one processor (as reporter or source) when given, with its
     * clocks but without the affected engagements (null), which only one incident's page derives.
     */
    @PermitAll
    public Page<Judged> page(Long processorId, int page, int size) {
        Requests.paging(page, size);
        List<Incident> all = processorId == null ? em.createNamedQuery(Incident.ALL, Incident.class).getResultList()
                : em.createNamedQuery(Incident.OF_PROCESSOR, Incident.class).setParameter("processor", processorId)
                        .getResultList();
        List<Incident> shown = all.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(listed(shown), all.size());
    }

    /**
     * The incidents awaiting our decision, the nearest end of our 72 hours first: at most {@code max}, with how many
     * there are (for the dashboard).
     */
    @PermitAll
    public Page<Judged> undecided(int max) {
        List<Incident> first = em.createNamedQuery(Incident.UNDECIDED, Incident.class).setMaxResults(max)
                .getResultList();
        long total = em.createQuery("select count(i) from Incident i where i.decidedAt is null", Long.class)
                .getSingleResult();
        return new Page<>(listed(first), total);
    }

    /** Incidents of a list: with their clocks, without the affected engagements (null). */
    private List<Judged> listed(List<Incident> shown) {
        Map<Long, String> names = scopes.processorNames(shown.stream()
                .flatMap(i -> Stream.of(i.getProcessorId(), i.getSourceProcessorId()))
                .collect(Collectors.toSet()));
        Map<Long, String> references = new HashMap<>();
        List<Long> agreementIds = shown.stream().map(Incident::getNoticeAgreementId).filter(a -> a != null)
                .distinct().toList();
        if (!agreementIds.isEmpty()) {
            em.createQuery("select a.id, a.reference from Agreement a where a.id in :ids", Object[].class)
                    .setParameter("ids", agreementIds).getResultList()
                    .forEach(row -> references.put((Long) row[0], (String) row[1]));
        }
        return shown.stream().map(i -> judge(i, names, references.get(i.getNoticeAgreementId()), null)).toList();
    }

    /**
     * What a review of the processor's guarantees weighs (Art. 28(1)): the breaches reported by it or at it since a day
     * (null: ever), and how many of those it reported itself later than its window allowed.
     */
    public record Tally(LocalDate since, long breaches, long lateNotices) {
    }

    @PermitAll
    public Tally tally(long processorId, LocalDate since) {
        BreachClock clock = clock();
        List<Incident> counted = em.createNamedQuery(Incident.OF_PROCESSOR, Incident.class)
                .setParameter("processor", processorId).getResultList().stream()
                .filter(i -> since == null || !BreachClock.day(i.getAwareAt()).isBefore(since)).toList();
        return new Tally(since, counted.size(), counted.stream().filter(i -> i.getProcessorId() == processorId)
                .filter(i -> notice(clock, i).late()).count());
    }

    /** The names of these processors, by id: for a list of incidents. */
    @PermitAll
    public Map<Long, String> processorNames(Collection<Long> ids) {
        return scopes.processorNames(ids);
    }

    /**
     * Where a breach the processor reports may have happened: the processor itself, then every sub-processor beneath
     * it (at any depth), by name.
     */
    @PermitAll
    public Map<Long, String> sourcesOf(long processorId) {
        Map<Long, String> sources = new LinkedHashMap<>();
        sources.putAll(scopes.processorNames(List.of(processorId)));
        links.beneath(List.of(processorId)).links().stream()
                .sorted(Comparator.comparing(LinkScope::subprocessorName))
                .forEach(l -> sources.putIfAbsent(l.subprocessorId(), l.subprocessorName()));
        return sources;
    }

    /** The facts as now known; the notice window stays. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Judged revise(long id, Long version, Incident.Report report) {
        Incident incident = incident(id);
        Requests.version(version, incident.getVersion());
        incident.revise(report, Instant.now());
        return saved(incident, "cause.incidentChanged");
    }

    /** Keeps only these engagements as really involved; null: back to every affected one. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Judged narrow(long id, Long version, Collection<Long> engagementIds) {
        Incident incident = incident(id);
        Requests.version(version, incident.getVersion());
        if (engagementIds == null) {
            incident.widen();
        } else {
            incident.narrow(engagementIds, affected(incident).stream().map(Affected::engagementId).toList());
        }
        return saved(incident, "cause.incidentChanged");
    }

    /** The decision of Art. 33(5) and Art. 34: resolves the alerts of our 72 hours. */
    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Judged decide(long id, Long version, Incident.Decision decision) {
        Incident incident = incident(id);
        Requests.version(version, incident.getVersion());
        incident.decide(decision, caller(), Instant.now());
        return saved(incident, "cause.incidentDecided");
    }

    @RolesAllowed({Role.Names.PROCUREMENT, Role.Names.LEGAL, Role.Names.MANAGER})
    public Judged followUp(long id, Long version, List<FollowUp> actions) {
        Incident incident = incident(id);
        Requests.version(version, incident.getVersion());
        incident.followUp(actions, BreachClock.day(Instant.now()));
        return saved(incident, "cause.incidentChanged");
    }

    private Judged saved(Incident incident, String cause) {
        Records.flushed(em, incident);
        reconcile(List.of(incident), cause);
        changed.fire(new IncidentChanged(incident.getId(), cause));
        return judge(incident);
    }

    private Judged judge(Incident incident) {
        Map<Long, String> names = scopes.processorNames(Stream.of(incident.getProcessorId(),
                incident.getSourceProcessorId()).collect(Collectors.toSet()));
        Agreement agreement = incident.getNoticeAgreementId() == null ? null
                : em.find(Agreement.class, incident.getNoticeAgreementId());
        return judge(incident, names, agreement == null ? null : agreement.getReference(), affected(incident));
    }

    private Judged judge(Incident incident, Map<Long, String> names, String agreement, List<Affected> affected) {
        BreachClock clock = clock();
        return new Judged(incident, names.get(incident.getProcessorId()), names.get(incident.getSourceProcessorId()),
                agreement, notice(clock, incident), clock.ourDeadline(incident.getAwareAt()),
                clock.stage(incident.getAwareAt(), Instant.now(), incident.isDecided()), affected);
    }

    private static BreachClock.Notice notice(BreachClock clock, Incident incident) {
        return clock.notice(incident.getProcessorAwareAt(), incident.getReportedAt(), incident.getNoticeWindowHours());
    }

    /** What the breach affects on the day it occurred (or, not known, the day the processor became aware). */
    private List<Affected> affected(Incident incident) {
        LocalDate day = BreachClock.day(incident.getOccurredAt() != null ? incident.getOccurredAt()
                : incident.getProcessorAwareAt());
        Chain chain = links.all();
        Set<Long> processors = AffectedEngagements.processorsToRead(incident.getSourceProcessorId(), chain);
        return AffectedEngagements.derive(incident.getSourceProcessorId(), day, chain,
                scopes.engagements(null, processors), scopes.agreementsByProcessor(processors),
                scopes.sensitiveCategories());
    }

    /** Every undecided incident and every one with an unresolved alert; returns the number of findings. */
    @RolesAllowed(Role.Names.ADMIN)
    public int scan(String cause) {
        return scanAll(cause);
    }

    /** The hourly clock's and the daily scan's turn: no caller's role involved. */
    int scanAll(String cause) {
        Set<Long> ids = new LinkedHashSet<>();
        em.createNamedQuery(Incident.UNDECIDED, Incident.class).getResultList().forEach(i -> ids.add(i.getId()));
        alerts.unresolvedSubjects(RULES, null).stream().filter(s -> s.kind() == Subject.Kind.INCIDENT)
                .forEach(s -> ids.add(s.id()));
        List<Incident> incidents = ids.stream().map(id -> em.find(Incident.class, id)).filter(i -> i != null)
                .toList();
        return reconcile(incidents, cause);
    }

    /** After the deadlines of the same day. */
    void onScanDue(@Observes @Priority(ScanDue.DEADLINES + 20) ScanDue due) {
        due.done(scanAll(due.cause()) + " incident findings");
    }

    private int reconcile(List<Incident> incidents, String cause) {
        BreachClock clock = clock();
        Instant now = Instant.now();
        Map<Long, String> names = scopes.processorNames(incidents.stream().map(Incident::getProcessorId)
                .collect(Collectors.toSet()));
        List<Finding> findings = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        for (Incident incident : incidents) {
            subjects.add(Subject.incident(incident.getId()));
            findings.addAll(findings(clock, incident, names.get(incident.getProcessorId()), now));
        }
        alerts.reconcile(subjects, RULES, findings, cause);
        return findings.size();
    }

    /**
     * The incident's findings: the processor's late notice, against the processor (it stays after the decision:
     * it is about the processor's conduct, and part of its review), and where our own clock stands.
     */
    static List<Finding> findings(BreachClock clock, Incident incident, String processorName, Instant now) {
        Subject subject = Subject.incident(incident.getId());
        long processor = incident.getProcessorId();
        String label = Messages.stored("incident.label", incident.getId(), processorName);
        List<Finding> findings = new ArrayList<>();
        BreachClock.Notice notice = notice(clock, incident);
        if (notice.late()) {
            findings.add(new Finding(Rule.INCIDENT_NOTICE_LATE, subject, processor, null, label,
                    List.of(Messages.stored(notice.agreed() ? "incident.notice.agreed" : "incident.notice.undueDelay",
                            hours(notice.taken()), notice.allowed())), List.of()));
        }
        BreachClock.Stage stage = clock.stage(incident.getAwareAt(), now, incident.isDecided());
        if (stage.alerts()) {
            String end = deadline(clock, incident.getAwareAt());
            if (stage.passed()) {
                findings.add(new Finding(Rule.INCIDENT_DECISION_OVERDUE, subject, processor, null, label,
                        List.of(end), List.of(), stage.severity()));
            } else {
                findings.add(new Finding(Rule.INCIDENT_DECISION_DUE, subject, processor, null, label,
                        List.of(Messages.stored("incident.hoursLeft", stage.pointHours()), end), List.of(),
                        stage.severity()));
            }
        }
        return findings;
    }

    /**
     * Where our 72 hours from becoming aware end, as an alert says it (a stored text): for an incident's alerts and for
     * a report by link not yet taken in.
     */
    public static String deadline(BreachClock clock, Instant awareAt) {
        LocalDateTime end = BreachClock.local(clock.ourDeadline(awareAt));
        return Messages.stored("incident.deadline", end.toLocalDate(),
                String.format("%02d:%02d", end.getHour(), end.getMinute()));
    }

    /** Whole hours, rounded up: 30 hours and a minute is told as 31, never as the 30 that was allowed. */
    static long hours(Duration duration) {
        long hours = duration.toHours();
        return duration.minusHours(hours).isZero() ? hours : hours + 1;
    }

    @PermitAll
    public String caller() {
        return Caller.name(security);
    }
}
