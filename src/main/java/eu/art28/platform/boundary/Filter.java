package eu.art28.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of a list's search with their parameters, built once, so that the query for a page, its count and
 * any query between them ask the same; a condition whose value was not given is left out.
 */
public final class Filter {

    private final StringBuilder where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param always the condition every row of the list meets ({@code 1 = 1} when there is none) */
    public Filter(String always) {
        this.where = new StringBuilder(" where ").append(always);
    }

    /** Adds {@code condition}, naming the parameter {@code :name}, when {@code value} is given. */
    public Filter and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Adds {@code condition}, naming {@code :text}, when some text is asked for: the lists' search for text as a
     * part of a name or reference, in any case.
     */
    public Filter containing(String condition, String text) {
        return and(condition, "text", text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase().replace("%", "") + "%");
    }

    /** {@code select} with these conditions and then {@code rest} (an order, a further condition), bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String rest, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + where + rest, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
