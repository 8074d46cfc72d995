package eu.art28.platform.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;

import eu.art28.platform.control.StatementCount;
import eu.art28.platform.control.Timings;

/**
 * Tells the client how long the application itself worked on an API request (W3C Server-Timing, shown by browser
 * developer tools): {@code app} from the resource's first filter to its answer, the transaction committed, before
 * the body is written; then the parts recorded in {@link Timings}, such as {@code coverage} for re-judging after
 * a change. Login and the HTTP stack are outside it, which is the point: a slow answer is then either our work or
 * the way to us. The benchmark reads it (docs/benchmarks.md). In the test servers only, {@code X-SQL-Statements}
 * says how many statements the request sent ({@link StatementCount}).
 */
@Provider
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        Timings.start();
        StatementCount.start();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Map<String, Long> parts = Timings.stop();
        if (StatementCount.on()) {
            countStreamed(response);
            response.getHeaders().add(StatementCount.HEADER, StatementCount.stop());
        }
        if (request.getProperty(STARTED) instanceof Long started) {
            StringBuilder header = new StringBuilder(metric("app", System.nanoTime() - started));
            parts.forEach((name, nanos) -> header.append(", ").append(metric(name, nanos)));
            response.getHeaders().add("Server-Timing", header.toString());
        }
    }

    /**
     * Exports write their rows after this filter, while the body is sent; in the test servers their body is written
     * here, so that the statements it reads are counted too, to a file, as an export of the whole audit trail after
     * the hostile walk runs to hundreds of megabytes. Never in production: there the rows stream.
     */
    private static void countStreamed(ContainerResponseContext response) throws IOException {
        if (response.getEntity() instanceof StreamingOutput streamed) {
            Path body = Files.createTempFile("art28-body", ".tmp");
            try (OutputStream out = Files.newOutputStream(body)) {
                streamed.write(out);
            }
            StreamingOutput written = out -> {
                try {
                    Files.copy(body, out);
                } finally {
                    Files.deleteIfExists(body);
                }
            };
            response.setEntity(written, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private static String metric(String name, long nanos) {
        return String.format(Locale.ROOT, "%s;dur=%.1f", name, nanos / 1e6);
    }
}
