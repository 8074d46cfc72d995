package eu.art28.platform.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import eu.art28.platform.entity.Role;

/**
 * The settings as they hold now, for the administrator: each key Art28 reads, its value in force (a secret only as
 * set or not), its default and where the value came from. Read from MicroProfile Config as the beans read it, so
 * the page shows what the application uses, not what a file says.
 */
@ApplicationScoped
public class SettingsInForce {

    /** Where a value came from. */
    public enum SettingSource {
        ENVIRONMENT, SYSTEM_PROPERTY, DEFAULT, OTHER
    }

    /**
     * One setting: its key, the environment variable that sets it, the value in force (null for a secret, which
     * shows only whether it is set), its default, where the value came from and that source's own name.
     */
    public record Setting(String key, String variable, String value, boolean secret, boolean set, String byDefault,
            SettingSource source, String sourceName) {
    }

    /**
     * MicroProfile Config's ordinals of the application's defaults file (Payara names that source "Properties"), the
     * environment and the system properties.
     */
    private static final int DEFAULTS_ORDINAL = 100;
    private static final int ENVIRONMENT_ORDINAL = 300;
    private static final int SYSTEM_ORDINAL = 400;

    @Inject
    SettingKeys keys;

    @Inject
    Config config;

    @RolesAllowed(Role.Names.ADMIN)
    public List<Setting> all() {
        Map<String, String> defaults = new TreeMap<>(keys.defaults());
        return defaults.entrySet().stream().map(entry -> setting(entry.getKey(), entry.getValue())).toList();
    }

    private Setting setting(String key, String byDefault) {
        ConfigValue found = config.getConfigValue(key);
        String raw = found == null ? null : found.getValue();
        SettingSource source = source(found);
        String value = raw == null || raw.isBlank() ? byDefault : raw;
        boolean secret = key.endsWith(".password");
        boolean set = value != null && !value.isBlank();
        return new Setting(key, variable(key), secret ? null : value, secret, set, secret ? null : byDefault,
                source, found == null ? null : found.getSourceName());
    }

    private static SettingSource source(ConfigValue found) {
        if (found == null || found.getValue() == null || found.getSourceName() == null) {
            return SettingSource.DEFAULT;
        }
        String name = found.getSourceName().toLowerCase(Locale.ROOT);
        if (found.getSourceOrdinal() == DEFAULTS_ORDINAL || name.contains("microprofile-config.properties")) {
            return SettingSource.DEFAULT;
        }
        if (found.getSourceOrdinal() == ENVIRONMENT_ORDINAL || name.contains("env")) {
            return SettingSource.ENVIRONMENT;
        }
        if (found.getSourceOrdinal() == SYSTEM_ORDINAL || name.contains("system")) {
            return SettingSource.SYSTEM_PROPERTY;
        }
        return SettingSource.OTHER;
    }

    /** The environment variable of a key, as MicroProfile Config maps it: art28.scan.time is ART28_SCAN_TIME. */
    static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
