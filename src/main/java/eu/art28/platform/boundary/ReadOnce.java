package eu.art28.platform.boundary;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a request-scoped bean reads for a page, by key (a processor's id): read once per request, however often the
 * page asks, as a tab's table asks for its rows several times while it renders.
 */
public final class ReadOnce<K, V> {

    private final Map<K, V> read = new HashMap<>();
    private final Function<K, V> reader;

    public ReadOnce(Function<K, V> reader) {
        this.reader = reader;
    }

    public V of(K key) {
        return read.computeIfAbsent(key, reader);
    }
}
