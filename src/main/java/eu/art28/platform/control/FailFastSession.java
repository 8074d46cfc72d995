package eu.art28.platform.control;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Named in persistence.xml ({@code eclipselink.session-event-listener}). When a query loses its connection,
 * EclipseLink by default waits 5 s and tries again, up to three times; inside a JTA transaction (every request
 * here) the pool hands the same dead connection back, so a request during a database outage hung for 10 s and
 * then failed all the same. Failing at once lets the request answer 503 at once; the pool, which validates every
 * connection it lends, serves the next request from fresh connections once the database is back.
 */
public class FailFastSession extends SessionEventAdapter {

    @Override
    public void preLogin(SessionEvent event) {
        if (event.getSession().getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
