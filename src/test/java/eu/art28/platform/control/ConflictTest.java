package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConflictTest {

    @Test
    void theVersionReadMustStillBeTheCurrentOne() {
        assertDoesNotThrow(() -> Conflict.ifStale(3, 3));
        assertEquals("record.stale", assertThrows(Conflict.class, () -> Conflict.ifStale(2, 3)).messageKey());
        assertEquals("record.stale", assertThrows(Conflict.class, () -> Conflict.ifStale(4, 3)).messageKey());
    }
}
