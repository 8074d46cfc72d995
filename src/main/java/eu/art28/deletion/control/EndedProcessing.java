package eu.art28.deletion.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.art28.alerts.entity.Subject;
import eu.art28.deletion.entity.Choice;
import eu.art28.deletion.entity.DeletionOrReturn;

/**
 * An engagement that ended, or an agreement that was terminated or ran out, with what Art. 28(3)(g) asks after it:
 * the last day for the processor's confirmation, where that stands, what was recorded ({@code record}, null when
 * nothing was), and the retention of its purposes.
 */
public record EndedProcessing(Kind kind, long id, long processorId, String processorName, String label,
        LocalDate endedOn, LocalDate lastAllowedDay, DeletionState state, DeletionOrReturn record,
        List<Retention> retention) {

    public enum Kind {
        ENGAGEMENT, AGREEMENT
    }

    public EndedProcessing {
        retention = List.copyOf(retention);
    }

    /** The same, with the retention of its purposes, read only for what is shown ({@link ProcessingEnds#retention}). */
    public EndedProcessing withRetention(List<Retention> retention) {
        return new EndedProcessing(kind, id, processorId, processorName, label, endedOn, lastAllowedDay, state, record,
                retention);
    }

    /** As the alerts spell it: {@code engagement:<id>} or {@code agreement:<id>}. */
    public Subject subject() {
        return subjectOf(kind, id);
    }

    public static Subject subjectOf(Kind kind, long id) {
        return kind == Kind.ENGAGEMENT ? Subject.engagement(id) : Subject.agreement(id);
    }

    public Choice choice() {
        return record == null ? null : record.getChoice();
    }

    public LocalDate confirmedOn() {
        return record == null ? null : record.getConfirmedOn();
    }

    /** Confirmed, but after the last allowed day: worth knowing in an audit, though nothing is left to do. */
    public boolean confirmedLate() {
        return confirmedOn() != null && confirmedOn().isAfter(lastAllowedDay);
    }

    /** The purpose whose data is kept longest after the end, if the catalogue knows any of its purposes. */
    public Optional<Retention> longestRetention() {
        return retention.stream().max(Comparator.comparing((Retention r) -> r.keptUntil(endedOn))
                .thenComparing(Retention::purpose, Comparator.reverseOrder()));
    }

    /** For pages: the longest retention, or null. */
    public Retention getLongestRetention() {
        return longestRetention().orElse(null);
    }
}
