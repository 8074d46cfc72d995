package eu.art28.agreements.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;

/**
 * The approved agreements expiring in a span of days, by {@link Term#nextDeadline}: the one reading the agreements
 * list's filter and the dashboard's calendar share, as the expiry alerts judge the same Term. A renewing agreement
 * is expiring when its notice deadline falls in the span, not at its expiresOn.
 */
@ApplicationScoped
@Transactional
public class ExpiringAgreements {

    /** The longest notice period an agreement may have (Agreement.noticePeriodDays). */
    private static final int LONGEST_NOTICE_DAYS = 730;

    @PersistenceContext
    EntityManager em;

    /** One agreement expiring, with the day it needs someone. */
    public record Expiring(long id, String label, Term term, LocalDate on) {
    }

    /** Soonest first; the label is "reference rN · processor". */
    public List<Expiring> between(LocalDate from, LocalDate until) {
        // A renewing agreement's deadline follows from its first end by whole renewal terms, month arithmetic that
        // H2 and MariaDB write differently; the query keeps the candidates whose deadline can fall in the span
        // (first end no later than the span's end plus the longest notice) and the Term decides.
        List<Object[]> rows = em.createQuery("select a.id, a.reference, a.revision, a.processor.name, a.effectiveFrom,"
                        + " a.expiresOn, a.tacitRenewal, a.renewalTermMonths, a.noticePeriodDays from Agreement a"
                        + " where a.status = :approved and a.expiresOn is not null"
                        + " and ((a.tacitRenewal = false and a.expiresOn between :from and :until)"
                        + " or (a.tacitRenewal = true and a.expiresOn <= :horizon))", Object[].class)
                .setParameter("approved", AgreementStatus.APPROVED).setParameter("from", from)
                .setParameter("until", until).setParameter("horizon", until.plusDays(LONGEST_NOTICE_DAYS))
                .getResultList();
        List<Expiring> expiring = new ArrayList<>();
        for (Object[] row : rows) {
            Term term = new Term(AgreementStatus.APPROVED, (LocalDate) row[4], (LocalDate) row[5], (Boolean) row[6],
                    (Integer) row[7], (Integer) row[8], null, null);
            term.nextDeadline(from).filter(day -> !day.isAfter(until)).ifPresent(day -> expiring.add(new Expiring(
                    (Long) row[0], Agreement.reference((String) row[1], (Integer) row[2]) + " \u00b7 " + row[3], term,
                    day)));
        }
        expiring.sort(Comparator.comparing(Expiring::on).thenComparing(Expiring::id));
        return expiring;
    }

    /** The ids of the agreements expiring from today through {@code days} ahead, for a list's filter. */
    public List<Long> idsWithin(int days) {
        LocalDate today = LocalDate.now();
        return between(today, today.plusDays(days)).stream().map(Expiring::id).toList();
    }
}
