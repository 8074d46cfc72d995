package eu.art28.requests.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.alerts.boundary.Alerts;
import eu.art28.alerts.boundary.Outbox;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.ScanDue;
import eu.art28.alerts.entity.Subject;
import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.Role;
import eu.art28.requests.control.RequestMail;
import eu.art28.requests.entity.Reminders;
import eu.art28.requests.entity.Request;
import eu.art28.requests.entity.RequestChanged;
import eu.art28.requests.entity.RequestSent;
import eu.art28.requests.entity.RequestState;

/**
 * Chasing a late answer: the daily scan mails the contact a reminder on the configured days before the due day, and
 * once the due day has passed raises REQUEST_OVERDUE about the request, given to whoever asked. The alert goes as
 * soon as the request no longer waits for the contact (answered, accepted, revoked) or its link has run out; a
 * step on a request judges it again at once ({@link RequestChanged}).
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Chasing {

    static final Set<Rule> RULES = Set.of(Rule.REQUEST_OVERDUE);

    /** The time an overdue request's alert gives whoever asked: a week to reach the contact or close the request. */
    static final int DAYS_TO_ACT = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    Alerts alerts;

    @Inject
    Outbox outbox;

    @Inject
    Event<RequestSent> sent;

    /** Days before the due day on which a contact who has not answered is reminded (ART28_REQUESTS_REMINDER_DAYS). */
    @Inject
    @ConfigProperty(name = "art28.requests.reminder-days", defaultValue = "7,3,1")
    String reminderDays;

    /** Who asks, as the vendor reads it in the mail (ART28_CONTROLLER_NAME); "Art28" when not set. */
    @Inject
    @ConfigProperty(name = "art28.controller.name", defaultValue = "Art28")
    String organisation;

    /** What a chase did: reminders mailed, requests found overdue. */
    public record Chased(int reminders, int overdue) {
    }

    /**
     * Chases every request as on that day: the reminder due, at most one per request and each only once, and the
     * overdue alerts as they stand. The daily scan runs it for today; on demand, an administrator may name the day.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Chased chase(LocalDate day, String cause) {
        Reminders reminders = Reminders.of(reminderDays);
        List<Request> waiting = em.createQuery("select r from Request r join fetch r.processor"
                + " where r.state in :waiting and r.linkValidUntil >= :day order by r.id", Request.class)
                .setParameter("waiting", waitingStates()).setParameter("day", day).getResultList();
        Instant now = Instant.now();
        int mailed = 0;
        for (Request request : waiting) {
            Integer daysBefore = request.reminderDueOn(day, reminders);
            if (daysBefore != null) {
                outbox.enqueue(RequestMail.reminder(request, organisation, now));
                request.reminded(daysBefore, now);
                mailed++;
            }
        }
        em.flush();
        if (mailed > 0) {
            // after the commit the outbox is emptied, as for the first mail
            sent.fire(new RequestSent(waiting.get(0).getId()));
        }
        // the requests overdue before and no longer waiting (answered, expired): their alerts resolve
        Set<Subject> subjects = new LinkedHashSet<>(alerts.unresolvedSubjects(RULES, null));
        waiting.forEach(r -> subjects.add(Subject.request(r.getId())));
        return new Chased(mailed, judge(waiting, subjects, day, cause));
    }

    /** The daily scan: after the deadlines, which judge by the calendar as this does. */
    void onScanDue(@Observes @Priority(ScanDue.DEADLINES + 30) ScanDue due) {
        Chased chased = chase(LocalDate.now(), due.cause());
        due.done(chased.reminders() + " request reminders, " + chased.overdue() + " requests overdue");
    }

    /** A step on one request: its overdue alert, if any, is judged again now. */
    void onChanged(@Observes RequestChanged changed) {
        Request request = em.find(Request.class, changed.requestId());
        if (request != null) {
            judge(List.of(request), List.of(Subject.request(request.getId())), LocalDate.now(), changed.cause());
        }
    }

    /** The overdue alerts of these subjects as the requests stand on the day, each new one given to whoever asked. */
    private int judge(List<Request> requests, Collection<Subject> subjects, LocalDate day, String cause) {
        List<Finding> findings = new ArrayList<>();
        Map<Subject, String> askers = new LinkedHashMap<>();
        for (Request request : requests) {
            if (request.overdueOn(day)) {
                Subject subject = Subject.request(request.getId());
                findings.add(finding(request, subject));
                askers.put(subject, request.getRequestedBy());
            }
        }
        alerts.reconcile(subjects, RULES, findings, cause);
        alerts.assignUnassigned(Rule.REQUEST_OVERDUE, askers, LocalDate.now().plusDays(DAYS_TO_ACT));
        return findings.size();
    }

    /** What the alert says: which request, to whom, due when, and until when the contact can still answer. */
    static Finding finding(Request request, Subject subject) {
        return new Finding(Rule.REQUEST_OVERDUE, subject, request.getProcessor().getId(), null,
                Messages.stored("request.label", request.getKind(), request.getProcessor().getName(),
                        request.getContactName()),
                List.of(Messages.stored("request.overdue.since", request.getDueOn(), request.getLinkValidUntil())),
                List.of());
    }

    private static List<RequestState> waitingStates() {
        return Arrays.stream(RequestState.values()).filter(RequestState::waitingForVendor).toList();
    }
}
