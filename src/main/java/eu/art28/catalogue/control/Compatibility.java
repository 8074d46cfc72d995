package eu.art28.catalogue.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.art28.catalogue.entity.Codes;

/**
 * Purpose limitation (Art. 5(1)(b), 6(4)): which purposes data collected for a purpose may be used for. The
 * purpose itself and what lies beneath it; and what lies beneath a purpose the catalogue records as compatible
 * with it or with one of its ancestors (what is compatible with {@code b} is compatible with {@code b.contact}).
 */
public final class Compatibility {

    public static final Compatibility NONE = new Compatibility(Map.of());

    private final Map<String, Set<String>> compatible;

    /** @param compatibleByPurpose for each purpose, the purposes its data may be used further for */
    public Compatibility(Map<String, ? extends Collection<String>> compatibleByPurpose) {
        Map<String, Set<String>> copy = new HashMap<>();
        compatibleByPurpose.forEach((purpose, codes) -> copy.put(purpose, Set.copyOf(codes)));
        this.compatible = Map.copyOf(copy);
    }

    public boolean allows(String original, String purpose) {
        if (Codes.covers(original, purpose)) {
            return true;
        }
        for (String from = original; from != null; from = Codes.parentOf(from)) {
            Set<String> further = compatible.get(from);
            if (further != null && Codes.coveredByAny(further, purpose)) {
                return true;
            }
        }
        return false;
    }

    /** The purposes, sorted, that data collected for {@code original} may not be used for. */
    public List<String> incompatible(String original, Collection<String> purposes) {
        return purposes.stream().filter(p -> !allows(original, p)).sorted(Codes.TREE_ORDER).toList();
    }

    public Map<String, Set<String>> asMap() {
        return compatible;
    }
}
