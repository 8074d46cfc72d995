package eu.art28.audit.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.audit.control.AuditedSession;
import eu.art28.audit.entity.Action;
import eu.art28.audit.entity.AuditEntry;
import eu.art28.audit.entity.Change;
import eu.art28.platform.boundary.Filter;
import eu.art28.platform.boundary.Page;
import eu.art28.platform.boundary.Requests;
import eu.art28.platform.control.DateOrder;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.control.Spreadsheet;
import eu.art28.platform.entity.Personal;
import eu.art28.platform.entity.Role;
import eu.art28.platform.entity.Text;

/**
 * Reading the audit trail: one record's history, and the search and export for auditors. There is nothing here
 * (nor anywhere) that writes an entry: they are written by the persistence layer with the change they describe.
 * The search is for auditors and administrators; a record's history is everyone's, except the history of a record
 * about one person ({@link Personal}: an account, an API token), which is theirs and the auditors' and
 * administrators' only ({@link #history}).
 */
@ApplicationScoped
@Transactional
@PermitAll
public class AuditTrail {

    /** Entries read per round trip of an export, newest first. */
    private static final int EXPORT_CHUNK = 500;

    public static final List<String> CSV_HEADER = List.of("at", "actor", "entityType", "entityId", "action", "field",
            "before", "after", "reason");

    private static final String PERSONAL = "audit.history.personal";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    private volatile Map<String, Class<?>> entityClasses;

    /**
     * Filters that are null do not filter. From and to are days, both included, in the server's time zone; text
     * is looked for in the changed values and the reason, ignoring case.
     */
    public record Query(String entityType, String entityId, String actor, Action action, LocalDate from,
            LocalDate to, String text) {

        public Query {
            entityType = Text.trimmed(entityType);
            entityId = Text.trimmed(entityId);
            actor = Text.trimmed(actor);
            text = Text.trimmed(text);
            DateOrder.ensure("from", from, "to", to, "audit.dates.order");
        }

        public static Query all() {
            return new Query(null, null, null, null, null, null, null);
        }
    }

    /** The entity class of a record type as entries name it ({@code Processor}), or null: for its field types. */
    @PermitAll
    public Class<?> entityClass(String entityType) {
        Map<String, Class<?>> classes = entityClasses;
        if (classes == null) {
            classes = new HashMap<>();
            for (EntityType<?> type : em.getMetamodel().getEntities()) {
                classes.put(type.getName(), type.getJavaType());
            }
            entityClasses = classes;
        }
        return classes.get(entityType);
    }

