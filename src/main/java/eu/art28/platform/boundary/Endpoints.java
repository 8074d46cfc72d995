package eu.art28.platform.boundary;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;

/**
 * The REST endpoints and the roles allowed to call each, read from the {@code @RolesAllowed} annotations of the
 * resource classes themselves, so that the OpenAPI document cannot disagree with what Jersey enforces. The
 * classes are found by walking the application's own package: a new resource is described without being listed
 * anywhere.
 */
public final class Endpoints {

    static final String ROOT_PACKAGE = "eu.art28";

    private Endpoints() {
    }

    /** One operation: the Java method that serves it and the roles that may call it (empty: none declared). */
    public record Endpoint(Method method, List<String> roles) {

        /** Unique across the API, as OpenAPI demands: "processorsUpdate" for ProcessorsResource.update. */
        public String operationId() {
            String resource = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
            String name = method.getName();
            return Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                    + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /**
     * "GET /api/processors/{id}" to its endpoint. A path parameter with a pattern
     * ({@code {kind: purposes|data-subjects}}) is named by its name alone.
     */
    public static Map<String, Endpoint> of(ClassLoader loader) {
        String application = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (Class<?> resource : resources(loader)) {
            String base = join(application, resource.getAnnotation(jakarta.ws.rs.Path.class).value());
            RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = sub == null ? base : join(base, sub.value());
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : classRoles;
                endpoints.put(verb + " " + normalized(path),
                        new Endpoint(method, roles == null ? List.of() : List.of(roles.value())));
            }
        }
        return endpoints;
    }

    /** A path as the OpenAPI document or JAX-RS writes it, with parameter patterns and doubled slashes removed. */
    public static String normalized(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*\\}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String join(String left, String right) {
        return left + "/" + right;
    }

    /** GET, POST, ...: the annotation on the method that is itself annotated with {@code @HttpMethod}. */
    private static String verb(Method method) {
        return Stream.of(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    /** The root resource classes: every class of the application with {@code @Path}. */
    static List<Class<?>> resources(ClassLoader loader) {
        List<Class<?>> resources = new ArrayList<>();
        for (String name : classNames(loader)) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot load cannot be a resource Jersey serves either
            }
        }
        return resources;
    }

    private static Set<String> classNames(ClassLoader loader) {
        String folder = ROOT_PACKAGE.replace('.', '/');
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL root : Collections.list(roots)) {
                if (root.getProtocol().equals("file")) {
                    Path start = new File(root.toURI()).toPath();
                    try (Stream<Path> files = Files.walk(start)) {
                        files.map(f -> start.relativize(f).toString().replace(File.separatorChar, '/'))
                                .filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(className(folder + "/" + f)));
                    }
                } else if (root.getProtocol().equals("jar")
                        && root.openConnection() instanceof JarURLConnection connection) {
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            String path = entry.getName().replaceFirst("^WEB-INF/classes/", "");
                            if (path.startsWith(folder + "/") && path.endsWith(".class")) {
                                names.add(className(path));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
