package eu.art28.platform.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

import eu.art28.platform.entity.VersionedRecord;

/** One page of a list as the API returns it: {@code {"items":[...],"total":N}}. */
public record Page<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }

    /**
     * A page chosen by its records' ids first, then loaded by those ids, in the order the ids came. Asked for whole
     * records joined to their processor, MariaDB joined the whole table and sorted it with every column to keep 20
     * rows (0.4 s for 100,000 engagements, docs/benchmarks.md, "Everyday speed"); asked for ids only, it reads the
     * order from an index or sorts narrow rows.
     */
    public static <T extends VersionedRecord> Page<T> byIds(TypedQuery<Long> ids, TypedQuery<Long> total, int page,
            int size, Function<List<Long>, List<T>> load) {
        List<Long> chosen = ids.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<T> records = chosen.isEmpty() ? List.of() : load.apply(chosen).stream()
                .sorted(Comparator.comparingInt(record -> chosen.indexOf(record.getId()))).toList();
        return new Page<>(records, total.getSingleResult());
    }
}