    /** The names of the audited entities, as entries name them, for choosing one. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public List<String> entityTypes() {
        return em.getMetamodel().getEntities().stream().map(EntityType::getName)
                .filter(name -> !AuditedSession.NOT_AUDITED.contains(name)).sorted().toList();
    }

    /**
     * One record's history, oldest first; refused ({@link NotPermitted}) when the record is about a person other
     * than the caller and the caller neither audits nor administers. Checked for the record asked for and for every
     * record the entries name: a collation that ignores case and trailing spaces finds Account's entries for
     * "account " too.
     */
    @PermitAll
    public List<AuditEntry> history(String entityType, String entityId) {
        List<AuditEntry> entries = em.createNamedQuery(AuditEntry.HISTORY, AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
        Set<List<String>> records = new LinkedHashSet<>();
        records.add(Arrays.asList(entityType, entityId));
        entries.forEach(entry -> records.add(List.of(entry.getEntityType(), entry.getEntityId())));
        for (List<String> record : records) {
            if (!mayRead(about(record.get(0), record.get(1)), caller(), this::callerInRole)) {
                throw new NotPermitted(PERSONAL, "the history of " + record + " is not the caller's");
            }
        }
        return entries;
    }

    /**
     * Everyone reads every record's history but a personal one, which its person, auditors and administrators
     * read. A personal record that no longer exists has no person: auditors and administrators only.
     */
    static boolean mayRead(About record, String caller, Predicate<Role> callerIn) {
        if (!record.personal()) {
            return true;
        }
        return callerIn.test(Role.AUDITOR) || callerIn.test(Role.ADMIN)
                || record.person() != null && record.person().equals(caller);
    }

    /** What the history is about: whether it is personal, and if so whose. */
    record About(boolean personal, String person) {

        static About of(Class<?> type, Object found) {
            boolean personal = type != null && Personal.class.isAssignableFrom(type);
            return new About(personal, personal && found != null ? ((Personal) found).personName() : null);
        }
    }

    private About about(String entityType, String entityId) {
        EntityType<?> type = entityType == null ? null : em.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getName().equals(entityType)).findFirst().orElse(null);
        if (type == null || !Personal.class.isAssignableFrom(type.getJavaType())) {
            return About.of(null, null);
        }
        Object found = null;
        try {
            if (type.getIdType().getJavaType() == Long.class) {
                found = em.find(type.getJavaType(), Long.valueOf(entityId));
            }
        } catch (NumberFormatException notAnId) {
            // no such record: nobody's own
        }
        return About.of(type.getJavaType(), found);
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    private boolean callerInRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public Page<AuditEntry> search(Query query, int page, int size) {
        Requests.paging(page, size);
        return new Page<>(find(query, page * size, size), count(query));
    }

    /** Newest first. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public List<AuditEntry> find(Query query, int first, int max) {
        return typed(query, "select e from AuditEntry e", " order by e.at desc, e.id desc", AuditEntry.class, null)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public long count(Query query) {
        return typed(query, "select count(e) from AuditEntry e", "", Long.class, null).getSingleResult();
    }

    /**
     * The entries found, newest first, as CSV in UTF-8 with a byte-order mark: one line per changed field (an entry without fields gets one line),
     * every cell made inert ({@link Spreadsheet}). Read in chunks by id, so that a long trail is never held whole.
     */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public void export(Query query, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write(Spreadsheet.BOM);
            export(query, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void export(Query query, Writer out) {
        Spreadsheet.writeCsvLine(out, CSV_HEADER);
        Long below = null;
        List<AuditEntry> chunk;
        do {
            chunk = typed(query, "select e from AuditEntry e", " order by e.id desc", AuditEntry.class, below)
                    .setMaxResults(EXPORT_CHUNK).getResultList();
            for (AuditEntry entry : chunk) {
                List<Change> changes = entry.changes();
                if (changes.isEmpty()) {
                    Spreadsheet.writeCsvLine(out, line(entry, null));
                }
                changes.forEach(change -> Spreadsheet.writeCsvLine(out, line(entry, change)));
                below = entry.getId();
            }
            em.clear();
        } while (chunk.size() == EXPORT_CHUNK);
    }

    private static List<String> line(AuditEntry entry, Change change) {
        return List.of(String.valueOf(entry.getAt()), entry.getActor(), entry.getEntityType(), entry.getEntityId(),
                entry.getAction(), change == null ? "" : change.field(), change == null ? "" : change.beforeText(),
                change == null ? "" : change.afterText(), entry.getReason() == null ? "" : entry.getReason());
    }

    private <T> TypedQuery<T> typed(Query query, String select, String order, Class<T> type, Long idBelow) {
        return new Filter("1 = 1")
                .and("e.entityType = :entityType", "entityType", query.entityType())
                .and("e.entityId = :entityId", "entityId", query.entityId())
                .and("e.actor = :actor", "actor", query.actor())
                .and("e.action = :action", "action", query.action() == null ? null : query.action().name())
                .and("e.at >= :from", "from", query.from() == null ? null : startOf(query.from()))
                .and("e.at < :to", "to", query.to() == null ? null : startOf(query.to().plusDays(1)))
                .and("(lower(e.changes) like :text escape '!' or lower(e.reason) like :text escape '!')", "text",
                        query.text() == null ? null : "%" + query.text().toLowerCase(Locale.ROOT).replace("!", "!!")
                                .replace("%", "!%").replace("_", "!_") + "%")
                .and("e.id < :below", "below", idBelow)
                .query(em, select, order, type);
    }

    /** The column holds the server's local time (as every DATETIME here, written through {@code Timestamp}). */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
