package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;

import org.junit.jupiter.api.Test;

/** The interceptor alone, without a container: a caller with given roles calls methods declared in every way. */
class RoleGuardTest {

    /** Declared on the method only; the rest of the class is open. */
    static class Approvals {
        @RolesAllowed("LEGAL")
        public String approve() {
            return "approved";
        }

        public String read() {
            return "read";
        }
    }

    /** Declared on the class, with methods that say otherwise. */
    @RolesAllowed("ADMIN")
    static class Settings {
        public String change() {
            return "changed";
        }

        @RolesAllowed({"ADMIN", "MANAGER"})
        public String widen() {
            return "widened";
        }

        @PermitAll
        public String look() {
            return "looked";
        }

        @DenyAll
        public String plumbing() {
            return "done";
        }

        /** An observer: whoever fired the event reaches it, the class's roles are for its public methods. */
        void observe() {
        }
    }

    private final List<String> called = new ArrayList<>();

    @Test
    void aCallerWithTheRoleIsLetThrough() throws Exception {
        assertEquals("approved", call(caller("LEGAL"), Approvals.class, "approve"));
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedNamingTheAction() throws Exception {
        NotPermitted refused = assertThrows(NotPermitted.class,
                () -> call(caller("PROCUREMENT", "MANAGER"), Approvals.class, "approve"));

        assertEquals(RoleGuard.REFUSED, refused.messageKey());
        assertTrue(refused.getMessage().contains("Approvals.approve") && refused.getMessage().contains("LEGAL"),
                refused.getMessage());
        assertEquals(List.of(), called, "the method did not run");
    }

    @Test
    void nobodyCallingIsRefusedToo() {
        assertThrows(NotPermitted.class, () -> call(nobody(), Approvals.class, "approve"));
    }

    @Test
    void aMethodWithoutADeclarationIsOpen() throws Exception {
        assertEquals("read", call(nobody(), Approvals.class, "read"));
    }

    @Test
    void theClassDeclaresForItsPublicMethodsAndAMethodDeclarationWins() throws Exception {
        assertEquals("changed", call(caller("ADMIN"), Settings.class, "change"));
        assertThrows(NotPermitted.class, () -> call(caller("MANAGER"), Settings.class, "change"));
        assertEquals("widened", call(caller("MANAGER"), Settings.class, "widen"));
        assertEquals("looked", call(caller("AUDITOR"), Settings.class, "look"));
        assertThrows(NotPermitted.class, () -> call(caller("ADMIN"), Settings.class, "plumbing"));
        call(caller("AUDITOR"), Settings.class, "observe");
        assertEquals(List.of("change", "widen", "look", "observe"), called);
    }

    @Test
    void whatAnAdmittedActionDoesInTurnIsPartOfIt() throws Exception {
        RoleGuard guard = guard(caller("LEGAL"));
        Method approve = Approvals.class.getMethod("approve");
        Method change = Settings.class.getMethod("change");

        // legal approves; the approval changes a setting that only an administrator changes by itself
        Object result = guard.check(invocation(approve, () -> guard.check(invocation(change, () -> "nested"))));

        assertEquals("nested", result);
        assertThrows(NotPermitted.class, () -> guard.check(invocation(change, () -> "alone")));
    }

    @Test
    void systemWorkPassesWhileNobodyIsLoggedIn() throws Exception {
        assertEquals("done", RoleGuard.asSystem(() -> {
            try {
                return call(nobody(), Settings.class, "plumbing");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThrows(NotPermitted.class, () -> call(nobody(), Settings.class, "plumbing"), "and only inside");
    }

    @Test
    void aRequestCannotActAsTheSystem() {
        NotPermitted refused = assertThrows(NotPermitted.class, () -> RoleGuard.asSystem(() -> {
            try {
                return call(caller("AUDITOR"), Settings.class, "change");
            } catch (NotPermitted e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertEquals(RoleGuard.REFUSED, refused.messageKey());
    }

    @Test
    void workHandedToAnotherThreadIsCheckedAgainstTheRolesOfWhoeverHandedItOn() throws Exception {
        // on the executor's thread the container knows the caller but answers no role: only what was carried counts
        Callable<Object> approval = RoleGuard.carried(caller("LEGAL"),
                () -> call(nobody(), Approvals.class, "approve"));
        Callable<Object> change = RoleGuard.carried(caller("LEGAL"), () -> call(nobody(), Settings.class, "change"));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            assertEquals("approved", executor.submit(approval).get());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> executor.submit(change).get());
            assertTrue(refused.getCause() instanceof NotPermitted, refused::toString);
            assertThrows(ExecutionException.class, () -> executor.submit(() -> call(nobody(), Approvals.class,
                    "approve")).get(), "the next task on that thread carries nothing");
        } finally {
            executor.shutdownNow();
        }
    }

    private Object call(SecurityContext security, Class<?> type, String name) throws Exception {
        Method method = type.getDeclaredMethod(name);
        return guard(security).check(invocation(method, () -> {
            called.add(name);
            return method.getReturnType() == void.class ? null : method.invoke(newInstance(type));
        }));
    }

    private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
        return type.getDeclaredConstructor().newInstance();
    }

    private static RoleGuard guard(SecurityContext security) {
        RoleGuard guard = new RoleGuard();
        guard.security = security;
        return guard;
    }

    private static InvocationContext invocation(Method method, Callable<Object> proceed) {
        return (InvocationContext) Proxy.newProxyInstance(RoleGuardTest.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "proceed" -> proceed.call();
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private static SecurityContext nobody() {
        return security(null, Set.of());
    }

    private static SecurityContext caller(String... roles) {
        return security(() -> "someone", Set.of(roles));
    }

    private static SecurityContext security(Principal principal, Set<String> roles) {
        return (SecurityContext) Proxy.newProxyInstance(RoleGuardTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> roles.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
