package eu.art28.platform.boundary;

import java.util.Comparator;
import java.util.LinkedHashSet;
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
        return chosen(ids, total, page * size, size, load);
    }

    private static <T extends VersionedRecord> Page<T> chosen(TypedQuery<Long> ids, TypedQuery<Long> total,
            int offset, int size, Function<List<Long>, List<T>> load) {
        List<Long> chosen = ids.setFirstResult(offset).setMaxResults(size).getResultList();
        List<T> records = chosen.isEmpty() ? List.of() : load.apply(chosen).stream()
                .sorted(Comparator.comparingInt(record -> chosen.indexOf(record.getId()))).toList();
        return new Page<>(records, total.getSingleResult());
    }

    /**
     * A page of records listed group by group (evidence and agreements under their processor, by its name), chosen
     * without sorting the whole list. Ordered by a column of the group and a column of its own, MariaDB joined both
     * tables and sorted every row to keep 20 (0.35-0.4 s for 50,000 evidence items, docs/benchmarks.md, "Everyday
     * speed"); ordered by the group alone it walks the group's index and stops at the page. So {@code groupOfEach}
     * names the group of each record in the list's order of groups (one row per record), read up to the end of the
     * page; the page then lies within the groups from the page's first row on, and {@code idsIn} orders only their
     * records, skipping those of the first group that came before the page.
     */
    public static <T extends VersionedRecord> Page<T> byIdsWithinGroups(TypedQuery<Long> groupOfEach,
            Function<List<Long>, TypedQuery<Long>> idsIn, TypedQuery<Long> total, int page, int size,
            Function<List<Long>, List<T>> load) {
        int first = page * size;
        List<Long> groups = groupOfEach.setFirstResult(0).setMaxResults(first + size).getResultList();
        if (groups.size() <= first) {
            return new Page<>(List.of(), total.getSingleResult());
        }
        Long firstGroup = groups.get(first);
        int before = (int) groups.subList(0, first).stream().filter(firstGroup::equals).count();
        List<Long> within = List.copyOf(new LinkedHashSet<>(groups.subList(first, groups.size())));
        return chosen(idsIn.apply(within), total, before, size, load);
    }
}
