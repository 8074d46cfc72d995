package eu.art28.platform.control;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import eu.art28.platform.entity.VersionedRecord;

/**
 * How the facades check and write the records people edit, said once: Bean Validation before the rules it cannot
 * see (which may rely on what it checks), a changed copy stored only from the version the client read, and every
 * write flushed within the action, so that a concurrent change fails the action as stale (409) rather than its
 * commit later. Runs in the caller's transaction, with the caller's entity manager.
 */
public final class Records {

    private Records() {
    }

    /**
     * Refuses a record that breaks its constraints (each field's message), then one that breaks the rules the
     * facade adds ({@code rules}, asked only of a record whose constraints hold).
     */
    public static <T> T checked(Validator validator, T record, Function<T, Collection<InvalidInput.Violation>> rules) {
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<InvalidInput.Violation> problems = List.copyOf(rules.apply(record));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return record;
    }

    /** Only the record's constraints. */
    public static <T> T checked(Validator validator, T record) {
        return checked(validator, record, r -> List.of());
    }

    /**
     * A new record persisted, or a detached copy merged over the stored one ({@code stored} finds it by id) when the
     * client read its current version and the stored one allows the change ({@code allowed} refuses it otherwise).
     */
    public static <T extends VersionedRecord> T saved(EntityManager em, T record, Function<Long, T> stored,
            Consumer<T> allowed) {
        try {
            T saved;
            if (record.getId() == null) {
                em.persist(record);
                saved = record;
            } else {
                T current = stored.apply(record.getId());
                Conflict.ifStale(record.getVersion(), current.getVersion());
                allowed.accept(current);
                saved = em.merge(record);
            }
            return flushed(em, saved);
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
    }

    /** The changes of this action written now: a version the database no longer holds is stale, not a failure. */
    public static <T> T flushed(EntityManager em, T record) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
        return record;
    }
}
