package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import jakarta.json.Json;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void theClosedConnectionOfAKilledDatabaseCountsAsAnOutage() {
        // what EclipseLink threw at the login throttle after MariaDB was killed (Error Code 1220)
        Throwable closed = new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(
                "Internal Exception", new SQLNonTransientConnectionException("(conn=5) Connection is closed",
                        "08000", 1220)));
        Throwable refused = new PersistenceException(new SQLException("Socket fail to connect", "08000"));
        assertTrue(DatabaseOutage.causedBy(closed));
        assertTrue(DatabaseOutage.causedBy(refused));
    }

    @Test
    void aCommitThatLostItsConnectionCountsAsAnOutage() {
        // the transaction manager's answer when MariaDB went away between the last statement and the commit
        Throwable commit = new jakarta.transaction.TransactionalException("encountered exception during commit",
                new jakarta.transaction.SystemException());
        Throwable rollback = new jakarta.resource.spi.LocalTransactionException("(conn=16) Connection is closed");
        assertTrue(DatabaseOutage.causedBy(commit));
        assertTrue(DatabaseOutage.causedBy(rollback));
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void theProblemDocumentIsValidJsonWithStatus503() {
        var problem = Json.createReader(new java.io.StringReader(DatabaseOutage.problemJson())).readObject();
        assertEquals(503, problem.getInt("status"));
        assertEquals("Service unavailable", problem.getString("title"));
        assertEquals(DatabaseOutage.DETAIL, problem.getString("detail"));
    }

    @Test
    void aConnectTimeoutIsAddedUnlessTheUrlHasOne() {
        assertEquals("jdbc:mariadb://db:3306/art28?connectTimeout=3000",
                DatabaseSettings.withConnectTimeout("jdbc:mariadb://db:3306/art28"));
        assertEquals("jdbc:mariadb://db:3306/art28?useSsl=true&connectTimeout=3000",
                DatabaseSettings.withConnectTimeout("jdbc:mariadb://db:3306/art28?useSsl=true"));
        assertEquals("jdbc:mariadb://db:3306/art28?connectTimeout=10000",
                DatabaseSettings.withConnectTimeout("jdbc:mariadb://db:3306/art28?connectTimeout=10000"));
    }
}
