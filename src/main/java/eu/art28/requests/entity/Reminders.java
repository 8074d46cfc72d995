package eu.art28.requests.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * When a request still waiting for its contact is reminded: on each of the configured days before the due day
 * (7, 3 and 1 by default), at most once each. The daily scan asks every day; a day the scan did not run is caught up
 * the next time, with the latest reminder that fell due only (one mail, not a backlog of them). A reminder day that
 * lay before the request was sent is no reminder: the first mail said it all. On the due day itself the day-before
 * reminder can still be caught up; after it, chasing is the overdue alert's work, not the mail's.
 */
public final class Reminders {

    /** The days before the due day, largest first, each once. */
    private final List<Integer> daysBefore;

    private Reminders(List<Integer> daysBefore) {
        this.daysBefore = daysBefore;
    }

    /** From the setting, "7,3,1": whole days from 1 on, in any order; anything else is refused naming it. */
    public static Reminders of(String setting) {
        List<Integer> days = new ArrayList<>();
        if (setting != null && !setting.isBlank()) {
            for (String part : setting.split(",")) {
                int day;
                try {
                    day = Integer.parseInt(part.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(refusal(setting), e);
                }
                if (day < 1) {
                    throw new IllegalArgumentException(refusal(setting));
                }
                if (!days.contains(day)) {
                    days.add(day);
                }
            }
        }
        days.sort(Comparator.reverseOrder());
        return new Reminders(List.copyOf(days));
    }

    private static String refusal(String setting) {
        return String.format(Locale.ROOT, "art28.requests.reminder-days must list whole days before the due day,"
                + " 1 or more, such as 7,3,1: %s", setting);
    }

    public List<Integer> daysBefore() {
        return daysBefore;
    }

    /**
     * The reminder due on {@code today}, as its number of days before the due day; null when none is. {@code sentOn}
     * is the day the request went out (null: not known, every reminder day counts), {@code lastSent} the reminder
     * sent last (null: none yet). Whether the request still waits for its contact is the caller's question.
     */
    public Integer dueOn(LocalDate today, LocalDate dueDay, LocalDate sentOn, Integer lastSent) {
        long left = ChronoUnit.DAYS.between(today, dueDay);
        if (left < 0) {
            return null;
        }
        Integer latest = null;
        for (int days : daysBefore) {
            LocalDate reminderDay = dueDay.minusDays(days);
            boolean fallenDue = !reminderDay.isAfter(today);
            boolean afterSending = sentOn == null || reminderDay.isAfter(sentOn);
            if (fallenDue && afterSending) {
                latest = days;
            }
        }
        if (latest == null || lastSent != null && latest >= lastSent) {
            return null;
        }
        return latest;
    }
}
