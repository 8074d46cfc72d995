package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;

import eu.art28.platform.entity.VersionedRecord;

class RecordsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    /** A record people edit, with one constraint. */
    static class Note extends VersionedRecord {
        @NotBlank
        String text;

        Note(String text) {
            this.text = text;
        }

        Note stored(long id, long version) {
            try {
                Field idField = VersionedRecord.class.getDeclaredField("id");
                idField.setAccessible(true);
                idField.set(this, id);
                Field versionField = VersionedRecord.class.getDeclaredField("version");
                versionField.setAccessible(true);
                versionField.set(this, version);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }
    }

    /** An entity manager that records what it was asked, and fails a flush when told to. */
    private static EntityManager em(List<String> calls, boolean clash) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("flush") && clash) {
                        throw new OptimisticLockException();
                    }
                    return method.getName().equals("merge") ? args[0] : null;
                });
    }

    @Test
    void theConstraintsComeFirstAndTheFacadesRulesOnlyForARecordThatMeetsThem() {
        List<String> asked = new ArrayList<>();
        assertThrows(ConstraintViolationException.class, () -> Records.checked(validator, new Note(" "), n -> {
            asked.add("rules");
            return List.of();
        }));
        assertEquals(List.of(), asked);
        InvalidInput e = assertThrows(InvalidInput.class, () -> Records.checked(validator, new Note("a"),
                n -> List.of(new InvalidInput.Violation("text", "note.taken"))));
        assertEquals("note.taken", e.violations().get(0).messageKey());
        Note fine = new Note("a");
        assertSame(fine, Records.checked(validator, fine));
    }

    @Test
    void aNewRecordIsPersistedAndAChangedOneMergedOnlyFromTheCurrentVersion() {
        List<String> calls = new ArrayList<>();
        Records.saved(em(calls, false), new Note("new"), id -> null, n -> { });
        assertEquals(List.of("persist", "flush"), calls);

        calls.clear();
        Note stored = new Note("old").stored(4, 2);
        Records.saved(em(calls, false), new Note("changed").stored(4, 2), id -> stored, n -> { });
        assertEquals(List.of("merge", "flush"), calls);

        calls.clear();
        Conflict stale = assertThrows(Conflict.class, () -> Records.saved(em(calls, false),
                new Note("changed").stored(4, 1), id -> stored, n -> { }));
        assertEquals(Conflict.STALE, stale.messageKey());
        assertEquals(List.of(), calls, "nothing written from a stale copy");

        Conflict refused = assertThrows(Conflict.class, () -> Records.saved(em(calls, false),
                new Note("changed").stored(4, 2), id -> stored, n -> {
                    throw new Conflict("note.closed");
                }));
        assertEquals("note.closed", refused.messageKey());
    }

    @Test
    void aVersionTheDatabaseNoLongerHoldsIsStale() {
        Conflict e = assertThrows(Conflict.class, () -> Records.flushed(em(new ArrayList<>(), true), "record"));
        assertEquals(Conflict.STALE, e.messageKey());
        assertEquals("record", Records.flushed(em(new ArrayList<>(), false), "record"));
    }
}
