package eu.art28.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import eu.art28.platform.boundary.Endpoints;
import eu.art28.platform.entity.Role;

/**
 * Who may act is declared on the facades (the transactional beans of each feature's boundary) and enforced by
 * {@link RoleGuard}: every public method says who may call it, and a REST method, whose {@code @RolesAllowed}
 * the OpenAPI document and docs/security.md show, lets in no role that the facade it calls would refuse.
 */
class GuardedFacadesTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Set<String> EVERY_ROLE = Set.of(Role.Names.PROCUREMENT, Role.Names.LEGAL,
            Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AUDITOR);

    /**
     * A class's {@code @RolesAllowed} covers its methods; under a class's {@code @PermitAll} each method says who may
     * call it itself, reads with {@code @PermitAll}, so that a write never inherits "anyone" unnoticed (every read
     * runs in a transaction too: the transaction no longer tells the two apart).
     */
    @Test
    void everyPublicMethodOfEveryFacadeDeclaresWhoMayCallIt() throws IOException {
        List<Class<?>> facades = facades();
        List<String> undeclared = new ArrayList<>();
        for (Class<?> facade : facades) {
            for (Method method : facade.getDeclaredMethods()) {
                if (businessMethod(method) && !declared(method)) {
                    undeclared.add(facade.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared);
        assertTrue(facades.size() >= 20, "every facade is found: " + facades);
        assertTrue(facades.stream().allMatch(GuardedBeans::guards), "and each is guarded");
    }

    @Test
    void noRestMethodLetsInARoleTheFacadeItCallsRefuses() throws IOException {
        Map<String, Endpoints.Endpoint> endpoints = Endpoints.of(getClass().getClassLoader());
        List<String> drift = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Endpoints.Endpoint> endpoint : endpoints.entrySet()) {
            Method resourceMethod = endpoint.getValue().method();
            Set<String> doorRoles = endpoint.getValue().roles().isEmpty() ? EVERY_ROLE
                    : Set.copyOf(endpoint.getValue().roles());
            for (Method facadeMethod : facadeCalls(resourceMethod)) {
                String[] allowed = RoleGuard.roles(facadeMethod);
                if (allowed == null) {
                    continue;
                }
                checked++;
                Set<String> refused = new TreeSet<>(doorRoles);
                refused.removeAll(Set.of(allowed));
                if (!refused.isEmpty()) {
                    drift.add(endpoint.getKey() + " lets in " + refused + " but "
                            + facadeMethod.getDeclaringClass().getSimpleName() + "." + facadeMethod.getName()
                            + " refuses them");
                }
            }
        }
        assertEquals(List.of(), drift);
        assertTrue(checked >= 40, "the guarded calls are found: " + checked);
    }

    /** What the test reads from the bytecode finds a known call, so an empty list above means something. */
    @Test
    void theCallsOfAResourceMethodAreFound() throws Exception {
        Class<?> resource = Class.forName("eu.art28.agreements.boundary.AgreementsResource");
        Method approve = Stream.of(resource.getMethods()).filter(m -> m.getName().equals("approve")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Agreements.approve"), facadeCalls(approve).stream()
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList());
    }

    private static boolean businessMethod(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                && !method.isSynthetic() && !method.isBridge();
    }

    private static boolean declared(Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(DenyAll.class)) {
            return true;
        }
        Class<?> type = method.getDeclaringClass();
        return type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(DenyAll.class);
    }

    private static List<Class<?>> FACADES;

    /** The beans in a feature's boundary that open transactions: the facades where the business acts. */
    private static List<Class<?>> facades() throws IOException {
        if (FACADES != null) {
            return FACADES;
        }
        List<Class<?>> facades = new ArrayList<>();
        for (String name : classNames()) {
            if (!name.matches("eu\\.art28\\.\\w+\\.boundary\\.[A-Za-z]+")) {
                continue;
            }
            Class<?> type = load(name);
            boolean transactional = type.isAnnotationPresent(Transactional.class)
                    || Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Transactional.class));
            if (transactional && !type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                facades.add(type);
            }
        }
        FACADES = List.copyOf(facades);
        return FACADES;
    }

    private static final Pattern METHOD_HEADER = Pattern.compile("^  .*?([\\w$]+)\\(([^)]*)\\)[^;]*;$");
    private static final Pattern CALL = Pattern.compile(
            "// Method (?:(eu/art28/\\w+/boundary/\\w+)\\.)?([\\w$]+):(\\([^)]*\\)\\S+)");

    /**
     * The facade methods a resource method calls, read from its bytecode with javap: directly, from its lambdas
     * and from the resource's own helper methods.
     */
    private static Set<Method> facadeCalls(Method resourceMethod) throws IOException {
        Class<?> resource = resourceMethod.getDeclaringClass();
        Map<String, List<String[]>> callsByMethod = bytecodeCalls(resource);
        Set<Method> found = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(resourceMethod.getName()));
        while (!todo.isEmpty()) {
            String name = todo.remove(0);
            if (!seen.add(name)) {
                continue;
            }
            callsByMethod.forEach((method, calls) -> {
                if (!method.equals(name) && !method.startsWith("lambda$" + name + "$")) {
                    return;
                }
                for (String[] call : calls) {
                    if (call[0] == null) {
                        todo.add(call[1]);
                    } else {
                        Class<?> facade = load(call[0].replace('/', '.'));
                        Stream.of(facade.getMethods())
                                .filter(m -> m.getName().equals(call[1]) && descriptor(m).equals(call[2]))
                                .forEach(found::add);
                    }
                }
            });
        }
        Set<Class<?>> facades = Set.copyOf(facades());
        found.removeIf(m -> !facades.contains(m.getDeclaringClass()));
        return found;
    }

    private static final Map<Class<?>, Map<String, List<String[]>>> BYTECODE = new HashMap<>();

    /** Method name to the calls it makes: {owner or null for the class itself, name, descriptor}. */
    private static Map<String, List<String[]>> bytecodeCalls(Class<?> type) {
        return BYTECODE.computeIfAbsent(type, t -> {
            StringWriter out = new StringWriter();
            ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
            int status = javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p",
                    CLASSES.resolve(t.getName().replace('.', '/') + ".class").toString());
            assertEquals(0, status, "javap " + t.getName());
            Map<String, List<String[]>> calls = new HashMap<>();
            List<String[]> current = null;
            for (String line : out.toString().split("\n")) {
                Matcher header = METHOD_HEADER.matcher(line);
                if (!line.startsWith("   ") && header.matches()) {
                    current = calls.computeIfAbsent(header.group(1), n -> new ArrayList<>());
                    continue;
                }
                Matcher call = CALL.matcher(line);
                if (current != null && line.contains("invoke") && call.find()) {
                    current.add(new String[] {call.group(1), call.group(2), call.group(3)});
                }
            }
            return calls;
        });
    }

    private static String descriptor(Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            descriptor.append(descriptor(parameter));
        }
        return descriptor.append(')').append(descriptor(method.getReturnType())).toString();
    }

    private static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (!type.isPrimitive()) {
            return "L" + type.getName().replace('.', '/') + ";";
        }
        return switch (type.getName()) {
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            case "double" -> "D";
            default -> "V";
        };
    }

    private static List<String> classNames() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("eu/art28"))) {
            return files.map(f -> CLASSES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GuardedFacadesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
