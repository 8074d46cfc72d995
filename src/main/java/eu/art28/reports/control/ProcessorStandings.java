package eu.art28.reports.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.evidence.entity.Evidence;
import eu.art28.processors.entity.Processor;

/**
 * The processor register's figures: for each processor where it stands with its agreements, the term of the one in
 * force, how long its evidence is valid and how many alerts are unresolved. Here and not in {@code processors},
 * because processors may not depend on the features that depend on them. Figures come for a page of processors at
 * a time, in three queries whatever the size of the page, never one per processor.
 */
@ApplicationScoped
@Transactional
public class ProcessorStandings {

    /** Processors per round trip of an export; also the most ids in one IN list. */
    public static final int CHUNK = 200;

    @PersistenceContext
    EntityManager em;

    /** One processor's figures; {@code inForceUntil} empty with an agreement in force: it has no end. */
    public record Standing(AgreementStanding agreement, LocalDate inForceFrom, LocalDate inForceUntil,
            LocalDate evidenceValidUntil, boolean evidenceValidToday, long openAlerts) {

        static final Standing NOTHING = new Standing(AgreementStanding.NONE, null, null, null, false, 0);
    }

    /** A processor with its figures, a row of the register. */
    public record Row(Processor processor, Standing standing) {
    }

    /** The figures of these processors on that day; a processor without agreements, evidence or alerts is there too. */
    public Map<Long, Standing> of(Collection<Long> processorIds, LocalDate today) {
        Map<Long, Building> building = new HashMap<>();
        if (processorIds.isEmpty()) {
            return Map.of();
        }
        processorIds.forEach(id -> building.put(id, new Building()));
        List<Object[]> agreements = em.createQuery("select a.processor.id, a.status, a.effectiveFrom, a.expiresOn,"
                        + " a.tacitRenewal, a.renewalTermMonths, a.noticePeriodDays, a.terminatedOn, a.supersededOn"
                        + " from Agreement a where a.processor.id in :ids", Object[].class)
                .setParameter("ids", processorIds).getResultList();
        for (Object[] a : agreements) {
            Term term = new Term((AgreementStatus) a[1], (LocalDate) a[2], (LocalDate) a[3], (Boolean) a[4],
                    (Integer) a[5], (Integer) a[6], (LocalDate) a[7], (LocalDate) a[8]);
            building.get((Long) a[0]).agreement(term, today);
        }
        List<Object[]> evidence = em.createQuery("select e.processor.id, e.issuedOn, e.validUntil from Evidence e"
                        + " where e.processor.id in :ids and e.withdrawnAt is null", Object[].class)
                .setParameter("ids", processorIds).getResultList();
        for (Object[] e : evidence) {
            building.get((Long) e[0]).evidence((LocalDate) e[1], (LocalDate) e[2], today);
        }
        List<Object[]> alerts = em.createQuery("select a.processorId, count(a) from Alert a"
                        + " where a.processorId in :ids and a.status in :unresolved group by a.processorId",
                        Object[].class)
                .setParameter("ids", processorIds).setParameter("unresolved", AlertStatus.UNRESOLVED)
                .getResultList();
        for (Object[] a : alerts) {
            building.get((Long) a[0]).openAlerts = (Long) a[1];
        }
        Map<Long, Standing> standings = new HashMap<>();
        building.forEach((id, b) -> standings.put(id, b.standing()));
        return standings;
    }

    /**
     * The rows of the processors {@code chunks} gives (chunk 0, 1, ... of {@link #CHUNK} each, until one is empty), a
     * chunk at a time while the stream is consumed, so that an export never holds the whole register. The caller reads
     * the processors because a control does not call a boundary's facade.
     */
    public Stream<Row> rows(IntFunction<List<Processor>> chunks, LocalDate today) {
        return Stream.iterate(0, chunk -> chunk + 1)
                .map(chunk -> rowsOf(chunks.apply(chunk), today))
                .takeWhile(rows -> !rows.isEmpty())
                .flatMap(List::stream);
    }

    private List<Row> rowsOf(List<Processor> processors, LocalDate today) {
        Map<Long, Standing> standings = of(processors.stream().map(Processor::getId).toList(), today);
        return processors.stream().map(p -> new Row(p, standings.get(p.getId()))).toList();
    }

    /** Figures gathered row by row, then frozen. */
    static final class Building {
        AgreementStanding agreement = AgreementStanding.NONE;
        Term inForce;
        LocalDate inForceUntil;
        LocalDate evidenceValidUntil;
        boolean evidenceValidToday;
        long openAlerts;

        void agreement(Term term, LocalDate today) {
            AgreementStanding standing;
            if (term.inForceOn(today)) {
                standing = AgreementStanding.IN_FORCE;
                LocalDate until = term.termEndOn(today).orElse(null);
                // of several in force, show the one that lasts longest (no end lasts longest)
                if (inForce == null || inForceUntil != null && (until == null || until.isAfter(inForceUntil))) {
                    inForce = term;
                    inForceUntil = until;
                }
            } else if (term.status() == AgreementStatus.IN_REVIEW) {
                standing = AgreementStanding.IN_REVIEW;
            } else if (term.status() == AgreementStatus.DRAFT) {
                standing = AgreementStanding.DRAFT;
            } else {
                standing = AgreementStanding.NOT_IN_FORCE;
            }
            agreement = agreement.better(standing);
        }

        void evidence(LocalDate issuedOn, LocalDate validUntil, LocalDate today) {
            if (validUntil != null && (evidenceValidUntil == null || validUntil.isAfter(evidenceValidUntil))) {
                evidenceValidUntil = validUntil;
            }
            evidenceValidToday |= Evidence.validOn(issuedOn, validUntil, today);
        }

        Standing standing() {
            return new Standing(agreement, Optional.ofNullable(inForce).map(Term::effectiveFrom).orElse(null),
                    inForceUntil, evidenceValidUntil, evidenceValidToday, openAlerts);
        }
    }
}
