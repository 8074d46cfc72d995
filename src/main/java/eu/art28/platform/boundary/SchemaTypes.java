package eu.art28.platform.boundary;

import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Puts right what Payara's generator gets wrong about the Java types behind the document, read from the same
 * classes by reflection: ids and counts are integers (not "number"), a list's items keep their type when its
 * record component carries {@code @Schema}, enumerations are strings with their values, dates are ISO dates,
 * examples are JSON values rather than the strings the annotations hold, and the defaults Payara writes for
 * every annotated property ({@code maxProperties: 0}, {@code minLength: 0}, {@code nullable: false}, ...) go,
 * as {@code maxProperties: 0} would forbid every property.
 */
final class SchemaTypes {

    private static final String REF = "#/components/schemas/";

    private final Components components;
    private final Map<String, Class<?>> records = new LinkedHashMap<>();

    SchemaTypes(Components components) {
        this.components = components;
    }

    /** Corrects the component schemas of every record the endpoints read or answer, and every schema's clutter. */
    void correct(Collection<Endpoints.Endpoint> endpoints) {
        Set<Type> seen = new HashSet<>();
        for (Endpoints.Endpoint endpoint : endpoints) {
            collect(endpoint.method().getGenericReturnType(), seen);
            Stream.of(endpoint.method().getGenericParameterTypes()).forEach(t -> collect(t, seen));
        }
        if (components.getSchemas() == null) {
            return;
        }
        records.forEach((name, type) -> {
            Schema schema = components.getSchemas().get(name);
            if (schema != null && schema.getProperties() != null) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Schema property = schema.getProperties().get(component.getName());
                    // an enum is written out where it is used: two enums of one simple name share one component
                    if (property != null && (property.getRef() == null || raw(component.getGenericType()).isEnum())) {
                        correct(property, component.getGenericType());
                    }
                }
            }
        });
        components.getSchemas().values().forEach(SchemaTypes::tidy);
    }

    private void collect(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            collect(generic.getRawType(), seen);
            Stream.of(generic.getActualTypeArguments()).forEach(t -> collect(t, seen));
        } else if (type instanceof Class<?> c && c.isRecord()) {
            records.putIfAbsent(componentName(c), c);
            Stream.of(c.getRecordComponents()).forEach(r -> collect(r.getGenericType(), seen));
        }
    }

    /** The type, format, items and example a property of this Java type has. */
    private void correct(Schema property, Type type) {
        Class<?> raw = raw(type);
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            property.type(SchemaType.INTEGER).format(raw == Long.class || raw == long.class ? "int64" : "int32");
        } else if (raw == Boolean.class || raw == boolean.class) {
            property.type(SchemaType.BOOLEAN);
        } else if (raw.isEnum()) {
            property.setRef(null);
            property.type(SchemaType.STRING);
            // the constants alone: Payara also lists an enum's public static fields (AlertStatus.UNRESOLVED)
            property.enumeration(Stream.of(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        } else if (raw == LocalDate.class) {
            property.type(SchemaType.STRING).format("date");
        } else if (raw == Instant.class) {
            property.type(SchemaType.STRING).format("date-time");
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            property.type(SchemaType.OBJECT);
            if (property.getAdditionalPropertiesSchema() == null) {
                property.additionalPropertiesSchema(of(generic.getActualTypeArguments()[1]));
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            property.type(SchemaType.ARRAY);
            Schema items = property.getItems();
            if (items == null || items.getRef() == null && (items.getType() == null
                    || items.getType() == SchemaType.ARRAY || items.getType() == SchemaType.OBJECT)) {
                property.items(of(generic.getActualTypeArguments()[0]));
            }
        }
        if (property.getExample() instanceof String example && property.getType() != null
                && property.getType() != SchemaType.STRING) {
            property.example(parsed(example));
        }
    }

    /** A schema for a list's items: a reference to the component when there is one. */
    private Schema of(Type type) {
        Class<?> raw = raw(type);
        if (components.getSchemas() != null && components.getSchemas().containsKey(componentName(raw))
                && raw.isRecord()) {
            return OASFactory.createSchema().ref(REF + componentName(raw));
        }
        Schema schema = OASFactory.createSchema();
        if (raw == String.class || raw == Object.class) {
            return schema.type(SchemaType.STRING);
        }
        correct(schema, type);
        return schema.getType() == null ? schema.type(SchemaType.OBJECT) : schema;
    }

    /** The name of a class's component schema: its simple name unless {@code @Schema(name=...)} says otherwise. */
    static String componentName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isBlank() ? named.name() : type.getSimpleName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    /**
     * A page answers {@code {"items":[...],"total":N}} of one kind of item: the generic {@code Page} component
     * cannot say which, so a list operation's answer is written out with its items' type.
     */
    static void correctPage(Method method, Operation operation) {
        if (!(method.getGenericReturnType() instanceof ParameterizedType page) || page.getRawType() != Page.class
                || operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        Class<?> item = raw(page.getActualTypeArguments()[0]);
        Schema answer = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One page: ?page= (from 0) and ?size= (1-" + Page.MAX_SIZE + ") of the matches.")
                .addProperty("items", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(REF + componentName(item))))
                .addProperty("total", OASFactory.createSchema().type(SchemaType.INTEGER).format("int64")
                        .description("How many match in all.").example(1))
                .addRequired("items").addRequired("total");
        operation.getResponses().getAPIResponses().values().stream()
                .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                .filter(m -> m.getSchema() != null && (REF + "Page").equals(m.getSchema().getRef()))
                .forEach(m -> m.schema(answer));
    }

    /** The schema of each query and path parameter, from the Java parameter it binds to. */
    static void correctParameters(Method method, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, Type> types = new LinkedHashMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] parameterTypes = method.getGenericParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    types.put("query " + query.value(), parameterTypes[i]);
                } else if (annotation instanceof PathParam path) {
                    types.put("path " + path.value(), parameterTypes[i]);
                }
            }
        }
        SchemaTypes loose = new SchemaTypes(OASFactory.createComponents());
        for (Parameter parameter : operation.getParameters()) {
            Type type = parameter.getIn() == null ? null
                    : types.get(parameter.getIn().toString().toLowerCase() + " " + parameter.getName());
            if (type != null) {
                Schema schema = parameter.getSchema() == null ? OASFactory.createSchema() : parameter.getSchema();
                loose.correct(schema, type);
                if (schema.getDefaultValue() instanceof String value && schema.getType() != null
                        && schema.getType() != SchemaType.STRING) {
                    schema.defaultValue(parsed(value));
                }
                parameter.schema(schema);
            }
        }
    }

    /**
     * Removes the component schemas no operation reaches: Payara describes every class it scans, entities and
     * backing beans included, which are no part of the API.
     */
    static void dropUnreferenced(org.eclipse.microprofile.openapi.models.OpenAPI api) {
        Components components = api.getComponents();
        if (components == null || components.getSchemas() == null || api.getPaths() == null
                || api.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> pending.add(p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                schemas(operation.getRequestBody().getContent(), pending);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> schemas(r.getContent(), pending));
            }
        }));
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (reached.add(name) && components.getSchemas().containsKey(name)) {
                    pending.add(components.getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            pending.add(schema.getNot());
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    pending.addAll(list);
                }
            }
        }
        List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !reached.contains(name))
                .forEach(components::removeSchema);
    }

    private static void schemas(org.eclipse.microprofile.openapi.models.media.Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> into.add(m.getSchema()));
        }
    }

    /** Drops the defaults Payara writes for every annotated schema, here and in every nested schema. */
    static void tidy(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getType() == SchemaType.OBJECT && schema.getExample() instanceof String example
                && example.strip().startsWith("{")) {
            schema.example(parsed(example));
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getType() == null) {
            schema.type(SchemaType.STRING);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SchemaTypes::tidy);
        }
        tidy(schema.getItems());
    }

    /** The JSON value an annotation wrote as text; the text itself when it is no JSON. */
    static Object parsed(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(v -> list.add(plain(v)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                yield number.isIntegral() ? (Object) number.longValue() : (Object) new BigDecimal(number.toString());
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
