package eu.art28.alerts.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import eu.art28.agreements.entity.Term;

/** When things run out, as the dashboard shows them: the next notice deadline, and expiries month by month. */
public final class ExpiryCalendar {

    private ExpiryCalendar() {
    }

    /**
     * The next day on which notice can still be given on a tacitly renewing agreement: the deadline of the term
     * that runs today, or, once that has passed, of the first later term whose deadline has not. Empty when the
     * agreement does not renew by itself, has no end, or no deadline lies ahead.
     */
    public static Optional<LocalDate> nextNoticeDeadline(Term term, LocalDate today) {
        LocalDate day = today;
        Optional<LocalDate> deadline = term.noticeDeadlineOn(day);
        // a notice period longer than a renewal term puts the next deadline more than one term ahead
        while (deadline.isPresent() && deadline.get().isBefore(today) && term.renewalTermMonths() != null) {
            day = term.termEndOn(day).orElseThrow().plusDays(1);
            deadline = term.noticeDeadlineOn(day);
        }
        return deadline.filter(d -> !d.isBefore(today));
    }

    /**
     * How many expiries of each kind fall in each month from {@code from} to {@code until}, every month of that
     * span present (a month without expiries counts zero of each kind), in calendar order.
     */
    public static Map<YearMonth, Map<Expiry.Kind, Long>> perMonth(Collection<Expiry> expiries, LocalDate from,
            LocalDate until) {
        Map<YearMonth, Map<Expiry.Kind, Long>> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
            Map<Expiry.Kind, Long> counts = new EnumMap<>(Expiry.Kind.class);
            for (Expiry.Kind kind : Expiry.Kind.values()) {
                counts.put(kind, 0L);
            }
            months.put(month, counts);
        }
        for (Expiry expiry : expiries) {
            Map<Expiry.Kind, Long> counts = months.get(YearMonth.from(expiry.on()));
            if (counts != null) {
                counts.merge(expiry.kind(), 1L, Long::sum);
            }
        }
        return months;
    }
}
