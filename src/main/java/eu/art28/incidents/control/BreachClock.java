package eu.art28.incidents.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.art28.alerts.entity.Severity;
import eu.art28.incidents.entity.Incident;

/**
 * The deadline arithmetic of a breach, plain Java. Hours are elapsed hours between two instants, never wall-clock
 * hours: 72 hours from Saturday 28 March 2026 10:00 (CET) end on Tuesday 31 March 11:00 (CEST), as the clocks moved
 * an hour forward in between. Periods run from the exact moment, not from the start of the next hour (as Regulation
 * 1182/71 would allow), so a deadline shown here is never later than the legal one. Days (which agreement is in
 * force, the day of the incident) are days in {@link #ZONE}, the controller's time zone.
 */
public final class BreachClock {

    /** The controller's time zone (as the incident keeps it). */
    public static final ZoneId ZONE = Incident.ZONE;

    /** Art. 33(1): the controller notifies the authority within 72 hours of becoming aware. */
    public static final Duration OUR_WINDOW = Duration.ofHours(72);

    /** Where the agreement sets no window (ART28_INCIDENT_UNDUE_DELAY_HOURS; docs/decisions.md). */
    public static final int DEFAULT_UNDUE_DELAY_HOURS = 24;

    /** Hours before our deadline at which its alert appears and escalates (ART28_INCIDENT_ALERT_HOURS). */
    public static final String DEFAULT_ALERT_HOURS = "48,24,6";

    private final int undueDelayHours;
    private final List<Integer> alertHours;

    /**
     * @param undueDelayHours what "without undue delay" allows the processor where its agreement sets no window
     * @param alertHours hours left at which our clock alerts, in any order; none below 1 or above 72
     */
    public BreachClock(int undueDelayHours, List<Integer> alertHours) {
        if (undueDelayHours < 1) {
            throw new IllegalArgumentException("undue delay is at least one hour: " + undueDelayHours);
        }
        if (alertHours.stream().anyMatch(h -> h < 1 || h > OUR_WINDOW.toHours())) {
            throw new IllegalArgumentException("alert points lie within the 72 hours: " + alertHours);
        }
        this.undueDelayHours = undueDelayHours;
        this.alertHours = alertHours.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public BreachClock() {
        this(DEFAULT_UNDUE_DELAY_HOURS, points(DEFAULT_ALERT_HOURS));
    }

    /** "48, 24,6" as hours; an empty text gives no points. */
    public static List<Integer> points(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).collect(Collectors.toList());
    }

    public int undueDelayHours() {
        return undueDelayHours;
    }

    /** The points, most hours left first. */
    public List<Integer> alertHours() {
        return alertHours;
    }

    /**
     * The processor's notice measured against its window.
     *
     * @param windowHours the window of the agreement in force on the day; null: none set, "without undue delay"
     * @param allowed the hours allowed: the window, or the undue-delay hours
     * @param deadline when the notice was due
     * @param taken how long the processor took, from becoming aware to telling us
     */
    public record Notice(Integer windowHours, int allowed, Instant deadline, Duration taken) {

        public boolean late() {
            return taken.compareTo(Duration.ofHours(allowed)) > 0;
        }

        /** How long after the deadline it came; zero when in time. */
        public Duration lateBy() {
            return late() ? taken.minusHours(allowed) : Duration.ZERO;
        }

        /** Whether the agreement set the window, rather than "without undue delay". */
        public boolean agreed() {
            return windowHours != null;
        }
    }

    public Notice notice(Instant processorAwareAt, Instant reportedAt, Integer windowHours) {
        int allowed = windowHours != null ? windowHours : undueDelayHours;
        return new Notice(windowHours, allowed, processorAwareAt.plus(Duration.ofHours(allowed)),
                Duration.between(processorAwareAt, reportedAt));
    }

    /** One agreement version as the window needs it: its window and whether it is in force on the day. */
    public record Window(long agreementId, Integer hours, boolean inForce) {
    }

    /**
     * The window that applies, of the agreements in force on the day: the shortest one set (two versions in force
     * at once bind the processor to the stricter); empty when none in force sets one.
     */
    public static Optional<Window> windowOf(List<Window> agreements) {
        return agreements.stream().filter(w -> w.inForce() && w.hours() != null)
                .min(Comparator.comparing(Window::hours).thenComparing(Window::agreementId));
    }

    /** Our deadline: 72 elapsed hours after we became aware. */
    public Instant ourDeadline(Instant awareAt) {
        return awareAt.plus(OUR_WINDOW);
    }

    /** Time left to decide; negative once the deadline passed. */
    public Duration left(Instant awareAt, Instant now) {
        return Duration.between(now, ourDeadline(awareAt));
    }

    /** Where our clock stands for an undecided incident: how urgent, and the point passed last. */
    public record Stage(Severity severity, Integer pointHours, boolean passed) {

        public static final Stage QUIET = new Stage(null, null, false);

        public boolean alerts() {
            return severity != null;
        }
    }

    /**
     * Quiet before the first point; at each point the alert appears or escalates: the last point (fewest hours
     * left) high, the one before it medium, any earlier ones low; passed: high. A decided incident is quiet.
     */
    public Stage stage(Instant awareAt, Instant now, boolean decided) {
        if (decided) {
            return Stage.QUIET;
        }
        Duration left = left(awareAt, now);
        if (left.isNegative() || left.isZero()) {
            return new Stage(Severity.HIGH, null, true);
        }
        for (int i = alertHours.size() - 1; i >= 0; i--) {
            int point = alertHours.get(i);
            if (left.compareTo(Duration.ofHours(point)) <= 0) {
                int fromEnd = alertHours.size() - 1 - i;
                Severity severity = fromEnd == 0 ? Severity.HIGH : fromEnd == 1 ? Severity.MEDIUM : Severity.LOW;
                return new Stage(severity, point, false);
            }
        }
        return Stage.QUIET;
    }

    /** The next moment the stage of an undecided incident changes: the next point, or the deadline; empty after. */
    public Optional<Instant> nextChange(Instant awareAt, Instant now) {
        Instant deadline = ourDeadline(awareAt);
        return alertHours.stream().map(h -> deadline.minus(Duration.ofHours(h))).filter(at -> at.isAfter(now))
                .findFirst().or(() -> deadline.isAfter(now) ? Optional.of(deadline) : Optional.empty());
    }

    /** The day of a moment, in the controller's zone. */
    public static LocalDate day(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /**
     * A moment typed as a local date and time: in the gap when clocks go forward it is read as the hour after
     * (02:30 on the last Sunday of March is 03:30 CEST); twice-shown times in October are read as the earlier
     * (summer) one, the first time the clock showed it.
     */
    public static Instant instant(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, ZONE, null).toInstant();
    }

    public static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZONE);
    }
}
