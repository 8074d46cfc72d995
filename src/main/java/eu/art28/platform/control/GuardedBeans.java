package eu.art28.platform.control;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.Path;

/**
 * Jakarta EE enforces {@code @RolesAllowed} on EJBs and (through Jersey) on REST resources, not on CDI beans: this
 * extension puts {@link RoleGuard} on every bean that declares roles on its class or a method. REST resources are
 * left to Jersey, which answers before the resource runs (401 for nobody, 403 for a wrong role).
 */
public class GuardedBeans implements Extension {

    <T> void guard(@Observes @WithAnnotations({RolesAllowed.class, PermitAll.class, DenyAll.class})
            ProcessAnnotatedType<T> type) {
        if (guards(type.getAnnotatedType().getJavaClass())) {
            type.configureAnnotatedType().add(Guarded.Literal.INSTANCE);
        }
    }

    static boolean guards(Class<?> type) {
        return !type.isAnnotationPresent(Path.class) && !type.isAnnotationPresent(Interceptor.class);
    }
}
