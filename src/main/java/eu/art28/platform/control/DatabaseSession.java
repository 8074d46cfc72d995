package eu.art28.platform.control;

import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How EclipseLink's session talks to the database, set before it logs in; named in persistence.xml
 * ({@code eclipselink.session-event-listener}).
 *
 * <p>It fails fast. When a query loses its connection, EclipseLink by default waits 5 s and tries again, up to
 * three times; inside a JTA transaction (every request here) the pool hands the same dead connection back, so a
 * request during a database outage hung for 10 s and then failed all the same. Failing at once lets the request
 * answer 503 at once; the pool, which validates every connection it lends, serves the next request from fresh
 * connections once the database is back.
 *
 * <p>It reads sequences in standard SQL. The MariaDB platform asks MariaDB's own {@code nextval(s)}, which H2 (the
 * embedded database, in MariaDB mode) does not know; {@code next value for s} both know.
 */
public class DatabaseSession extends SessionEventAdapter {

    @Override
    public void preLogin(SessionEvent event) {
        if (event.getSession().getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            if (login.getSequences() != null) {
                login.getSequences().values().forEach(sequence -> {
                    if (sequence instanceof NativeSequence generator
                            && !generator.shouldUseIdentityIfPlatformSupports()) {
                        generator.setSelectQuery(new ValueReadQuery("select next value for " + generator.getName()));
                    }
                });
            }
        }
    }
}
