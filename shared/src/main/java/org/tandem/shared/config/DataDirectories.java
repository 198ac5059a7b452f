package org.tandem.shared.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where each part of Tandem keeps its data when no {@code --data} is given: under
 * {@code $XDG_DATA_HOME/tandem/<part>}, or {@code ~/.local/share/tandem/<part>}.
 */
public final class DataDirectories {
    private DataDirectories() {}

    public static Path defaultFor(String part) {
        return defaultFor(part, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** As {@link #defaultFor(String)}, for a given environment and home; a relative XDG path is ignored, as the spec says. */
    public static Path defaultFor(String part, Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("tandem").resolve(part);
    }
}
