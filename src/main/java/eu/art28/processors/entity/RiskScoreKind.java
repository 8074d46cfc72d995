package eu.art28.processors.entity;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The two risk scores stored per processor ({@link StoredRiskScore}), as criteria over processors, so that the
 * processors list sorts and filters by them in the database, a page at a time. A processor not scored yet has no
 * score: it sorts as the lowest (an outer join; EclipseLink orders by no subquery) and no minimum lets it through.
 */
public enum RiskScoreKind {
    INHERENT("inherent"), RESIDUAL("residual");

    private final String attribute;

    RiskScoreKind(String attribute) {
        this.attribute = attribute;
    }

    /** The processor's score, to order by. */
    public Expression<Integer> of(From<?, Processor> processor) {
        return processor.join("riskScore", JoinType.LEFT).get(attribute);
    }

    /** The processor's score is at least {@code minimum}. */
    public Predicate atLeast(int minimum, Root<Processor> processor, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> scored = query.subquery(Long.class);
        Root<StoredRiskScore> stored = scored.from(StoredRiskScore.class);
        scored.select(stored.get("processorId"))
                .where(cb.greaterThanOrEqualTo(stored.<Integer>get(attribute), minimum));
        return processor.get("id").in(scored);
    }
}
