package eu.art28.deletion.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.art28.deletion.control.DeletionState;
import eu.art28.deletion.control.EndedProcessing;
import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.deletion.control.Retention;
import eu.art28.deletion.entity.Choice;
import eu.art28.deletion.entity.DeletionDocument;
import eu.art28.deletion.entity.DeletionOrReturn;
import eu.art28.platform.boundary.DocumentJson;

/**
 * Something that ended as the API shows it: what, of which processor, when, the last allowed day for the
 * processor's confirmation, the state, the retention of its purposes (the longest first named), and what was
 * recorded. {@code version} is the record's, null until something is recorded.
 */
public record DeletionJson(String subject, Kind kind, long id, long processorId, String processorName, String label,
        LocalDate endedOn, LocalDate lastAllowedDay, DeletionState state, RetentionJson longestRetention,
        List<RetentionJson> retention, Long version, Choice choice, String chosenBy, Instant chosenAt,
        LocalDate confirmedOn, String confirmedBy, boolean confirmedLate, String note, DocumentJson currentDocument) {

    /** One purpose's retention as an ISO-8601 period, and the day its data is kept until, counted from the end. */
    public record RetentionJson(String purpose, String period, LocalDate keptUntil) {

        static RetentionJson of(Retention r, LocalDate endedOn) {
            return r == null ? null : new RetentionJson(r.purpose(), r.period().toString(), r.keptUntil(endedOn));
        }
    }

    static DeletionJson of(EndedProcessing e, DeletionDocument current) {
        DeletionOrReturn r = e.record();
        return new DeletionJson(e.subject().toString(), e.kind(), e.id(), e.processorId(), e.processorName(), e.label(),
                e.endedOn(), e.lastAllowedDay(), e.state(), RetentionJson.of(e.getLongestRetention(), e.endedOn()),
                e.retention().stream().map(x -> RetentionJson.of(x, e.endedOn())).toList(),
                r == null ? null : r.getVersion(), e.choice(), r == null ? null : r.getChosenBy(),
                r == null ? null : r.getChosenAt(), e.confirmedOn(), r == null ? null : r.getConfirmedBy(),
                e.confirmedLate(), r == null ? null : r.getNote(), DocumentJson.of(current));
    }
}
