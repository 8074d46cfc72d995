package eu.art28.audit.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import eu.art28.audit.entity.Action;
import eu.art28.audit.entity.Change;

/**
 * The field-level difference of one change of one record, in plain values (text, numbers, dates, enums, lists,
 * maps), as it is stored: JSON {@code {"field":[before, after]}} in the order the fields were given. What is kept
 * and what not is decided here, without the persistence layer, so that it can be tested on its own.
 */
public final class Changes {

    /** What a secret's value is recorded as, before or after, wherever it had one. */
    public static final String SECRET = "(changed)";

    /**
     * Bookkeeping that changes with everything or daily by itself: kept out, so that an entry says what someone
     * changed. The version is left out by the recorder, which knows which attribute it is.
     */
    private static final Set<String> TECHNICAL = Set.of("createdAt", "updatedAt", "lastDigestAt");

    private static final int REASON_MAX = 2000;

    /** Looked up once: {@code Json.createValue} looks the provider up again on every call, per field per change. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, JsonValue[]> fields = new LinkedHashMap<>();

    /** Records the field unless both values are the same once written down (a list set again to equal values). */
    public Changes put(String field, Object before, Object after) {
        JsonValue was = value(before);
        JsonValue is = value(after);
        if (!was.equals(is)) {
            fields.put(field, new JsonValue[] {was, is});
        }
        return this;
    }

    /** A secret: only that it was there and changed, never the value, not even hashed. */
    public Changes putSecret(String field, boolean hadValue, boolean hasValue) {
        if (hadValue || hasValue) {
            fields.put(field, new JsonValue[] {secret(hadValue), secret(hasValue)});
        }
        return this;
    }

    private static JsonValue secret(boolean present) {
        return present ? JSON.createValue(SECRET) : JsonValue.NULL;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Set<String> fields() {
        return fields.keySet();
    }

    public String json() {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        fields.forEach((field, values) -> object.add(field, JSON.createArrayBuilder().add(values[0]).add(values[1])));
        return object.build().toString();
    }

    /**
     * What the entry is: a create or delete as given; an update that changed the record's state is the step that
     * reached the new state ({@link Action#reaching}), any other update an update.
     */
    public Action action(Action kind) {
        if (kind != Action.UPDATE) {
            return kind;
        }
        return Action.STATE_ATTRIBUTES.stream().map(fields::get)
                .filter(values -> values != null && values[1].getValueType() == JsonValue.ValueType.STRING)
                .findFirst().map(values -> Action.reaching(Change.text(values[1]))).orElse(Action.UPDATE);
    }

    /**
     * The reason given with the change: the new value of a field that holds one (a rejection or termination
     * reason, an offboarding reason, review notes, an acknowledgement or decision note, an alert's resolution).
     */
    public String reason() {
        return fields.entrySet().stream().filter(e -> reasonField(e.getKey()))
                .map(e -> Change.text(e.getValue()[1])).filter(text -> !text.isBlank()).findFirst()
                .map(text -> text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text).orElse(null);
    }

    /** Named so by the entities: {@code decisionReason}, {@code acknowledgementNote}, {@code notes}, ... */
    static boolean reasonField(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        return name.endsWith("reason") || name.endsWith("note") || name.endsWith("notes")
                || name.equals("resolution");
    }

    public static boolean technical(String attribute) {
        return TECHNICAL.contains(attribute);
    }

    /**
     * Never stored: password hashes, tokens and secrets by name, and bytes (documents) by type. A document's
     * SHA-256 fingerprint is no secret and is kept.
     */
    public static boolean secret(String attribute, Class<?> type) {
        String name = attribute.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("hash") || name.contains("token")
                || name.contains("secret") || type == byte[].class || type == Byte[].class || type == char[].class;
    }

    /** A plain value as JSON: lists in their order, sets and maps sorted, so that equal content compares equal. */
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        if (value instanceof BigInteger integer) {
            return JSON.createValue(integer);
        }
        if (value instanceof Number number) {
            return JSON.createValue(number.doubleValue());
        }
        if (value instanceof Enum<?> constant) {
            return JSON.createValue(constant.name());
        }
        if (value instanceof java.sql.Date date) {
            return JSON.createValue(date.toLocalDate().toString());
        }
        if (value instanceof java.util.Date date) {
            return JSON.createValue(date.toInstant().toString());
        }
        if (value instanceof TemporalAccessor) {
            return JSON.createValue(value.toString());
        }
        if (value instanceof byte[] || value instanceof Byte[] || value instanceof char[]) {
            return JSON.createValue(SECRET);
        }
        if (value instanceof Collection<?> collection) {
            List<JsonValue> items = collection.stream().map(Changes::value).toList();
            if (!(collection instanceof List) && !(collection instanceof SortedSet)) {
                items = items.stream().sorted(Comparator.comparing(JsonValue::toString)).toList();
            }
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(array::add);
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, JsonValue> entries = map instanceof SortedMap || map instanceof LinkedHashMap
                    ? new LinkedHashMap<>() : new TreeMap<>();
            map.forEach((key, item) -> entries.put(String.valueOf(key instanceof Enum<?> e ? e.name() : key),
                    value(item)));
            JsonObjectBuilder object = JSON.createObjectBuilder();
            entries.forEach(object::add);
            return object.build();
        }
        return JSON.createValue(value.toString());
    }
}
