package eu.art28.requests.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.alerts.entity.Subject;
import eu.art28.incidents.boundary.Incidents;
import eu.art28.incidents.control.BreachClock;
import eu.art28.platform.control.Messages;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestChanged;
import eu.art28.requests.entity.RequestKind;
import eu.art28.requests.entity.RequestState;

/**
 * A breach a processor reported by link is an alert from the moment it is submitted (INCIDENT_REPORTED, about the
 * request, high): our 72 hours (Art. 33(1)) run from then, while the report is not yet an incident with alerts of its
 * own. Mailed to managers and the processor's owner as every alert; it goes once the report is accepted (the
 * incident's alerts take over), or the link is revoked or runs out; a report sent back for more still alerts. Judged
 * at every step on a request and by the daily scan.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class ReportedBreaches {

    static final Set<Rule> RULES = Set.of(Rule.INCIDENT_REPORTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Alerts alerts;

    @Inject
    Incidents incidents;

    /** A step on one request: submitted, it alerts at once; accepted or revoked, its alert goes. */
    void onChanged(@Observes RequestChanged changed) {
        Request request = em.find(Request.class, changed.requestId());
        if (request != null && request.getKind() == RequestKind.INCIDENT_REPORT) {
            judge(List.of(request), List.of(Subject.request(request.getId())), changed.cause());
        }
    }

    /** The daily scan puts right what a step missed, with the requests' other judgements. */
    void onScanDue(@Observes @Priority(ScanDue.DEADLINES + 30) ScanDue due) {
        List<Request> waiting = em.createQuery("select r from Request r join fetch r.processor"
                + " where r.kind = :kind and r.state in :open order by r.id", Request.class)
                .setParameter("kind", RequestKind.INCIDENT_REPORT).setParameter("open", Arrays.stream(
                        RequestState.values()).filter(s -> !s.closed()).toList()).getResultList();
        Set<Subject> subjects = new LinkedHashSet<>(alerts.unresolvedSubjects(RULES, null));
        waiting.forEach(r -> subjects.add(Subject.request(r.getId())));
        due.done(judge(waiting, subjects, due.cause()) + " breach reports waiting");
    }

    private int judge(List<Request> requests, Collection<Subject> subjects, String cause) {
        BreachClock clock = incidents.clock();
        LocalDate today = LocalDate.now();
        List<Finding> findings = new ArrayList<>();
        for (Request request : requests) {
            if (request.incidentAwaitingIntakeOn(today)) {
                findings.add(new Finding(Rule.INCIDENT_REPORTED, Subject.request(request.getId()),
                        request.getProcessor().getId(), null, Messages.stored("request.label", request.getKind(),
                                request.getProcessor().getName(), request.getContactName()),
                        List.of(Incidents.deadline(clock, request.getSubmittedAt())), List.of()));
            }
        }
        alerts.reconcile(subjects, RULES, findings, cause);
        return findings.size();
    }
}
