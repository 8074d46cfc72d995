package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.TypedQuery;

import org.junit.jupiter.api.Test;

import eu.art28.platform.entity.VersionedRecord;

/** A page chosen group by group holds what the same stretch of the whole list holds, wherever its edges fall. */
class PageTest {

    /** A record of a group; the list runs by group, then by the record's own order (here: its position). */
    static final class Row extends VersionedRecord {

        final long id;
        final long group;

        Row(long id, long group) {
            this.id = id;
            this.group = group;
        }

        @Override
        public Long getId() {
            return id;
        }
    }

    /** Groups of 1, 3, 2, 5, 1 and 4 records (ids in list order, not in numeric order). */
    static final List<Row> LIST = rows(new long[] {7, 3, 9, 4, 8, 1}, new int[] {1, 3, 2, 5, 1, 4});

    static List<Row> rows(long[] groups, int[] sizes) {
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                rows.add(new Row(1000 - rows.size() * 7L, groups[g]));
            }
        }
        return rows;
    }

    @Test
    void everyPageIsTheStretchOfTheWholeListWhateverGroupsItCuts() {
        for (int size = 1; size <= LIST.size() + 1; size++) {
            for (int page = 0; page * size <= LIST.size() + size; page++) {
                Page<Row> chosen = Page.byIdsWithinGroups(query(LIST.stream().map(r -> r.group).toList()),
                        within -> query(LIST.stream().filter(r -> within.contains(r.group)).map(Row::getId).toList()),
                        total(), page, size, PageTest::load);
                List<Long> expected = LIST.stream().skip((long) page * size).limit(size).map(Row::getId).toList();
                assertEquals(expected, chosen.items().stream().map(Row::getId).toList(),
                        "page " + page + " of " + size);
                assertEquals(LIST.size(), chosen.total());
            }
        }
    }

    /** The database loads by id in an order of its own. */
    static List<Row> load(Collection<Long> ids) {
        return LIST.stream().filter(r -> ids.contains(r.id)).sorted((a, b) -> Long.compare(a.id, b.id)).toList();
    }

    static TypedQuery<Long> total() {
        return query(List.of((long) LIST.size()));
    }

    /** A query that answers these rows, honouring its first result and maximum, as the database would. */
    @SuppressWarnings("unchecked")
    static TypedQuery<Long> query(List<Long> rows) {
        int[] window = {0, Integer.MAX_VALUE};
        return (TypedQuery<Long>) Proxy.newProxyInstance(PageTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setFirstResult" -> {
                        window[0] = (int) args[0];
                        yield proxy;
                    }
                    case "setMaxResults" -> {
                        window[1] = (int) args[0];
                        yield proxy;
                    }
                    case "getResultList" -> rows.stream().skip(window[0]).limit(window[1]).toList();
                    case "getSingleResult" -> rows.get(0);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
