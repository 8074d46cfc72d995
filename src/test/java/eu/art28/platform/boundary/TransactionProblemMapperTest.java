package eu.art28.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

class TransactionProblemMapperTest {

    @Test
    void aCommitThatLostTheDatabaseIsHandedOnAsAnOutage() {
        // what Payara threw when MariaDB went away between a rename's last statement and its commit
        TransactionalException commit = new TransactionalException("Managed bean with Transactional annotation"
                + " and TxType of REQUIRED encountered exception during commit jakarta.transaction.SystemException",
                new SystemException());
        assertTrue(ProblemMapper.databaseUnavailable(TransactionProblemMapper.cause(commit)), "503, not 500");
    }

    @Test
    void aTransactionalFailureOfAnotherKindStaysA500() {
        TransactionalException other = new TransactionalException("no transaction allowed here",
                new IllegalStateException("a bug"));
        assertFalse(ProblemMapper.databaseUnavailable(TransactionProblemMapper.cause(other)));
    }
}
