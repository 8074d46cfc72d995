package eu.art28.platform.control;

import java.util.function.Supplier;

/**
 * Who acts when nobody is logged in but somebody is known: the processor's contact who opened a personal link.
 * The audit trail records changes made inside {@link #of} with this name instead of "system", so that a step the
 * vendor took reads as theirs ("contact X by link").
 */
public final class OnBehalf {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private OnBehalf() {
    }

    public static <T> T of(String actor, Supplier<T> work) {
        String before = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(before);
            }
        }
    }

    /** The name set by {@link #of} on this thread; null outside it. */
    public static String actor() {
        return ACTOR.get();
    }
}
