package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The roles the OpenAPI filter writes into x-roles come from the resource classes; here, without a container,
 * they must be exactly what docs/security.md states endpoint by endpoint, and every resource must be found.
 */
class EndpointsTest {

    private final Map<String, Endpoints.Endpoint> endpoints = Endpoints.of(getClass().getClassLoader());

    @Test
    void everyEndpointCarriesTheRolesDocsSecurityMdStates() throws IOException {
        Map<String, Set<String>> matrix = SecurityIT.matrix();
        List<String> wrong = new ArrayList<>();
        endpoints.forEach((endpoint, found) -> {
            Set<String> stated = matrix.get(endpoint);
            if (stated == null) {
                wrong.add(endpoint + ": no row in docs/security.md");
            } else if (!stated.equals(Set.copyOf(found.roles()))) {
                wrong.add(endpoint + ": @RolesAllowed " + found.roles() + ", docs/security.md " + stated);
            }
        });
        matrix.keySet().stream().filter(row -> !endpoints.containsKey(row))
                .forEach(row -> wrong.add(row + ": in docs/security.md, but no resource method serves it"));
        assertEquals(List.of(), wrong);
        assertTrue(endpoints.size() >= 80, "the whole API is found: " + endpoints.size());
    }

    @Test
    void operationIdsAreUniqueAcrossTheApi() {
        Set<String> ids = new HashSet<>();
        List<String> doubled = endpoints.values().stream().map(Endpoints.Endpoint::operationId)
                .filter(id -> !ids.add(id)).toList();
        assertEquals(List.of(), doubled);
        assertEquals("processorsUpdate", endpoints.get("PUT /api/processors/{id}").operationId());
    }

    @Test
    void aPathParameterWithAPatternIsNamedByItsNameAlone() {
        assertEquals("/api/catalogue/{kind}/{code}",
                Endpoints.normalized("/api//catalogue/{kind: purposes|data-categories|data-subjects}/{code}/"));
        assertTrue(endpoints.containsKey("DELETE /api/catalogue/{kind}/{code}"), endpoints.keySet()::toString);
    }

    @Test
    void examplesWrittenAsTextBecomeJsonValues() {
        assertEquals(Map.of("version", 2L, "reason", "Contract ended"),
                SchemaTypes.parsed("{\"version\":2,\"reason\":\"Contract ended\"}"));
        assertEquals(List.of("e.mailing"), SchemaTypes.parsed("[\"e.mailing\"]"));
        assertEquals(7L, SchemaTypes.parsed("7"));
        assertEquals(true, SchemaTypes.parsed("true"));
        assertEquals("not json", SchemaTypes.parsed("not json"));
    }

    /**
     * The OpenAPI document names each type of a body or an answer by its simple name unless {@code @Schema} names it:
     * two types of one name share one schema, and the second silently describes (and drives the hostile walks through)
     * the first. A questionnaire's {@code Question} once replaced the coverage check's.
     */
    @Test
    void everySchemaNameOfTheApiNamesOneType() {
        java.util.Map<String, Set<String>> byName = new java.util.TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        java.util.Deque<java.lang.reflect.Type> todo = new java.util.ArrayDeque<>();
        endpoints.values().forEach(endpoint -> {
            todo.add(endpoint.method().getGenericReturnType());
            for (java.lang.reflect.Parameter parameter : endpoint.method().getParameters()) {
                if (parameter.getAnnotations().length == 0) {
                    todo.add(parameter.getParameterizedType());
                }
            }
        });
        while (!todo.isEmpty()) {
            java.lang.reflect.Type type = todo.pop();
            if (type instanceof java.lang.reflect.ParameterizedType generic) {
                todo.addAll(List.of(generic.getActualTypeArguments()));
                todo.add(generic.getRawType());
            } else if (type instanceof Class<?> plain && plain.isArray()) {
                todo.add(plain.getComponentType());
            } else if (type instanceof Class<?> plain && plain.getName().startsWith("eu.art28.") && seen.add(plain)) {
                org.eclipse.microprofile.openapi.annotations.media.Schema schema = plain.getAnnotation(
                        org.eclipse.microprofile.openapi.annotations.media.Schema.class);
                String name = schema != null && !schema.name().isEmpty() ? schema.name() : plain.getSimpleName();
                byName.computeIfAbsent(name, n -> new java.util.TreeSet<>()).add(plain.getName());
                if (plain.isRecord()) {
                    for (java.lang.reflect.RecordComponent component : plain.getRecordComponents()) {
                        todo.add(component.getGenericType());
                    }
                }
            }
        }
        assertEquals(List.of(), byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).toList());
        assertTrue(byName.containsKey("QuestionnaireQuestion") && byName.containsKey("Question"), byName::toString);
    }
}
