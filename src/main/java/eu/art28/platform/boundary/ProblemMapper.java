package eu.art28.platform.boundary;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.DatabaseOutage;
import eu.art28.platform.control.DocumentTooLarge;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.NotPermitted;

/**
 * Every failure of the API leaves as problem+json: bad input 400 naming each field, unknown id 404, stale
 * version or wrong state 409, and an unexpected error 500 with a reference to the log, never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    /** How JSON-B (Yasson) names the property it failed on: "Unable to deserialize property 'startsOn' ...". */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");
    private static final String JERSEY_PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";
    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable e = unwrap(failure);
        Locale locale = locale();
        // a query's automatic flush validates pending changes, and JPA wraps what Bean Validation refused
        ConstraintViolationException violations = cause(e, ConstraintViolationException.class);
        if (violations != null) {
            return respond(400, "Invalid input", "Some fields are not valid.", violations.getConstraintViolations()
                    .stream().map(v -> new Problem.FieldViolation(field(v), message(v, locale))).toList());
        }
        InvalidInput invalid = cause(e, InvalidInput.class);
        if (invalid instanceof DocumentTooLarge tooLarge) {
            String message = Messages.text(locale, tooLarge.violations().get(0).messageKey(),
                    tooLarge.violations().get(0).arguments());
            return respond(413, "Content too large", message, List.of(new Problem.FieldViolation("document", message)));
        }
        if (invalid != null) {
            List<Problem.FieldViolation> fields = invalid.violations().stream()
                    .map(v -> new Problem.FieldViolation(v.field(),
                            Messages.text(locale, v.messageKey(), v.arguments())))
                    .toList();
            return respond(400, "Invalid input", fields.get(0).message(), fields);
        }
        if (e instanceof NotPermitted refused) {
            return respond(403, "Forbidden", Messages.text(locale, refused.messageKey()), List.of());
        }
        if (e instanceof NoSuchRecord) {
            return respond(404, "Not found", e.getMessage(), List.of());
        }
        if (e instanceof Conflict conflict) {
            String message = Messages.text(locale, conflict.messageKey(), conflict.arguments());
            return respond(409, "Conflict", message, conflict.field() == null ? List.of()
                    : List.of(new Problem.FieldViolation(conflict.field(), message)));
        }
        if (e instanceof OptimisticLockException) {
            return respond(409, "Conflict", Messages.text(locale, Conflict.STALE), List.of());
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return respond(400, "Unreadable request", "The request body is not valid JSON for this resource: "
                    + firstLine(e.getMessage()), unreadableField(e, locale));
        }
        if (e instanceof WebApplicationException web && web.getClass().getName().startsWith(JERSEY_PARAM_EXCEPTION)) {
            // JAX-RS answers 404 when a query parameter does not convert; the client sent bad input
            String parameter = parameterName(web);
            return respond(400, "Invalid input", "The parameter " + parameter + " has a value that is not allowed.",
                    List.of(new Problem.FieldViolation(parameter, firstLine(rootMessage(web)))));
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return respond(status.getStatusCode(), status.getReasonPhrase(), firstLine(web.getMessage()), List.of());
        }
        if (databaseUnavailable(failure)) {
            LOG.log(Level.WARNING, "The database is unavailable or refused a concurrent change: "
                    + firstLine(rootMessage(failure)));
            return unavailable();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return respond(500, "Internal error", "Something went wrong on our side; the log has reference "
                + reference + ".", List.of());
    }

    /** See {@link DatabaseOutage#causedBy}: the login mechanism asks the same question before JAX-RS runs. */
    static boolean databaseUnavailable(Throwable failure) {
        return DatabaseOutage.causedBy(failure);
    }

    /** 503 with a hint when to try again: the database is back within seconds after a restart or a conflict. */
    static Response unavailable() {
        return Response.fromResponse(respond(503, "Service unavailable", DatabaseOutage.DETAIL, List.of()))
                .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)).build();
    }

    static Response respond(int status, String title, String detail, List<Problem.FieldViolation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, violations))
                .build();
    }

    /**
     * The JSON name of the field: the property path without the method and parameter that Bean Validation
     * puts in front of it, such as {@code contacts[0].email}; a query or path parameter by its own name.
     */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    field.append('[').append(position).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    /** Bean Validation's message again, in the language the client asked for. */
    static String message(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("not supported");
            }
        };
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    /** The field JSON-B could not read (a date written 31-12-2026), named as a violation when it says which. */
    private static List<Problem.FieldViolation> unreadableField(Throwable e, Locale locale) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return List.of(new Problem.FieldViolation(property.group(1),
                        Messages.text(locale, "request.field.unreadable")));
            }
        }
        return List.of();
    }

    private static String parameterName(WebApplicationException e) {
        try {
            return String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return "parameter";
        }
    }

    /**
     * The exception of this type in the chain: Jersey wraps what a body reader or a parameter converter throws
     * ({@link StrictJson}, {@link Parameters}).
     */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private Locale locale() {
        return Requests.locale(headers);
    }

    /** Container wrappers (EJB, JTA) hide the exception that says what went wrong. */
    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && (current instanceof jakarta.ejb.EJBException
                || current.getClass().getName().startsWith("jakarta.transaction."))) {
            current = current.getCause();
        }
        return current;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
