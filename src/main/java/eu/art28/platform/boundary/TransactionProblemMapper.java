package eu.art28.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A @Transactional method whose commit failed (the database went away between the last statement and the
 * commit) throws a TransactionalException. Jersey brings a mapper for exactly that type, which rethrows what it
 * cannot map itself, and the client got Payara's HTML 500. This one, of the same type and preferred, hands the
 * cause to {@link ProblemMapper}: 503 problem+json when the database is unavailable.
 */
@Provider
@Priority(1)
public class TransactionProblemMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException failure) {
        ProblemMapper problems = new ProblemMapper();
        problems.headers = headers;
        return problems.toResponse(cause(failure));
    }

    /** What went wrong inside: the transaction manager's own exception, or the wrapper when it says no more. */
    static Throwable cause(TransactionalException failure) {
        return failure.getCause() == null ? failure : failure.getCause();
    }
}
