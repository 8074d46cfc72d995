package eu.art28.platform.boundary;

import java.util.List;
import java.util.function.Function;

/** One page of a list as the API returns it: {@code {"items":[...],"total":N}}. */
public record Page<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
