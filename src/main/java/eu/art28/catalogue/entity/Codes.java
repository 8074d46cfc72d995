package eu.art28.catalogue.entity;

import java.util.Comparator;
import java.util.Set;

/**
 * The one place that knows how catalogue codes form a hierarchy. A code is a path of segments separated by
 * dots ({@code contact.email}); a segment has lower-case letters and digits, with single dashes inside
 * ({@code logs-and-recordings}). An entry's parent is the code before its last dot, so a code alone says
 * where it belongs and an agreement that names {@code contact} needs no list of what lies beneath.
 */
public final class Codes {

    public static final int MAX_LENGTH = 64;

    private static final String SEGMENT = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final String PATTERN = SEGMENT + "(?:\\." + SEGMENT + ")*";

    /**
     * Parents before their children, siblings by code. Comparing whole strings would not do: a dash sorts
     * before the dot, which would put {@code e-x} between {@code e} and {@code e.mailing}.
     */
    public static final Comparator<String> TREE_ORDER = Codes::compareInTree;

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() <= MAX_LENGTH && code.matches(PATTERN);
    }

    /** True when {@code code} is {@code ancestor} itself or lies anywhere beneath it. */
    public static boolean covers(String ancestor, String code) {
        if (ancestor == null || code == null) {
            return false;
        }
        return code.equals(ancestor) || code.startsWith(ancestor + ".");
    }

    /**
     * True when one of the granted codes covers {@code code}: the same rule as {@link #covers}, asked of a set
     * by walking up from the code, so that it costs a few lookups however large the set.
     */
    public static boolean coveredByAny(Set<String> granted, String code) {
        for (String ancestor = code; ancestor != null; ancestor = parentOf(ancestor)) {
            if (granted.contains(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The code of the parent, or null for a top-level code. */
    public static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    /** 0 for a top-level code, 1 for its children, and so on. */
    public static int depth(String code) {
        return (int) code.chars().filter(c -> c == '.').count();
    }

    private static int compareInTree(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int segment = a[i].compareTo(b[i]);
            if (segment != 0) {
                return segment;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
