package eu.art28.agreements.entity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an agreement version governs the processing: the one place for the date rules, used by the entity and
 * by the coverage engine's read model alike. Boundaries are inclusive; a tacitly renewing agreement keeps
 * renewing until it is terminated.
 */
public record Term(AgreementStatus status, LocalDate effectiveFrom, LocalDate expiresOn, boolean tacitRenewal,
        Integer renewalTermMonths, Integer noticePeriodDays, LocalDate terminatedOn, LocalDate supersededOn) {

    /**
     * Approved (or terminated or superseded later than that day) and within its term.
     */
    public boolean inForceOn(LocalDate day) {
        boolean decided = switch (status) {
            case APPROVED -> true;
            case TERMINATED -> terminatedOn != null && !day.isAfter(terminatedOn);
            case SUPERSEDED -> supersededOn != null && day.isBefore(supersededOn);
            default -> false;
        };
        return decided && effectiveFrom != null && !day.isBefore(effectiveFrom) && !expiredOn(day);
    }

    /** The term has run out by that day (the day after the last day of the term). */
    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && !tacitRenewal && day.isAfter(expiresOn);
    }

    /** The last day of the term that contains the day; empty when the agreement has no end. */
    public Optional<LocalDate> termEndOn(LocalDate day) {
        if (expiresOn == null) {
            return Optional.empty();
        }
        if (!tacitRenewal || renewalTermMonths == null) {
            return Optional.of(expiresOn);
        }
        LocalDate end = expiresOn;
        for (int term = 1; end.isBefore(day); term++) {
            end = expiresOn.plusMonths((long) renewalTermMonths * term);
        }
        return Optional.of(end);
    }

    /** For a tacitly renewing agreement: the last day on which notice can still be given for the current term. */
    public Optional<LocalDate> noticeDeadlineOn(LocalDate day) {
        if (!tacitRenewal) {
            return Optional.empty();
        }
        int notice = noticePeriodDays == null ? 0 : noticePeriodDays;
        return termEndOn(day).map(end -> end.minusDays(notice));
    }

    /**
     * The day this agreement next needs someone, {@code from} or later: the last day of a term that does not renew
     * by itself, or the last day to give notice on one that does. A tacitly renewing agreement does not run out
     * at its expiresOn (it renews unless notice is given), so its expiresOn is no such day. Empty when neither lies
     * ahead. What "expiring" means everywhere: the alerts, the dashboard's calendar, the agreements list.
     */
    public Optional<LocalDate> nextDeadline(LocalDate from) {
        if (tacitRenewal) {
            return nextNoticeDeadline(from);
        }
        return Optional.ofNullable(expiresOn).filter(end -> !end.isBefore(from));
    }

    /**
     * The next day on which notice can still be given on a tacitly renewing agreement: the deadline of the term
     * that runs today, or, once that has passed, of the first later term whose deadline has not. Empty when the
     * agreement does not renew by itself, has no end, or no deadline lies ahead.
     */
    public Optional<LocalDate> nextNoticeDeadline(LocalDate today) {
        LocalDate day = today;
        Optional<LocalDate> deadline = noticeDeadlineOn(day);
        // a notice period longer than a renewal term puts the next deadline more than one term ahead
        while (deadline.isPresent() && deadline.get().isBefore(today) && renewalTermMonths != null) {
            day = termEndOn(day).orElseThrow().plusDays(1);
            deadline = noticeDeadlineOn(day);
        }
        return deadline.filter(d -> !d.isBefore(today));
    }
}
