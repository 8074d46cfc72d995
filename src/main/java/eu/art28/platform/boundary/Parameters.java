package eu.art28.platform.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import eu.art28.platform.control.InvalidInput;

/**
 * Dates, enumerations and yes/no in query and path parameters as in bodies: a date ISO-8601 ({@code 2026-11-26})
 * within the business range, an enumeration one of its names, a yes/no {@code true} or {@code false} (a parameter
 * declared {@code Boolean}: Jersey reads a primitive itself). A value that does not fit leaves as 400 naming the parameter
 * and saying what it takes ({@link ProblemMapper}), never as Java's "No enum constant eu.art28...".
 */
@Provider
public class Parameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<LocalDate>(value -> {
                LocalDate day = Requests.date(value);
                if (day == null) {
                    throw new InvalidInput(List.of(Requests.dateRange(name)));
                }
                return day;
            });
        }
        if (rawType == Boolean.class) {
            // Jersey's own reading takes anything but "true" as false: "dryRun=maybe" would import for real
            return (ParamConverter<T>) new Converter<Boolean>(value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidInput(name, "art28.json.enum", "true, false");
            });
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<Enum<?>>(value -> Stream.of(type.getEnumConstants())
                    .filter(e -> e.name().equals(value)).findFirst()
                    .orElseThrow(() -> new InvalidInput(name, "art28.json.enum", Stream.of(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }

    /**
     * A blank value is no value. A refusal must not be an IllegalArgumentException, which Jersey turns into a
     * silent null; Jersey wraps it, and {@link ProblemMapper} finds the {@link InvalidInput} inside.
     */
    private record Converter<V>(Function<String, V> parse) implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            return value == null || value.isBlank() ? null : parse.apply(value.strip());
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
