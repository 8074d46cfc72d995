package eu.art28.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting Art28 reads ({@code art28.*}) and its default, found where they are declared rather than listed a
 * second time: the {@code @ConfigProperty} injection points of the beans as the container discovers them, and the
 * keys read by name with their defaults in {@code META-INF/microprofile-config.properties} (the database's, the data
 * folder). A new setting shows on the administrator's page of the settings in force without being added there.
 */
public class SettingKeys implements Extension {

    static final String PREFIX = "art28.";
    private static final String DEFAULTS = "META-INF/microprofile-config.properties";

    /** The key and its default ("" when it has none), sorted by key. */
    private final Map<String, String> defaults = new TreeMap<>();

    public SettingKeys() {
        Properties file = new Properties();
        try (InputStream in = SettingKeys.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in != null) {
                file.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX))
                .forEach(key -> defaults.put(key, file.getProperty(key)));
    }

    /** Only the types that inject a setting: the container finds them by the annotation, without a look at others. */
    <T> void declared(@Observes @WithAnnotations(ConfigProperty.class) ProcessAnnotatedType<T> type) {
        AnnotatedType<T> annotated = type.getAnnotatedType();
        annotated.getFields().forEach(field -> add(field.getAnnotation(ConfigProperty.class)));
        annotated.getConstructors().forEach(constructor -> constructor.getParameters()
                .forEach(parameter -> add(parameter.getAnnotation(ConfigProperty.class))));
        annotated.getMethods().forEach(method -> method.getParameters()
                .forEach(parameter -> add(parameter.getAnnotation(ConfigProperty.class))));
    }

    private void add(ConfigProperty property) {
        if (property != null && property.name().startsWith(PREFIX)) {
            String declared = ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? ""
                    : property.defaultValue();
            defaults.merge(property.name(), declared, (known, other) -> known.isEmpty() ? other : known);
        }
    }

    /** Each key with its default, sorted by key. */
    public Map<String, String> defaults() {
        return Map.copyOf(defaults);
    }
}
