package eu.art28.platform.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode loads sample processors and one user per role. On by default on the embedded database, off on
 * MariaDB, so that a production registry never fills with invented vendors.
 */
@ApplicationScoped
public class DemoMode {

    public static final String DEFAULT_PASSWORD = "demo-art28";

    @Inject
    @ConfigProperty(name = "art28.demo")
    Optional<Boolean> configured;

    @Inject
    @ConfigProperty(name = "art28.demo.password", defaultValue = DEFAULT_PASSWORD)
    String password;

    public boolean enabled(SchemaReady ready) {
        return configured.orElse(ready.embedded());
    }

    public String password() {
        return password;
    }
}
