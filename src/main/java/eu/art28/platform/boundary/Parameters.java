package eu.art28.platform.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Dates in query parameters as in bodies: ISO-8601 ({@code 2026-11-26}). JAX-RS cannot convert {@code LocalDate}
 * by itself; a value that does not parse leaves as 400 naming the parameter ({@link ProblemMapper}).
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> ISO_DATE = new ParamConverter<>() {

        @Override
        public LocalDate fromString(String value) {
            // a parse failure must not be an IllegalArgumentException, which Jersey turns into a silent null
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) ISO_DATE : null;
    }
}
