package eu.art28.deadlines.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Subject;
import eu.art28.deadlines.control.Expiry;

/** What runs out in a span of days, as a calendar shows it; read-only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@PermitAll
public class Expiring {

    /** The longest notice period an agreement may have (Agreement.noticePeriodDays). */
    private static final int LONGEST_NOTICE_DAYS = 730;

    @PersistenceContext
    EntityManager em;

    /**
     * What runs out from {@code from} to {@code until}, soonest first: the last day of approved agreements in
     * force that do not renew by themselves, and the notice deadline of those that do.
     */
    public List<Expiry> between(LocalDate from, LocalDate until) {
        // A renewing agreement's deadline follows from its first end by whole renewal terms, month arithmetic that
        // H2 and MariaDB write differently; the query keeps the candidates whose deadline can fall in the window
        // (first end no later than the window's end plus the longest notice) and the calendar does the rest.
        List<Object[]> rows = em.createQuery("select a.id, a.reference, a.revision, a.processor.name, a.effectiveFrom,"
                        + " a.expiresOn, a.tacitRenewal, a.renewalTermMonths, a.noticePeriodDays from Agreement a"
                        + " where a.status = :approved and a.effectiveFrom <= :from and a.expiresOn is not null"
                        + " and ((a.tacitRenewal = false and a.expiresOn between :from and :until)"
                        + " or (a.tacitRenewal = true and a.expiresOn <= :horizon))", Object[].class)
                .setParameter("approved", AgreementStatus.APPROVED).setParameter("from", from)
                .setParameter("until", until).setParameter("horizon", until.plusDays(LONGEST_NOTICE_DAYS))
                .getResultList();
        List<Expiry> expiries = new ArrayList<>();
        for (Object[] row : rows) {
            Subject subject = Subject.agreement((Long) row[0]);
            String label = Agreement.reference((String) row[1], (Integer) row[2]) + " · " + row[3];
            LocalDate expiresOn = (LocalDate) row[5];
            if (!(Boolean) row[6]) {
                expiries.add(new Expiry(Expiry.Kind.TERM_END, subject, label, expiresOn));
                continue;
            }
            Term term = new Term(AgreementStatus.APPROVED, (LocalDate) row[4], expiresOn, true, (Integer) row[7],
                    (Integer) row[8], null, null);
            term.nextNoticeDeadline(from).filter(d -> !d.isAfter(until))
                    .ifPresent(d -> expiries.add(new Expiry(Expiry.Kind.NOTICE_DEADLINE, subject, label, d)));
        }
        expiries.sort(Comparator.comparing(Expiry::on).thenComparing(e -> e.subject().toString()));
        return expiries;
    }
}
