package eu.art28.deletion.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.Finding;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Subject;
import eu.art28.deletion.control.EndedProcessing.Kind;
import eu.art28.deletion.entity.DeletionOrReturn;

/**
 * When the processor owes us the confirmation that it deleted or returned the personal data (Art. 28(3)(g)): after
 * an engagement ended, and after an agreement was terminated or ran out while nothing else of that processor took
 * over. The processor has {@code confirmationDays} after the end; the last allowed day is the end plus that period,
 * inclusive, and a confirmation dated on it is in time. Without a confirmation after that day the finding is
 * DELETION_NOT_CONFIRMED. Plain Java over the read models {@link ProcessingEnds} loads.
 */
public final class DeletionPolicy {

    public static final int DEFAULT_CONFIRMATION_DAYS = 30;

    /** An engagement whose last day lies before today. */
    public record EngagementEnd(long id, long processorId, String processorName, String label, LocalDate endsOn) {
    }

    /**
     * An approved, terminated or superseded agreement version; the first two can end, and all of them tell whether
     * another one governs the processing.
     */
    public record AgreementTerm(long id, long processorId, String processorName, String label, Term term) {
    }

    private final int confirmationDays;

    public DeletionPolicy(int confirmationDays) {
        if (confirmationDays < 0) {
            throw new IllegalArgumentException("the period for the confirmation is days after the end, not "
                    + confirmationDays);
        }
        this.confirmationDays = confirmationDays;
    }

    public int confirmationDays() {
        return confirmationDays;
    }

    public LocalDate lastAllowedDay(LocalDate endedOn) {
        return endedOn.plusDays(confirmationDays);
    }

    /**
     * Everything that ended before {@code today}, with its deadline and state, the latest end first. An agreement
     * ended only when no other agreement of its processor is in force today (the processing goes on under that one)
     * nor took over the day after its end (it went on then, and the later end is the one that counts); an amendment
     * supersedes, it does not end. {@code records} are the choices and confirmations on file, of any subject.
     */
    public List<EndedProcessing> ended(Collection<EngagementEnd> engagements, Collection<AgreementTerm> agreements,
            Collection<DeletionOrReturn> records, LocalDate today) {
        Map<Subject, DeletionOrReturn> bySubject = records.stream()
                .collect(Collectors.toMap(DeletionOrReturn::subject, Function.identity(), (a, b) -> a));
        List<EndedProcessing> ended = new ArrayList<>();
        for (EngagementEnd engagement : engagements) {
            if (engagement.endsOn() != null && engagement.endsOn().isBefore(today)) {
                ended.add(item(Kind.ENGAGEMENT, engagement.id(), engagement.processorId(), engagement.processorName(),
                        engagement.label(), engagement.endsOn(), bySubject, today));
            }
        }
        Map<Long, List<AgreementTerm>> byProcessor = agreements.stream()
                .collect(Collectors.groupingBy(AgreementTerm::processorId));
        for (AgreementTerm agreement : agreements) {
            LocalDate end = lastDay(agreement.term());
            if (end == null || !end.isBefore(today)) {
                continue;
            }
            List<AgreementTerm> others = byProcessor.get(agreement.processorId()).stream()
                    .filter(o -> o.id() != agreement.id()).toList();
            if (others.stream().anyMatch(o -> o.term().inForceOn(today) || o.term().inForceOn(end.plusDays(1)))) {
                continue;
            }
            ended.add(item(Kind.AGREEMENT, agreement.id(), agreement.processorId(), agreement.processorName(),
                    agreement.label(), end, bySubject, today));
        }
        ended.sort(Comparator.comparing(EndedProcessing::endedOn).reversed()
                .thenComparing(e -> e.subject().toString()));
        return ended;
    }

    /**
     * The last day an approved or terminated version governed the processing: the termination date, or the end of a
     * term that does not renew by itself, whichever comes first. Null when it has not ended and will not by its
     * dates alone, and for a superseded version: its amendment carries the processing on.
     */
    static LocalDate lastDay(Term term) {
        LocalDate expired = term.expiresOn() != null && !term.tacitRenewal() ? term.expiresOn() : null;
        if (term.status() == AgreementStatus.TERMINATED && term.terminatedOn() != null) {
            return expired != null && expired.isBefore(term.terminatedOn()) ? expired : term.terminatedOn();
        }
        return term.status() == AgreementStatus.APPROVED ? expired : null;
    }

    private EndedProcessing item(Kind kind, long id, long processorId, String processorName, String label,
            LocalDate endedOn, Map<Subject, DeletionOrReturn> bySubject, LocalDate today) {
        return item(kind, id, processorId, processorName, label, endedOn,
                bySubject.get(EndedProcessing.subjectOf(kind, id)), today);
    }

    /**
     * One thing that ended on {@code endedOn}, as it stands {@code today} with {@code record} (null when nothing was
     * recorded): for what the read model kept ({@link ProcessingEnds#list}).
     */
    public EndedProcessing item(Kind kind, long id, long processorId, String processorName, String label,
            LocalDate endedOn, DeletionOrReturn record, LocalDate today) {
        LocalDate last = lastAllowedDay(endedOn);
        DeletionState state = record != null && record.isConfirmed() ? DeletionState.CONFIRMED
                : today.isAfter(last) ? DeletionState.OVERDUE : DeletionState.AWAITING;
        return new EndedProcessing(kind, id, processorId, processorName, label, endedOn, last, state, record,
                List.of());
    }

    /**
     * Which ends the read model must show for a state (all when null), {@code today}: those before
     * {@code endedBefore}, on or after {@code endedFrom} when given, confirmed or not when {@code confirmed} says.
     * The same rule as the state of an item: overdue is "today after the end plus the confirmation days", that is an
     * end before today minus those days.
     */
    public record Window(Boolean confirmed, LocalDate endedFrom, LocalDate endedBefore) {
    }

    public Window window(DeletionState state, LocalDate today) {
        if (state == null) {
            return new Window(null, null, today);
        }
        LocalDate firstNotOverdue = today.minusDays(confirmationDays);
        return switch (state) {
            case CONFIRMED -> new Window(true, null, today);
            case OVERDUE -> new Window(false, null, firstNotOverdue);
            case AWAITING -> new Window(false, firstNotOverdue, today);
        };
    }

    /**
     * DELETION_NOT_CONFIRMED for each overdue item: the subject label names what ended and its processor, "missing"
     * the end and the last allowed day, "looked at" the choice (none when nobody chose yet).
     */
    public List<Finding> findings(Collection<EndedProcessing> ended) {
        return ended.stream().filter(e -> e.state() == DeletionState.OVERDUE)
                .map(e -> new Finding(Rule.DELETION_NOT_CONFIRMED, e.subject(), e.processorId(),
                        e.kind() == Kind.ENGAGEMENT ? e.id() : null, e.label() + " (" + e.processorName() + ")",
                        List.of(e.endedOn().toString(), e.lastAllowedDay().toString()),
                        e.choice() == null ? List.of() : List.of("deletion.choice." + e.choice())))
                .toList();
    }
}
