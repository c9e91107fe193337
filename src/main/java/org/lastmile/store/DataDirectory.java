package org.lastmile.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where an officer's data lives: {@code --data-dir} wins, then {@code LASTMILE_HOME}, then the
 * per-OS default ({@code $XDG_DATA_HOME/lastmile} or {@code ~/.local/share/lastmile} on Linux,
 * {@code %LOCALAPPDATA%\LastMile} on Windows, {@code ~/Library/Application Support/LastMile} on
 * macOS).
 */
public final class DataDirectory {

    /** The environment variable that overrides the default location. */
    public static final String ENV = "LASTMILE_HOME";

    private DataDirectory() {
    }

    /**
     * Resolves the data directory.
     *
     * @param option the {@code --data-dir} value, if given
     * @param env the process environment
     * @param osName the {@code os.name} system property
     * @param userHome the {@code user.home} system property
     */
    public static Path resolve(Optional<Path> option, Map<String, String> env, String osName, Path userHome) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("LastMile");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("LastMile");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("lastmile");
    }

    /**
     * The user's cache directory for LastMile, for files that can be made again (not data):
     * {@code $XDG_CACHE_HOME/lastmile} or {@code ~/.cache/lastmile} on Linux,
     * {@code %LOCALAPPDATA%\LastMile\cache} on Windows, {@code ~/Library/Caches/LastMile} on macOS.
     */
    public static Path cache(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("LastMile").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("LastMile");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".cache");
        return base.resolve("lastmile");
    }

    /** The cache directory of this process's user. */
    public static Path cache(Map<String, String> env) {
        return cache(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    /** Resolves with this process's environment and system properties. */
    public static Path resolve(Optional<Path> option, Map<String, String> env) {
        return resolve(option, env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }
}
