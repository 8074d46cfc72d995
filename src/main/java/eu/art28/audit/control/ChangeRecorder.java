package eu.art28.audit.control;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.indirection.IndirectContainer;
import org.eclipse.persistence.indirection.ValueHolderInterface;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;

import eu.art28.audit.entity.Action;
import eu.art28.audit.entity.AuditEntry;
import eu.art28.platform.control.Caller;
import eu.art28.platform.control.OnBehalf;

/**
 * Writes an audit entry for every insert, update and delete EclipseLink makes of an audited entity, from the
 * change set it computed anyway: field by field, old and new. The entry is written with the same connection in
 * the same transaction, after the statements of the flush or commit that made the change, so a change that rolls
 * back takes its entry with it and no entry survives a change that was not made. Registered on every entity by
 * {@link AuditedSession}.
 * Writes that bypass EclipseLink's unit of work (JPQL bulk updates, native SQL) raise no events and are not
 * recorded here (docs/decisions.md names them).
 */
public class ChangeRecorder extends DescriptorEventAdapter {

    public static final String SYSTEM = Caller.SYSTEM;
    /** An old value EclipseLink could not give back (a collection it did not keep); said, not invented. */
    static final String UNKNOWN = "(unknown)";

    private static final Logger LOG = Logger.getLogger(ChangeRecorder.class.getName());
    private static final String INSERT = "insert into " + AuditEntry.TABLE + " (occurred_at, actor, entity_type,"
            + " entity_id, action, changes, reason) values (#AT, #ACTOR, #TYPE, #ID, #ACTION, #CHANGES, #REASON)";
    private static final int ACTOR_MAX = 100;

    /**
     * The entries of the unit of work this thread is writing, written together after its last statement: one
     * insert right after each change's own statement broke the batch of alike statements into single round trips
     * (a re-evaluation that resolves a hundred alerts made two hundred). The same transaction, so still all or
     * nothing; an entry keeps the time its change was made.
     */
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private record Pending(Session session, List<List<Object>> entries) {
    }

