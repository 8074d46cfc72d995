package eu.art28.platform.control;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;

import eu.art28.platform.entity.Role;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the facades, the one place that says
 * who may take a business action, for every door alike (pages, REST, anything injecting the facade). A declaration
 * on the method wins over one on the class; a class's declaration covers its public methods only, so that its
 * observer methods (package-private) stay reachable by whatever fired the event.
 * <p>
 * Only the call that starts an action is checked: what an admitted action does in turn (an approval re-evaluating
 * coverage, an accepted proposal registering its sub-processor) is part of that action. Work that no person
 * starts (timers, start-up) runs {@link #asSystem}; that mark counts only while there is no caller, so a request
 * cannot use it to act beyond its roles. Work a person hands to another thread keeps their roles ({@link #carried}).
 * <p>
 * Runs ahead of the transaction interceptor ({@code PLATFORM_BEFORE + 200}), so a refusal opens no transaction.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleGuard {

    public static final String REFUSED = "role.notPermitted";

    private enum Admission {
        ACTION, SYSTEM
    }

    private static final ThreadLocal<Admission> ADMITTED = new ThreadLocal<>();

    /** The roles of the person whose work this thread continues; null when the thread serves its own caller. */
    private static final ThreadLocal<Set<String>> CARRIED = new ThreadLocal<>();

    @Inject
    SecurityContext security;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        Admission admitted = ADMITTED.get();
        if (admitted == Admission.ACTION || admitted == Admission.SYSTEM && nobodyCalling()) {
            return call.proceed();
        }
        Method method = call.getMethod();
        String[] roles = roles(method);
        if (roles == null) {
            return call.proceed();
        }
        if (Arrays.stream(roles).noneMatch(this::callerInRole)) {
            throw new NotPermitted(REFUSED, method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + (roles.length == 0 ? " is for no caller" : " needs one of " + Arrays.toString(roles)));
        }
        ADMITTED.set(Admission.ACTION);
        try {
            return call.proceed();
        } finally {
            restore(admitted);
        }
    }

    /** An EJB's lifecycle callback (the start-up singleton's) may not even ask: nobody calls there. */
    private boolean nobodyCalling() {
        try {
            return security.getCallerPrincipal() == null;
        } catch (IllegalStateException noCallerHere) {
            return true;
        }
    }

    private boolean callerInRole(String role) {
        Set<String> carried = CARRIED.get();
        return carried != null ? carried.contains(role) : callerInRole(security, role);
    }

    private static boolean callerInRole(SecurityContext security, String role) {
        try {
            return security.isCallerInRole(role);
        } catch (IllegalStateException noCallerHere) {
            return false;
        }
    }

    /**
     * The roles that may call the method; none for {@code @DenyAll}; null when anyone may (declared
     * {@code @PermitAll}, or not declared at all).
     */
    static String[] roles(Method method) {
        String[] declared = declared(method.getAnnotation(RolesAllowed.class),
                method.isAnnotationPresent(PermitAll.class), method.isAnnotationPresent(DenyAll.class));
        if (declared != null || method.isAnnotationPresent(PermitAll.class)
                || !Modifier.isPublic(method.getModifiers())) {
            return declared;
        }
        Class<?> type = method.getDeclaringClass();
        return declared(type.getAnnotation(RolesAllowed.class), type.isAnnotationPresent(PermitAll.class),
                type.isAnnotationPresent(DenyAll.class));
    }

    private static String[] declared(RolesAllowed allowed, boolean permitAll, boolean denyAll) {
        if (permitAll) {
            return null;
        }
        if (denyAll) {
            return new String[0];
        }
        return allowed == null ? null : allowed.value();
    }

    /** Runs work that no person started (a timer, the start-up) with every facade open to it. */
    public static <T> T asSystem(Supplier<T> work) {
        Admission before = ADMITTED.get();
        if (before == null) {
            ADMITTED.set(Admission.SYSTEM);
        }
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /**
     * Work a person hands to the container's executor (the CSV import's background part) continues as theirs: the
     * container carries their identity to the other thread, but a role asked about there is not theirs, so the
     * roles they have now go along with the work and the facades it calls are checked against them.
     */
    public static <T> Callable<T> carried(Callable<T> work) {
        return carried(CDI.current().select(SecurityContext.class).get(), work);
    }

    static <T> Callable<T> carried(SecurityContext security, Callable<T> work) {
        Set<String> roles = Stream.of(Role.values()).map(Role::name).filter(role -> callerInRole(security, role))
                .collect(Collectors.toUnmodifiableSet());
        return () -> {
            Set<String> before = CARRIED.get();
            CARRIED.set(roles);
            try {
                return work.call();
            } finally {
                if (before == null) {
                    CARRIED.remove();
                } else {
                    CARRIED.set(before);
                }
            }
        };
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    private static void restore(Admission before) {
        if (before == null) {
            ADMITTED.remove();
        } else {
            ADMITTED.set(before);
        }
    }
}
