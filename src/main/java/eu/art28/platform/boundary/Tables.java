package eu.art28.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The lists' tables, which page, sort and filter in the database, read each page inside a transaction like every
 * other read (see docs/decisions.md, "Every read in a transaction"): PrimeFaces calls a table's model while the page
 * renders, outside any facade, where the entity manager would otherwise be the request's non-transactional one.
 */
@ApplicationScoped
@Transactional
public class Tables {

    @PersistenceContext
    EntityManager em;

    /** The rows of {@code type}, keyed by id, filtered without regard to case; the caller adds its own rules. */
    @PermitAll
    public <T> JPALazyDataModel.Builder<T> rows(Class<T> type) {
        return JPALazyDataModel.<T>builder().entityClass(type).entityManager(() -> current().entityManager())
                .rowKeyField("id").caseSensitive(false);
    }

    /**
     * What a table asks to sort by, as its rows are read: a list whose column sorts by no attribute of the row (a
     * processor's risk score) takes that sort out here and orders by it in its sort enricher. Kept with the view.
     */
    @FunctionalInterface
    public interface Sorts extends UnaryOperator<Map<String, SortMeta>>, Serializable {
    }

    /** The table a page shows: every read of {@code rows} in a transaction of its own. */
    @PermitAll
    public <T> LazyDataModel<T> model(JPALazyDataModel<T> rows) {
        return model(rows, sortBy -> sortBy);
    }

    /** The same, with the table's sorts as {@code sorts} makes them. */
    @PermitAll
    public <T> LazyDataModel<T> model(JPALazyDataModel<T> rows, Sorts sorts) {
        return new Model<>(rows, sorts);
    }

    /** The bean through its proxy, so that each call runs in a transaction; a view keeps no reference to it. */
    private static Tables current() {
        return CDI.current().select(Tables.class).get();
    }

    @PermitAll
    public EntityManager entityManager() {
        return em;
    }

    @PermitAll
    public <R> R read(Supplier<R> reading) {
        return reading.get();
    }

    private static final class Model<T> extends LazyDataModel<T> {

        private static final long serialVersionUID = 1L;

        private final JPALazyDataModel<T> rows;
        private final Sorts sorts;

        Model(JPALazyDataModel<T> rows, Sorts sorts) {
            this.rows = rows;
            this.sorts = sorts;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return current().read(() -> rows.count(filterBy));
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Map<String, SortMeta> sorted = sorts.apply(sortBy);
            return current().read(() -> rows.load(first, pageSize, sorted, filterBy));
        }

        @Override
        public T getRowData(String rowKey) {
            return current().read(() -> rows.getRowData(rowKey));
        }

        @Override
        public String getRowKey(T row) {
            return rows.getRowKey(row);
        }
    }
}
