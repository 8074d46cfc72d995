package eu.art28.alerts.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.art28.accounts.entity.Account;
import eu.art28.accounts.entity.AlertMail;
import eu.art28.alerts.control.Mailer;
import eu.art28.alerts.entity.Alert;
import eu.art28.alerts.entity.AlertAssigned;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.AlertsRaised;
import eu.art28.alerts.entity.MailMessage;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Messages;
import eu.art28.platform.entity.Role;

/**
 * Tells managers, and the owner of the processor concerned, of alerts by mail, in their language, grouped by
 * severity, with links into the application:
 * those who chose IMMEDIATE get one mail per transaction that raised alerts, those who chose DIGEST one mail a
 * day. Mail is queued in the outbox in the transaction that raised the alerts and sent after it commits.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Notifications {

    @Inject
    Event<CodeNames> question;

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    private static final Comparator<Alert> MOST_SEVERE_FIRST = Comparator.comparing(Alert::getSeverity,
            Comparator.reverseOrder());

    /** No mail lists more than this; the rest is a count and a link. */
    static final int LISTED = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    MailDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    /** The address of the application as managers reach it, for the links in the mail (ART28_BASE_URL). */
    @Inject
    @ConfigProperty(name = "art28.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    void onRaised(@Observes AlertsRaised raised) {
        if (!mailer.enabled()) {
            return;
        }
        for (Account manager : managers(AlertMail.IMMEDIATE)) {
            enqueueAbout(manager, raised.alerts());
        }
        Map<Long, List<Alert>> byProcessor = raised.alerts().stream()
                .collect(Collectors.groupingBy(Alert::getProcessorId));
        for (Map.Entry<Account, List<Long>> owner : owners(byProcessor.keySet(), AlertMail.IMMEDIATE).entrySet()) {
            enqueueAbout(owner.getKey(), owner.getValue().stream().flatMap(p -> byProcessor.get(p).stream()).toList());
        }
    }

    private void enqueueAbout(Account to, List<Alert> alerts) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        alerts.forEach(a -> counts.merge(a.getSeverity(), 1L, Long::sum));
        outbox.enqueue(message(to, alerts.stream().sorted(MOST_SEVERE_FIRST).limit(LISTED).toList(), counts,
                "mail.alerts.subject"));
    }

    /**
     * The assignee hears of an alert given to them, in their language, whatever they chose for the alert mail:
     * an assignment is addressed to them by name. Nobody is told of what they assigned to themselves.
     */
    void onAssigned(@Observes AlertAssigned assigned) {
        Alert alert = assigned.alert();
        if (!mailer.enabled() || alert.getAssignee().equals(alert.getAssignedBy())) {
            return;
        }
        em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", alert.getAssignee())
                .getResultStream().filter(to -> to.getEmail() != null).findFirst().ifPresent(to -> {
                    Locale locale = to.getLocale();
                    String body = Messages.text(locale, "mail.assigned.intro", alert.getAssignedBy(),
                            Messages.date(locale, alert.getDueOn())) + "\n\n"
                            + Messages.text(locale, "Severity." + alert.getSeverity()) + ": "
                            + Messages.text(locale, "Rule." + alert.getRule()) + "\n"
                            + MailMessage.line(AlertJson.explanation(alert.getRule(), alert.getSubjectLabel(),
                                    alert.getMissing(), alert.getLookedAt(), CodeNames.asked(question, locale))) + "\n"
                            + MailMessage.line(AlertJson.fix(alert.getRule(), alert.getSubject(), alert.getMissing(),
                                    locale)) + "\n" + link(alert) + "\n";
                    outbox.enqueue(new MailMessage(to.getEmail(), Messages.text(locale, "mail.assigned.subject",
                            Messages.text(locale, "Rule." + alert.getRule()), Messages.date(locale, alert.getDueOn())),
                            body, Instant.now()));
                });
    }

    void afterAssigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertAssigned assigned) {
        deliverSoon();
    }

    /** After the commit, not before: what is sent must exist. The request does not wait for the mail server. */
    void afterRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsRaised raised) {
        deliverSoon();
    }

    /** Starts emptying the outbox on another thread; call it once what was queued is committed. */
    @PermitAll
    public void deliverSoon() {
        if (mailer.enabled()) {
            try {
                delivery.sendSoon(executor);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start sending now; the outbox is emptied within a minute", e);
            }
        }
    }

    /**
     * The daily digest: to each manager who chose it, the alerts raised since their last digest and still
     * unresolved. Returns the number of mails queued.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int digest(Instant now) {
        if (!mailer.enabled()) {
            return 0;
        }
        int queued = 0;
        for (Account manager : managers(AlertMail.DIGEST)) {
            queued += digest(manager, null, now);
        }
        List<Long> owned = em.createQuery("select p.id from Processor p where p.owner is not null", Long.class)
                .getResultList();
        for (Map.Entry<Account, List<Long>> owner : owners(owned, AlertMail.DIGEST).entrySet()) {
            queued += digest(owner.getKey(), owner.getValue(), now);
        }
        return queued;
    }

    /** One digest: the alerts raised since the last one, of these processors (all when null); 1 when queued. */
    private int digest(Account to, List<Long> processors, Instant now) {
        Instant since = to.getLastDigestAt() == null ? now.minus(Duration.ofDays(1)) : to.getLastDigestAt();
        String where = " where a.raisedAt > :since and a.status <> :resolved"
                + (processors == null ? "" : " and a.processorId in :processors");
        TypedQuery<Object[]> counting = em.createQuery("select a.severity, count(a) from Alert a" + where
                + " group by a.severity", Object[].class);
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Object[] row : scope(counting, since, processors).getResultList()) {
            counts.put((Severity) row[0], (Long) row[1]);
        }
        to.digestSent(now);
        if (counts.isEmpty()) {
            return 0;
        }
        // severity by severity: stored as text, it does not sort by urgency
        List<Alert> listed = new ArrayList<>();
        for (Severity severity : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            if (listed.size() < LISTED) {
                listed.addAll(scope(em.createQuery("select a from Alert a" + where
                        + " and a.severity = :severity order by a.raisedAt", Alert.class), since, processors)
                        .setParameter("severity", severity).setMaxResults(LISTED - listed.size()).getResultList());
            }
        }
        outbox.enqueue(message(to, listed, counts, "mail.digest.subject"));
        return 1;
    }

    private static <T> TypedQuery<T> scope(TypedQuery<T> query, Instant since, List<Long> processors) {
        query.setParameter("since", since).setParameter("resolved", AlertStatus.RESOLVED);
        return processors == null ? query : query.setParameter("processors", processors);
    }

    /**
     * The owners of these processors who want mail this way and are no managers (managers hear of everything),
     * each with the processors they own.
     */
    private Map<Account, List<Long>> owners(Collection<Long> processors, AlertMail mode) {
        Map<Account, List<Long>> owners = new LinkedHashMap<>();
        if (processors.isEmpty()) {
            return owners;
        }
        for (Object[] row : em.createQuery("select a, p.id from Processor p, Account a where p.id in :processors"
                        + " and a.username = p.owner and a.enabled = true and a.email is not null"
                        + " and a.alertMail = :mode", Object[].class)
                .setParameter("processors", processors).setParameter("mode", mode).getResultList()) {
            Account owner = (Account) row[0];
            if (!owner.getRoles().contains(Role.MANAGER)) {
                owners.computeIfAbsent(owner, o -> new ArrayList<>()).add((Long) row[1]);
            }
        }
        return owners;
    }

    private List<Account> managers(AlertMail mode) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :manager and a.enabled = true"
                        + " and a.email is not null and a.alertMail = :mode", Account.class)
                .setParameter("manager", Role.MANAGER).setParameter("mode", mode).getResultList();
    }

    /** The mail: counts per severity, the listed alerts (most severe first) with their fix and link. */
    private MailMessage message(Account to, List<Alert> listed, Map<Severity, Long> counts, String subjectKey) {
        Locale locale = to.getLocale();
        CodeNames names = CodeNames.asked(question, locale);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder body = new StringBuilder(Messages.text(locale, "mail.alerts.intro", total)).append("\n");
        Severity group = null;
        for (Alert alert : listed) {
            if (alert.getSeverity() != group) {
                group = alert.getSeverity();
                body.append("\n").append(Messages.text(locale, "Severity." + group)).append(" (")
                        .append(counts.getOrDefault(group, 0L)).append(")\n");
            }
            body.append("- ").append(Messages.text(locale, "Rule." + alert.getRule())).append(": ")
                    .append(MailMessage.line(AlertJson.explanation(alert.getRule(), alert.getSubjectLabel(),
                            alert.getMissing(), alert.getLookedAt(), names)))
                    .append("\n  ").append(MailMessage.line(AlertJson.fix(alert.getRule(), alert.getSubject(),
                            alert.getMissing(), locale)))
                    .append("\n  ").append(link(alert)).append("\n");
        }
        if (total > listed.size()) {
            body.append("\n").append(Messages.text(locale, "mail.alerts.more", total - listed.size(),
                    baseUrl + "alerts/list.xhtml"));
        }
        body.append("\n\n").append(Messages.text(locale, "mail.alerts.footer", baseUrl + "accounts/profile.xhtml"));
        return new MailMessage(to.getEmail(), Messages.text(locale, subjectKey, total,
                counts.getOrDefault(Severity.HIGH, 0L)), body.toString(), Instant.now());
    }

    /** Where to act on the alert: the page of its subject. */
    String link(Alert alert) {
        return baseUrl + alert.getPage();
    }
}
