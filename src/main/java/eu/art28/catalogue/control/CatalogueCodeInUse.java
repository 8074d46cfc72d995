package eu.art28.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

import eu.art28.catalogue.entity.Kind;

/**
 * Asked before a catalogue entry is deleted: who still refers to this code? The catalogue cannot know,
 * because agreements and engagements refer to it and not the other way round. A feature that stores codes
 * observes this event synchronously, in the deleting transaction, and names each use with {@link #usedBy}
 * ("agreement DPA-2026-003"); any answer refuses the deletion, and the entry should be retired instead.
 */
public record CatalogueCodeInUse(Kind kind, String code, List<String> users) {

    public CatalogueCodeInUse {
        users = new ArrayList<>(users);
    }

    public CatalogueCodeInUse(Kind kind, String code) {
        this(kind, code, List.of());
    }

    public void usedBy(String user) {
        users.add(user);
    }

    /**
     * Names each use a query finds by its {@code :code} parameter, the first five of them: enough to show why the
     * entry cannot go.
     */
    public <T> void usedBy(TypedQuery<T> uses, Function<T, String> name) {
        uses.setParameter("code", code).setMaxResults(5).getResultList().forEach(use -> usedBy(name.apply(use)));
    }

    public boolean inUse() {
        return !users.isEmpty();
    }
}
