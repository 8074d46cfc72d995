package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.internal.sessions.DatabaseSessionImpl;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.SessionEvent;
import org.junit.jupiter.api.Test;

class FailFastSessionTest {

    @Test
    void aLostConnectionIsNotRetriedNorWaitedFor() {
        DatabaseLogin login = new DatabaseLogin();
        assertEquals(3, login.getQueryRetryAttemptCount(), "EclipseLink's default, the cause of the 10 s");
        new FailFastSession().preLogin(new SessionEvent(SessionEvent.PreLogin, new DatabaseSessionImpl(login)));
        assertEquals(0, login.getQueryRetryAttemptCount());
        assertEquals(0, login.getDelayBetweenConnectionAttempts());
    }
}
