package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.persistence.internal.sessions.DatabaseSessionImpl;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.SessionEvent;
import org.junit.jupiter.api.Test;

class DatabaseSessionTest {

    @Test
    void aLostConnectionIsNotRetriedNorWaitedFor() {
        DatabaseLogin login = new DatabaseLogin();
        assertEquals(3, login.getQueryRetryAttemptCount(), "EclipseLink's default, the cause of the 10 s");
        new DatabaseSession().preLogin(new SessionEvent(SessionEvent.PreLogin, new DatabaseSessionImpl(login)));
        assertEquals(0, login.getQueryRetryAttemptCount());
        assertEquals(0, login.getDelayBetweenConnectionAttempts());
    }

    @Test
    void aSequenceIsReadInStandardSqlAndAnIdentityStaysAsItIs() {
        DatabaseLogin login = new DatabaseLogin();
        NativeSequence alerts = new NativeSequence("alert_seq", 50, false);
        NativeSequence identity = new NativeSequence("SEQ_GEN_IDENTITY", 1, true);
        login.addSequence(alerts);
        login.addSequence(identity);

        new DatabaseSession().preLogin(new SessionEvent(SessionEvent.PreLogin, new DatabaseSessionImpl(login)));

        assertEquals("select next value for alert_seq", alerts.getSelectQuery().getSQLString());
        assertNull(identity.getSelectQuery(), "an identity column is read back after the insert, as before");
    }
}
