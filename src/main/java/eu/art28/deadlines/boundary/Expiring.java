package eu.art28.deadlines.boundary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.art28.agreements.control.ExpiringAgreements;
import eu.art28.alerts.entity.Subject;
import eu.art28.deadlines.control.Expiry;

/** What runs out in a span of days, as a calendar shows it; read-only. */
@ApplicationScoped
@Transactional
@PermitAll
public class Expiring {

    @Inject
    ExpiringAgreements agreements;

    /**
     * What runs out from {@code from} to {@code until}, soonest first: the last day of approved agreements that do
     * not renew by themselves, and the notice deadline of those that do (as the agreements list and the alerts
     * count them: Term#nextDeadline).
     */
    @PermitAll
    public List<Expiry> between(LocalDate from, LocalDate until) {
        return agreements.between(from, until).stream()
                .map(a -> new Expiry(a.term().tacitRenewal() ? Expiry.Kind.NOTICE_DEADLINE : Expiry.Kind.TERM_END,
                        Subject.agreement(a.id()), a.label(), a.on()))
                .sorted(Comparator.comparing(Expiry::on).thenComparing(e -> e.subject().toString()))
                .toList();
    }
}
