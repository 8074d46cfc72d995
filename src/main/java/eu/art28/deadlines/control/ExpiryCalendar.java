package eu.art28.deadlines.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** When things run out, as the dashboard shows them: expiries month by month. */
public final class ExpiryCalendar {

    private ExpiryCalendar() {
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
