package eu.art28.transfers.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import eu.art28.platform.control.Caller;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NoSuchRecord;
import eu.art28.platform.control.Records;
import eu.art28.platform.entity.Role;
import eu.art28.transfers.control.TransferRules;
import eu.art28.transfers.control.TransferRulesChanged;
import eu.art28.transfers.entity.TransferCountry;

/**
 * The one way in for the transfer countries, from pages and API alike; each method is one transaction. Only
 * the administrator changes them: the page edits in a dialog that a URL constraint cannot tell apart from reading.
 */
@ApplicationScoped
@Transactional
@PermitAll
public class TransferCountries {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Event<TransferRulesChanged> changed;

    /**
     * The rules as last read, with the state of the table they were read from. Several nodes share one
     * database and no cache may show one node's stale copy (docs/decisions.md), so every call compares that
     * state with the table's current one, one small aggregate query, and reads the rows again when it moved.
     */
    private volatile Snapshot snapshot;

    private record Snapshot(Fingerprint fingerprint, TransferRules rules) {
    }

    /** Changes with every insert, update (version and time) and delete. */
    private record Fingerprint(long rows, long versions, String lastUpdate) {
    }

    /** The whole list by code: a few dozen rows, at most one a country, so not paged. */
    @PermitAll
    public List<TransferCountry> list() {
        return em.createNamedQuery(TransferCountry.ALL, TransferCountry.class).getResultList();
    }

    @PermitAll
    public TransferCountry find(String code) {
        return lookUp(code).orElseThrow(() -> new NoSuchRecord("transfer country", code));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public TransferCountry create(TransferCountry country) {
        country.ensureValid();
        if (lookUp(country.getCode()).isPresent()) {
            throw new InvalidInput("code", "transfers.code.taken", country.getCode());
        }
        country.recordChange(caller(), Instant.now());
        em.persist(country);
        em.flush();
        changed.fire(new TransferRulesChanged(country.getCode()));
        return country;
    }

    /** Stores the changes made to a detached copy, refusing a stale one. */
    @RolesAllowed(Role.Names.ADMIN)
    public TransferCountry update(TransferCountry country) {
        country.ensureValid();
        TransferCountry current = NoSuchRecord.unlessMissing(em.find(TransferCountry.class, country.getCode()),
                "transfer country", country.getCode());
        Conflict.ifStale(country.getVersion(), current.getVersion());
        try {
            country.recordChange(caller(), Instant.now());
            TransferCountry saved = Records.flushed(em, em.merge(country));
            changed.fire(new TransferRulesChanged(saved.getCode()));
            return saved;
        } catch (OptimisticLockException e) {
            throw Conflict.stale();
        }
    }

    /** Only a country that neither lies in the EEA nor has a decision: the others are what the rules are made of. */
    @RolesAllowed(Role.Names.ADMIN)
    public void delete(String code) {
        TransferCountry country = find(code);
        if (!country.deletable()) {
            throw new Conflict("transfers.delete.kept", country.getCode());
        }
        em.remove(country);
        em.flush();
        changed.fire(new TransferRulesChanged(country.getCode()));
    }

    /** The rules as the table says now; see {@link #snapshot} for how little that costs. */
    @PermitAll
    public TransferRules rules() {
        Fingerprint now = fingerprint();
        Snapshot known = snapshot;
        if (known != null && known.fingerprint().equals(now)) {
            return known.rules();
        }
        // a change between the two queries leaves a fingerprint older than the rows: the next call reads again
        TransferRules rules = TransferRules.of(list().stream().map(TransferCountry::row).toList());
        snapshot = new Snapshot(now, rules);
        return rules;
    }

    private Fingerprint fingerprint() {
        Object[] state = em.createNamedQuery(TransferCountry.FINGERPRINT, Object[].class).getSingleResult();
        return new Fingerprint(number(state[0]), number(state[1]), String.valueOf(state[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A code that cannot exist is not looked for, so that both databases answer alike whatever their collation. */
    private Optional<TransferCountry> lookUp(String code) {
        String tidy = TransferCountry.tidyCode(code);
        if (!TransferCountry.isCode(tidy)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(TransferCountry.class, tidy));
    }

    private String caller() {
        return Caller.name(security);
    }
}
