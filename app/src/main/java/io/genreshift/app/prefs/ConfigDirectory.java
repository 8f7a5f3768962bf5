package io.genreshift.app.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where GenreShift keeps its per-user files (preferences, autosave): the platform's config directory.
 * {@code genreshift.config.dir} overrides it, which the tests use to stay out of the real home.
 */
public final class ConfigDirectory {
    static final String OVERRIDE_PROPERTY = "genreshift.config.dir";
    private static final String APP = "genreshift";

    private ConfigDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    /** Pure form of {@link #resolve()}, for tests. */
    static Path resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "GenreShift") : Path.of(userHome, "AppData", "Roaming", "GenreShift");
        }
        if (os.contains("mac")) return Path.of(userHome, "Library", "Application Support", "GenreShift");
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, APP) : Path.of(userHome, ".config", APP);
    }
}
