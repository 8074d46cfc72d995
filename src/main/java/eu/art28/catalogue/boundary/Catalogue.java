package eu.art28.catalogue.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import eu.art28.catalogue.control.CatalogueChanged;
import eu.art28.catalogue.control.CatalogueCodeInUse;
import eu.art28.catalogue.control.Compatibility;
import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.Codes;
import eu.art28.catalogue.entity.Kind;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.platform.control.CodeNames;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;

/**
 * The one way in for changes to the catalogue, from pages and API alike; each method is one transaction. The
 * three lists behave the same, so the queries name the entity of the kind at hand.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class Catalogue {

    private static final Comparator<CatalogueEntry> TREE_ORDER =
            Comparator.comparing(CatalogueEntry::getCode, Codes.TREE_ORDER);

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<CatalogueCodeInUse> inUse;

    @Inject
    Event<CatalogueChanged> changed;

    /** Names the codes for a page, mail or answer that shows them but may not read the catalogue (alerts). */
    void name(@Observes CodeNames question) {
        for (Kind kind : Kind.values()) {
            question.answer(kind.name(), list(kind, true).stream()
                    .collect(Collectors.toMap(CatalogueEntry::getCode, e -> e.name(question.locale()))));
        }
    }

    /**
     * The whole list, parents before their children. A catalogue holds tens of entries, not thousands, and a
     * tree needs every ancestor, so it is not paged.
     */
    @PermitAll
    public List<CatalogueEntry> list(Kind kind, boolean includeRetired) {
        String where = includeRetired ? "" : " where e.retired = false";
        return em.createQuery("select e from " + kind.entityName() + " e" + where, CatalogueEntry.class)
                .getResultStream()
                .sorted(TREE_ORDER)
                .toList();
    }

    @PermitAll
    public CatalogueEntry find(Kind kind, String code) {
        return lookUp(kind, code).orElseThrow(() -> new NoSuchRecord(kind.noun(), code));
    }

    /**
     * Adds an entry under the parent named (null: top level). Its code must start with the parent's code and
     * a dot, and no other entry of the kind may have it.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public CatalogueEntry create(CatalogueEntry entry, String parentCode) {
        if (entry.getId() != null) {
            throw new IllegalArgumentException("already stored: " + entry.getCode());
        }
        validate(entry);
        CatalogueEntry parent = null;
        if (parentCode != null) {
            parent = lookUp(entry.kind(), parentCode)
                    .orElseThrow(() -> new InvalidInput("parentCode", "catalogue.parentCode.unknown", parentCode));
        }
        entry.placeUnder(parent);
        if (lookUp(entry.kind(), entry.getCode()).isPresent()) {
            throw new InvalidInput("code", "catalogue.code.taken", entry.getCode());
        }
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** Stores the changes made to a detached entry, refusing a stale copy. */
    @RolesAllowed(Role.Names.ADMIN)
    public CatalogueEntry update(CatalogueEntry entry) {
        validate(entry);
        CatalogueEntry current = NoSuchRecord.unlessMissing(em.find(entry.kind().type(), entry.getId()),
                entry.kind().noun(), entry.getCode());
        Conflict.ifStale(entry.getVersion(), current.getVersion());
        try {
            CatalogueEntry saved = Records.flushed(em, em.merge(entry));
            changed.fire(new CatalogueChanged(saved.kind(), saved.getCode()));
            return saved;
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CatalogueEntry retire(Kind kind, String code) {
        return changed(kind, code, CatalogueEntry::retire);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CatalogueEntry unretire(Kind kind, String code) {
        return changed(kind, code, CatalogueEntry::unretire);
    }

    private CatalogueEntry changed(Kind kind, String code, Consumer<CatalogueEntry> change) {
        CatalogueEntry entry = find(kind, code);
        change.accept(entry);
        em.flush();
        return entry;
    }

    /**
     * Deletes an entry nobody refers to: not its own children, and no other feature (asked through
     * {@link CatalogueCodeInUse}). An entry in use can be retired instead.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void delete(Kind kind, String code) {
        CatalogueEntry entry = find(kind, code);
        long children = em.createQuery("select count(e) from " + kind.entityName() + " e where e.parentId = :id",
                Long.class).setParameter("id", entry.getId()).getSingleResult();
        if (children > 0) {
            throw new Conflict("catalogue.delete.hasChildren", code, children);
        }
        CatalogueCodeInUse question = new CatalogueCodeInUse(kind, code);
        inUse.fire(question);
        if (question.inUse()) {
            throw new Conflict("catalogue.delete.inUse", code, String.join(", ", question.users()));
        }
        em.remove(entry);
        em.flush();
    }

    /**
     * The codes of this kind that the catalogue does not hold, sorted, as a field that refers to codes needs to
     * name them in its message. Retired entries still count: they stay valid where they are already used.
     */
    @PermitAll
    public List<String> unknown(Kind kind, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = Set.copyOf(em.createQuery("select e.code from " + kind.entityName()
                + " e where e.code in :codes", String.class).setParameter("codes", codes).getResultList());
        return codes.stream().filter(c -> !known.contains(c)).sorted().toList();
    }

    /**
     * For each field that refers to codes of a kind (purposes, dataCategories, dataSubjects), a violation
     * naming the codes the catalogue does not hold.
     */
    @PermitAll
    public List<InvalidInput.Violation> unknownCodes(Map<String, ? extends Collection<String>> codesByField) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        codesByField.forEach((field, codes) -> {
            List<String> unknown = unknown(Kind.ofScopeField(field).orElseThrow(), codes);
            if (!unknown.isEmpty()) {
                violations.add(new InvalidInput.Violation(field, "catalogue.codes.unknown", String.join(", ", unknown)));
            }
        });
        violations.sort(java.util.Comparator.comparing(InvalidInput.Violation::field));
        return violations;
    }

    /** A code that cannot exist is not looked for, so that both databases answer alike whatever their collation. */
    private Optional<CatalogueEntry> lookUp(Kind kind, String code) {
        if (!Codes.isValid(code)) {
            return Optional.empty();
        }
        return em.createQuery("select e from " + kind.entityName() + " e where e.code = :code", CatalogueEntry.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private void validate(CatalogueEntry entry) {
        Records.checked(validator, entry);
        if (entry instanceof Purpose purpose) {
            List<String> unknown = unknown(Kind.PURPOSE, purpose.getCompatibleWith());
            if (!unknown.isEmpty()) {
                throw new InvalidInput("compatiblePurposes", "catalogue.codes.unknown", String.join(", ", unknown));
            }
        }
    }

    /** Which purposes data collected for a purpose may be used further for, as recorded in the catalogue. */
    @PermitAll
    public Compatibility compatibility() {
        Map<String, List<String>> compatible = new HashMap<>();
        em.createQuery("select p.code, c from Purpose p join p.compatibleWith c", Object[].class).getResultList()
                .forEach(row -> compatible.computeIfAbsent((String) row[0], p -> new ArrayList<>())
                        .add((String) row[1]));
        return new Compatibility(compatible);
    }

    /** A purpose recorded as compatible with another stays until that record is taken away. */
    void claim(@Observes CatalogueCodeInUse question) {
        if (question.kind() == Kind.PURPOSE) {
            em.createQuery("select p.code from Purpose p join p.compatibleWith c where c = :code order by p.code",
                    String.class).setParameter("code", question.code()).setMaxResults(5).getResultList()
                    .forEach(purpose -> question.usedBy("purpose " + purpose + " (compatible)"));
        }
    }
}
