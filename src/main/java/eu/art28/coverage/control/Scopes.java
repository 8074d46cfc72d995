package eu.art28.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.agreements.entity.Term;
import eu.art28.agreements.entity.TransferSafeguard;
import eu.art28.catalogue.entity.Kind;

/**
 * Reads the engine's read models in a fixed number of set-based queries, whatever the number of agreements
 * or engagements: one for the rows, one per collection. Never one query per record.
 */
@ApplicationScoped
public class Scopes {

    @PersistenceContext
    EntityManager em;

    /** The agreements of these processors (all processors when {@code processorIds} is null), by processor. */
    public Map<Long, List<AgreementScope>> agreementsByProcessor(Collection<Long> processorIds) {
        String where = processorIds == null ? "" : " where a.processor.id in :ids";
        Map<Long, Set<String>> purposes = codes("select a.id, c from Agreement a join a.purposes c" + where, processorIds);
        Map<Long, Set<String>> categories = codes("select a.id, c from Agreement a join a.dataCategories c" + where,
                processorIds);
        Map<Long, Set<String>> subjects = codes("select a.id, c from Agreement a join a.dataSubjects c" + where,
                processorIds);
        Map<Long, Set<String>> countries = codes("select a.id, c from Agreement a join a.countries c" + where,
                processorIds);
        Map<Long, Map<String, TransferSafeguard>> safeguards = new HashMap<>();
        for (Object[] row : rows("select a.id, key(s), value(s) from Agreement a join a.safeguards s" + where,
                processorIds)) {
            safeguards.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .put((String) row[1], (TransferSafeguard) row[2]);
        }
        Map<Long, List<AgreementScope>> byProcessor = new HashMap<>();
        for (Object[] row : rows("select a.id, a.processor.id, a.reference, a.revision, a.status, a.effectiveFrom,"
                + " a.expiresOn, a.tacitRenewal, a.renewalTermMonths, a.noticePeriodDays, a.terminatedOn,"
                + " a.supersededOn, a.specialCategories from Agreement a" + where, processorIds)) {
            long id = (Long) row[0];
            AgreementStatus status = (AgreementStatus) row[4];
            Term term = new Term(status, (LocalDate) row[5], (LocalDate) row[6], (Boolean) row[7], (Integer) row[8],
                    (Integer) row[9], (LocalDate) row[10], (LocalDate) row[11]);
            String label = row[2] + " r" + row[3] + " (" + status.name().toLowerCase().replace('_', ' ') + ")";
            byProcessor.computeIfAbsent((Long) row[1], p -> new ArrayList<>()).add(new AgreementScope(id, label, term,
                    purposes.getOrDefault(id, Set.of()), categories.getOrDefault(id, Set.of()),
                    subjects.getOrDefault(id, Set.of()), (Boolean) row[12], countries.getOrDefault(id, Set.of()),
                    safeguards.getOrDefault(id, Map.of())));
        }
        return byProcessor;
    }

    /** Engagements by id, or of these processors, or all (both arguments null). */
    public List<EngagementScope> engagements(Collection<Long> ids, Collection<Long> processorIds) {
        String where;
        Collection<Long> parameter;
        if (ids != null) {
            where = " where e.id in :ids";
            parameter = ids;
        } else {
            where = processorIds == null ? "" : " where e.processor.id in :ids";
            parameter = processorIds;
        }
        Map<Long, Set<String>> purposes = codes("select e.id, c from Engagement e join e.purposes c" + where, parameter);
        Map<Long, Set<String>> categories = codes("select e.id, c from Engagement e join e.dataCategories c" + where,
                parameter);
        Map<Long, Set<String>> subjects = codes("select e.id, c from Engagement e join e.dataSubjects c" + where,
                parameter);
        Map<Long, Set<String>> countries = codes("select e.id, c from Engagement e join e.countries c" + where,
                parameter);
        List<EngagementScope> engagements = new ArrayList<>();
        for (Object[] row : rows("select e.id, e.processor.id, e.description, e.processor.name, e.startsOn, e.endsOn"
                + " from Engagement e" + where, parameter)) {
            long id = (Long) row[0];
            engagements.add(new EngagementScope(id, (Long) row[1], row[2] + " (" + row[3] + ")",
                    purposes.getOrDefault(id, Set.of()), categories.getOrDefault(id, Set.of()),
                    subjects.getOrDefault(id, Set.of()), countries.getOrDefault(id, Set.of()), (LocalDate) row[4],
                    (LocalDate) row[5]));
        }
        return engagements;
    }

    /** The ids of the engagements that use this code or one beneath it. */
    public List<Long> engagementsUsing(Kind kind, String code) {
        String collection = kind.scopeField();
        return em.createQuery("select distinct e.id from Engagement e join e." + collection
                        + " c where c = :code or c like :descendants", Long.class)
                .setParameter("code", code)
                .setParameter("descendants", code + ".%")
                .getResultList();
    }

    /** The data category codes flagged as special categories (Art. 9) in the catalogue. */
    public Set<String> specialCategories() {
        return Set.copyOf(em.createQuery("select c.code from DataCategory c where c.special = true", String.class)
                .getResultList());
    }

    private Map<Long, Set<String>> codes(String jpql, Collection<Long> ids) {
        return group(rows(jpql, ids), row -> (String) row[1]);
    }

    private static Map<Long, Set<String>> group(List<Object[]> rows, Function<Object[], String> value) {
        Map<Long, Set<String>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add(value.apply(row));
        }
        return grouped;
    }

    private List<Object[]> rows(String jpql, Collection<Long> ids) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (ids != null) {
            if (ids.isEmpty()) {
                return List.of();
            }
            query.setParameter("ids", ids);
        }
        return query.getResultList();
    }
}
