package eu.art28.processors.entity;

import java.time.LocalDate;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;

/**
 * How well a processor's use is covered, as a whole: it has coverage findings (an alert not yet resolved about
 * one of its engagements), or it is covered (it has engagements and none has a finding), or we do not use it
 * (no engagement that has not ended). The three divide the processors between them, so their counts add up.
 * <p>
 * One definition, as criteria predicates, serves both the dashboard's counts and the processor list's filter.
 * The engagement and alert entities are named through the metamodel rather than imported: both features
 * depend on processors, and an import back would close a cycle (docs/decisions.md).
 */
public enum CoverageStatus {
    COVERED, FINDINGS, NO_ENGAGEMENTS;

    /** The condition for a processor to have this status on that day, inside any query over processors. */
    public Predicate of(Root<Processor> processor, AbstractQuery<?> query, CriteriaBuilder cb, Metamodel metamodel,
            LocalDate today) {
        Subquery<Long> current = query.subquery(Long.class);
        Root<?> engagement = current.from(entity(metamodel, "Engagement"));
        current.select(engagement.get("id")).where(cb.equal(engagement.get("processor"), processor),
                cb.or(cb.isNull(engagement.get("endsOn")),
                        cb.greaterThanOrEqualTo(engagement.<LocalDate>get("endsOn"), today)));
        // an alert's open key is there exactly while it is not resolved
        Subquery<Long> findings = query.subquery(Long.class);
        Root<?> alert = findings.from(entity(metamodel, "Alert"));
        findings.select(alert.get("id")).where(cb.equal(alert.get("processorId"), processor.get("id")),
                cb.isNotNull(alert.get("engagementId")), cb.isNotNull(alert.get("openKey")));
        return switch (this) {
            case FINDINGS -> cb.exists(findings);
            case COVERED -> cb.and(cb.exists(current), cb.not(cb.exists(findings)));
            case NO_ENGAGEMENTS -> cb.and(cb.not(cb.exists(current)), cb.not(cb.exists(findings)));
        };
    }

    private static EntityType<?> entity(Metamodel metamodel, String name) {
        return metamodel.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no entity " + name));
    }
}
