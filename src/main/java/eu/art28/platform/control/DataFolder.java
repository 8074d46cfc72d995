package eu.art28.platform.control;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the embedded database and other local files live: {@code ART28_DATA} when set, otherwise the user's
 * data folder as the operating system defines it, so that a restart finds everything again.
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path resolve(Optional<String> configured, Map<String, String> env, String osName, String userHome) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Path.of(configured.get().trim());
        }
        if (osName.toLowerCase().startsWith("windows") && present(env.get("LOCALAPPDATA"))) {
            return Path.of(env.get("LOCALAPPDATA"), "Art28");
        }
        if (osName.toLowerCase().startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Art28");
        }
        if (present(env.get("XDG_DATA_HOME"))) {
            return Path.of(env.get("XDG_DATA_HOME"), "art28");
        }
        return Path.of(userHome, ".local", "share", "art28");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
