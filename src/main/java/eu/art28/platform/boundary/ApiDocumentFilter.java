package eu.art28.platform.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import eu.art28.platform.entity.Role;

/**
 * What every operation of the OpenAPI document shares, written once rather than on each resource method: the
 * roles allowed to call it (read from the {@code @RolesAllowed} Jersey enforces, see {@link Endpoints}), the
 * problem+json error responses it can give, and an operation id unique across the API. Registered with
 * {@code mp.openapi.filter} in microprofile-config.properties.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String ROLES = "x-roles";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    /** A path parameter whose pattern is a list of literal values. */
    private static final Pattern PATTERN = Pattern.compile("\\{\\s*(\\w+)\\s*:\\s*([\\w.|-]+)\\s*\\}");

    private final Map<String, Endpoints.Endpoint> endpoints;

    public ApiDocumentFilter() {
        this(Endpoints.of(ApiDocumentFilter.class.getClassLoader()));
    }

    ApiDocumentFilter(Map<String, Endpoints.Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getInfo() != null) {
            api.getInfo().description("Registry of GDPR Article 28 processors (verwerkers), their data processing"
                    + " agreements, engagements, sub-processors, security evidence and the alerts Art28 raises."
                    + " Conventions (docs/api.md, \"Conventions\"): JSON in camelCase under /api; HTTP Basic or"
                    + " a personal bearer token on every request; lists are paged with ?page=0&size=50 (size"
                    + " 1-200) and answer {\"items\":[...],\"total\":N}; dates are ISO-8601 (2026-11-26), instants"
                    + " UTC (2026-11-26T10:00:00Z); enumerations and codes are UPPER_SNAKE_CASE, catalogue codes"
                    + " dotted lower case (e.mailing); updates carry the version last read (409 when stale);"
                    + " errors are RFC 9457 application/problem+json naming each field at fault. Every operation"
                    + " lists the roles allowed to call it in x-roles. docs/api.md walks through the main flows"
                    + " with curl.");
        }
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getTags() != null) {
            // each resource of a feature declares its tag; OpenAPI wants each name once, with its description
            Map<String, Tag> tags = new LinkedHashMap<>();
            api.getTags().forEach(tag -> tags.merge(tag.getName(), tag,
                    (kept, other) -> kept.getDescription() == null ? other : kept));
            api.tags(new ArrayList<>(tags.values()));
        }
        templatesWithoutPatterns(api);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(method, path, operation)));
        new SchemaTypes(components).correct(endpoints.values());
        SchemaTypes.dropUnreferenced(api);
    }

    /**
     * JAX-RS writes a parameter's pattern into the path ({@code {kind: purposes|data-categories}}), which is no
     * OpenAPI path template: the path is named with the parameter's name alone, and a pattern that lists the
     * values becomes the parameter's enumeration.
     */
    private static void templatesWithoutPatterns(OpenAPI api) {
        for (String path : List.copyOf(api.getPaths().getPathItems().keySet())) {
            String plain = Endpoints.normalized(path);
            if (plain.equals(path)) {
                continue;
            }
            PathItem item = api.getPaths().getPathItem(path);
            Matcher pattern = PATTERN.matcher(path);
            while (pattern.find()) {
                String name = pattern.group(1);
                List<Object> values = List.of((Object[]) pattern.group(2).strip().split("\\|"));
                item.getOperations().values().stream().filter(o -> o.getParameters() != null)
                        .flatMap(o -> o.getParameters().stream()).filter(p -> name.equals(p.getName()))
                        .forEach(p -> p.schema(OASFactory.createSchema().type(SchemaType.STRING).enumeration(values)));
            }
            api.getPaths().removePathItem(path);
            api.getPaths().addPathItem(plain, item);
        }
    }

    private void describe(PathItem.HttpMethod method, String path, Operation operation) {
        Endpoints.Endpoint endpoint = endpoints.get(method.name() + " " + Endpoints.normalized(path));
        if (endpoint != null) {
            operation.operationId(endpoint.operationId());
            SchemaTypes.correctParameters(endpoint.method(), operation);
            SchemaTypes.correctPage(endpoint.method(), operation);
            if (!endpoint.roles().isEmpty()) {
                operation.addExtension(ROLES, endpoint.roles());
                String roles = "Roles: " + (endpoint.roles().containsAll(List.of(Role.Names.PROCUREMENT,
                        Role.Names.LEGAL, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR))
                                ? "any (" + String.join(", ", endpoint.roles()) + ")"
                                : String.join(", ", endpoint.roles())) + ".";
                operation.description(operation.getDescription() == null || operation.getDescription().isBlank()
                        ? roles : operation.getDescription() + "\n\n" + roles);
            }
        }
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        for (int status : errors(method, path, operation)) {
            add(operation.getResponses(), status);
        }
    }

    /**
     * The errors an operation can answer with. 400 where the client sends something (a body or a parameter),
     * 401 and 403 everywhere, 404 where a path names a record, 409 where a version or a state can forbid the
     * change (PUT, DELETE, and POST on a record or beneath one: a transition or a child of a parent whose
     * state matters), 415 where a body is read.
     */
    static List<Integer> errors(PathItem.HttpMethod method, String path, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean record = path.contains("{");
        List<Integer> errors = new ArrayList<>();
        if (body || parameters) {
            errors.add(400);
        }
        errors.add(401);
        errors.add(403);
        if (record) {
            errors.add(404);
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || method == PathItem.HttpMethod.PATCH || (method == PathItem.HttpMethod.POST && record)) {
            errors.add(409);
        }
        if (body) {
            errors.add(415);
        }
        return errors;
    }

    private static void add(APIResponses responses, int status) {
        String code = String.valueOf(status);
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Map<String, Object> example = switch (status) {
            case 400 -> Map.of("type", "about:blank", "title", "Invalid input", "status", 400,
                    "detail", "Some fields are not valid.",
                    "violations", List.of(Map.of("field", "kvkNumber", "message", "A KvK number has exactly 8 digits."),
                            Map.of("field", "country", "message",
                                    "Use a two-letter ISO 3166 country code, such as NL or DE.")));
            case 401 -> problem(401, "Unauthorized", "Log in with HTTP Basic authentication or a bearer token.");
            case 403 -> problem(403, "Forbidden", "Caller not in requested role");
            case 404 -> problem(404, "Not found", "processor 987654321 does not exist");
            case 409 -> problem(409, "Conflict",
                    "Someone else changed this record after you opened it. Reload it and make your change again.");
            case 415 -> problem(415, "Unsupported Media Type", "HTTP 415 Unsupported Media Type");
            default -> problem(status, "Error", "");
        };
        String description = switch (status) {
            case 400 -> "Bad input: each field at fault is named in violations.";
            case 401 -> "No login, or a wrong password or token.";
            case 403 -> "The caller's roles do not allow this (see x-roles), or a rule such as four eyes refuses it.";
            case 404 -> "No record with this id or code.";
            case 409 -> "The version sent is stale, or the record's state forbids the action.";
            case 415 -> "The body has a content type this operation does not read.";
            default -> "Error.";
        };
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example);
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        responses.addAPIResponse(code, response);
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        return Map.of("type", "about:blank", "title", title, "status", status, "detail", detail,
                "violations", List.of());
    }

    static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One field at fault.")
                .addProperty("field", string("The field in JSON terms, such as contacts[0].email, or a parameter's"
                        + " name.", "kvkNumber"))
                .addProperty("message", string("What is wrong, in the caller's language (Accept-Language).",
                        "A KvK number has exactly 8 digits."));
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem document (application/problem+json); never a stack trace.")
                .addProperty("type", string("Always about:blank: the status says what kind of problem it is.",
                        "about:blank"))
                .addProperty("title", string("A short summary of the kind of problem.", "Invalid input"))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status.").example(400))
                .addProperty("detail", string("What went wrong in this case.", "Some fields are not valid."))
                .addProperty("violations", OASFactory.createSchema().type(SchemaType.ARRAY).items(violation)
                        .description("The fields at fault; empty unless the input was bad."))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description).example(example);
    }
}