    private volatile SecurityContext security;

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, Action.CREATE, whole(event, true));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        // the event carries no change set after the update; its query does
        ObjectChangeSet changeSet = event.getQuery() instanceof ObjectLevelModifyQuery query
                ? query.getObjectChangeSet() : null;
        if (changeSet == null || !changeSet.hasChanges()) {
            return;
        }
        Changes changes = new Changes();
        ClassDescriptor descriptor = event.getDescriptor();
        AbstractSession session = event.getSession();
        for (ChangeRecord record : changeSet.getChanges()) {
            DatabaseMapping mapping = descriptor.getMappingForAttributeName(record.getAttribute());
            if (!audited(descriptor, mapping)) {
                continue;
            }
            Object before = read(mapping, () -> plain(record instanceof DirectToFieldChangeRecord direct
                    ? direct.getOldValue() : record.getOldValue(), session));
            Object after = read(mapping, () -> plain(record instanceof DirectToFieldChangeRecord direct
                    ? direct.getNewValue() : mapping.getAttributeValueFromObject(event.getObject()), session));
            put(changes, mapping, before, after);
        }
        if (!changes.isEmpty()) {
            write(event, Action.UPDATE, changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, Action.DELETE, whole(event, false));
    }

    /** Every audited field of a record created (as after) or deleted (as before), leaving out what is empty. */
    private Changes whole(DescriptorEvent event, boolean created) {
        Changes changes = new Changes();
        ClassDescriptor descriptor = event.getDescriptor();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (!audited(descriptor, mapping) || mapping.isPrimaryKeyMapping()) {
                continue;
            }
            Object value = read(mapping, () -> plain(mapping.getAttributeValueFromObject(event.getObject()),
                    event.getSession()));
            if (value == null || value == UNKNOWN || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty()) {
                continue;
            }
            put(changes, mapping, created ? null : value, created ? value : null);
        }
        return changes;
    }

    private static void put(Changes changes, DatabaseMapping mapping, Object before, Object after) {
        String field = mapping.getAttributeName();
        if (Changes.secret(field, mapping.getAttributeClassification())) {
            changes.putSecret(field, before != null, after != null);
        } else {
            changes.put(field, before, after);
        }
    }

    /**
     * Fields the record owns. Not: the version (it changes with everything), bookkeeping timestamps, and the
     * inverse side of a relationship, whose change belongs to (and is recorded with) the record on the other side.
     */
    private static boolean audited(ClassDescriptor descriptor, DatabaseMapping mapping) {
        if (mapping == null || mapping.isReadOnly() || mapping.isOneToManyMapping() || mapping.isManyToManyMapping()
                || Changes.technical(mapping.getAttributeName())) {
            return false;
        }
        return !(descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy version
                && version.getVersionMapping() == mapping);
    }

    /**
     * A field's value that cannot be read as plain Java (EclipseLink could not give back an old collection) is
     * recorded as {@link #UNKNOWN}: the entry and the change are still written, and the gap is said, not hidden.
     */
    private static Object read(DatabaseMapping mapping, Supplier<Object> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "audit: no value of " + mapping.getAttributeName() + " of "
                    + mapping.getDescriptor().getAlias());
            return UNKNOWN;
        }
    }

    /**
     * A value as plain Java for {@link Changes}: another entity by its id, an embedded value as the map of its
     * fields, collections element by element. A lazy value not loaded is not loaded now (that would query in the
     * middle of writing): it is {@link #UNKNOWN}.
     */
    private static Object plain(Object value, AbstractSession session) {
        if (value == null || value == UNKNOWN) {
            return value;
        }
        if (value instanceof ValueHolderInterface<?> holder) {
            return holder.isInstantiated() ? plain(holder.getValue(), session) : UNKNOWN;
        }
        if (value instanceof IndirectContainer<?> container && !container.isInstantiated()) {
            return UNKNOWN;
        }
        if (value instanceof ObjectChangeSet changeSet) {
            Object clone = changeSet.getUnitOfWorkClone();
            return clone != null ? plain(clone, session) : changeSet.getId();
        }
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>(collection.size());
            collection.forEach(item -> items.add(plain(item, session)));
            return value instanceof List<?> || value instanceof SortedSet<?> ? items
                    : new HashSet<>(items);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> plain = new TreeMap<>();
            map.forEach((key, item) -> plain.put(String.valueOf(plain(key, session)), plain(item, session)));
            return plain;
        }
        ClassDescriptor descriptor = session.getDescriptor(value.getClass());
        if (descriptor == null) {
            return value;
        }
        if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                String name = mapping.getAttributeName();
                Object field = plain(mapping.getAttributeValueFromObject(value), session);
                fields.put(name, Changes.secret(name, mapping.getAttributeClassification()) && field != null
                        ? Changes.SECRET : field);
            }
            return fields;
        }
        return descriptor.getObjectBuilder().extractPrimaryKeyFromObject(value, session);
    }

    private void write(DescriptorEvent event, Action kind, Changes changes) {
        Object id = event.getDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(event.getObject(),
                event.getSession());
        List<Object> values = new ArrayList<>(7);
        values.add(Timestamp.from(Instant.now()));
        values.add(actor());
        values.add(event.getDescriptor().getAlias());
        values.add(String.valueOf(id));
        values.add(changes.action(kind).name());
        values.add(changes.json());
        values.add(changes.reason());
        Pending pending = PENDING.get();
        if (pending == null || pending.session() != event.getSession()) {
            // what an earlier write of this thread left (it failed before its end) died with its transaction
            pending = new Pending(event.getSession(), new ArrayList<>());
            PENDING.set(pending);
        }
        pending.entries().add(values);
    }

    /**
     * Registered on the session by {@link AuditedSession}: writes the entries of a flush or commit once its own
     * statements are written, before the transaction commits.
     */
    SessionEventListener writer() {
        return new SessionEventAdapter() {
            @Override
            public void prepareUnitOfWork(SessionEvent event) {
                Pending pending = PENDING.get();
                if (pending == null || pending.session() != event.getSession()) {
                    return;
                }
                PENDING.remove();
                DataModifyQuery insert = new DataModifyQuery(new SQLCall(INSERT));
                for (String argument : List.of("AT", "ACTOR", "TYPE", "ID", "ACTION", "CHANGES", "REASON")) {
                    insert.addArgument(argument);
                }
                pending.entries().forEach(values -> event.getSession().executeQuery(insert, values));
            }
        };
    }

    /**
     * The person whose request made the change; the contact who acts by a personal link ({@link OnBehalf});
     * {@value #SYSTEM} for scheduled jobs and start-up.
     */
    private String actor() {
        String onBehalf = OnBehalf.actor();
        if (onBehalf != null) {
            return onBehalf.length() > ACTOR_MAX ? onBehalf.substring(0, ACTOR_MAX) : onBehalf;
        }
        try {
            SecurityContext context = security;
            if (context == null) {
                context = CDI.current().select(SecurityContext.class).get();
                security = context;
            }
            Principal caller = context.getCallerPrincipal();
            String name = caller == null ? null : caller.getName();
            if (name == null || name.isBlank() || "ANONYMOUS".equals(name)) {
                return SYSTEM;
            }
            return name.length() > ACTOR_MAX ? name.substring(0, ACTOR_MAX) : name;
        } catch (RuntimeException e) {
            // no container around (start-up, a timer without a caller): nobody asked, the system did it
            return SYSTEM;
        }
    }
}
