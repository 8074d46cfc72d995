package eu.art28.platform.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import eu.art28.platform.control.InvalidInput;

/**
 * Reads every JSON request body strictly, before JSON-B binds it: each value must have the JSON type of its field
 * (text in quotes, a whole number without decimals, a list in brackets), an enumeration one of its names, a date
 * ISO-8601 within the business range ({@link Requests#date}). JSON-B alone would turn {@code "48"} and {@code 1.5}
 * into 48 and 1 and answer an unknown name with a message that names neither the field nor the values; here each
 * mistake is a violation naming its field ({@code contacts[0].email}), and all of them come in one 400.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class StrictJson implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || type.getName().startsWith("eu.art28.")
                || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        String text = new String(entity.readAllBytes(), charset == null ? StandardCharsets.UTF_8
                : Charset.forName(charset));
        if (text.isBlank()) {
            return null;
        }
        JsonValue json;
        try (var reader = Json.createReader(new StringReader(text))) {
            json = reader.readValue();
        }
        check(json, genericType);
        return JSONB.fromJson(text, genericType);
    }

    /** Refuses the body with every field whose value does not fit its type. */
    static void check(JsonValue json, Type type) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        check(json, type, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static void check(JsonValue value, Type type, String field, List<InvalidInput.Violation> violations) {
        Class<?> raw = raw(type);
        String name = field.isEmpty() ? "body" : field;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                violations.add(expected(name, raw));
            }
            return;
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            if (!(value instanceof JsonString)) {
                violations.add(expected(name, raw));
            }
        } else if (WHOLE.containsKey(raw)) {
            long[] range = WHOLE.get(raw);
            if (!(value instanceof JsonNumber number) || !number.isIntegral()
                    || number.bigIntegerValue().compareTo(BigInteger.valueOf(range[0])) < 0
                    || number.bigIntegerValue().compareTo(BigInteger.valueOf(range[1])) > 0) {
                violations.add(expected(name, raw));
            }
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class
                || raw == float.class) {
            if (!(value instanceof JsonNumber)) {
                violations.add(expected(name, raw));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                violations.add(expected(name, raw));
            }
        } else if (raw == LocalDate.class) {
            if (!(value instanceof JsonString day) || Requests.date(day.getString()) == null) {
                violations.add(expected(name, raw));
            }
        } else if (raw == Instant.class) {
            if (!(value instanceof JsonString moment) || !instant(moment.getString())) {
                violations.add(expected(name, raw));
            }
        } else if (raw.isEnum()) {
            if (!(value instanceof JsonString constant) || Stream.of(raw.getEnumConstants())
                    .noneMatch(e -> ((Enum<?>) e).name().equals(constant.getString()))) {
                violations.add(expected(name, raw));
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray list)) {
                violations.add(expected(name, raw));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), element, field + "[" + i + "]", violations);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject map)) {
                violations.add(expected(name, raw));
                return;
            }
            Class<?> key = raw(argument(type, 0));
            map.forEach((k, v) -> {
                if (key.isEnum() && Stream.of(key.getEnumConstants()).noneMatch(e -> ((Enum<?>) e).name().equals(k))) {
                    violations.add(expected(field + "[" + k + "]", key));
                }
                check(v, argument(type, 1), field + "[" + k + "]", violations);
            });
        } else if (raw.isRecord() || raw.getName().startsWith("eu.art28.")) {
            if (!(value instanceof JsonObject object)) {
                violations.add(expected(name, raw));
                return;
            }
            properties(raw).forEach((property, propertyType) -> {
                if (object.containsKey(property)) {
                    check(object.get(property), propertyType, field.isEmpty() ? property : field + "." + property,
                            violations);
                }
            });
        }
    }

    /** The smallest and largest whole number each Java type holds. */
    private static final Map<Class<?>, long[]> WHOLE = Map.of(
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}, short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

    /** What the field should have held, said in the client's terms. */
    private static InvalidInput.Violation expected(String field, Class<?> type) {
        if (WHOLE.containsKey(type)) {
            long[] range = WHOLE.get(type);
            return new InvalidInput.Violation(field, "art28.json.wholeNumber", String.valueOf(range[0]),
                    String.valueOf(range[1]));
        }
        if (type.isEnum()) {
            return new InvalidInput.Violation(field, "art28.json.enum", Stream.of(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return Requests.dateRange(field);
        }
        String key = type == String.class || type == char.class || type == Character.class ? "art28.json.text"
                : type == Boolean.class || type == boolean.class ? "art28.json.boolean"
                : type == Instant.class ? "art28.json.moment"
                : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "art28.json.number"
                : Collection.class.isAssignableFrom(type) || type.isArray() ? "art28.json.list"
                : "art28.json.object";
        return new InvalidInput.Violation(field, key);
    }

    private static boolean instant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The JSON names and types of a record's components or a class's fields, as JSON-B binds them. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new java.util.LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(jsonName(component.getName(), component.getAccessor().getAnnotation(JsonbProperty.class)),
                        component.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    properties.putIfAbsent(jsonName(f.getName(), f.getAnnotation(JsonbProperty.class)),
                            f.getGenericType());
                }
            }
        }
        return properties;
    }

    private static String jsonName(String name, JsonbProperty renamed) {
        return renamed == null || renamed.value().isEmpty() ? name : renamed.value();
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
