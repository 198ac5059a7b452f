package org.tandem.shared.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers where a window was and how large, in a small properties file in the app's data
 * directory, so it opens the same way next time. A missing or damaged file just means defaults.
 */
public final class WindowBoundsStore {
    private static final Logger LOG = LoggerFactory.getLogger(WindowBoundsStore.class);

    /**
     * Position and size of a window, in screen coordinates, and whether it was maximised. For a
     * maximised window the position and size are those it had before, to go back to when the
     * person un-maximises it.
     */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
        public Bounds(double x, double y, double width, double height) {
            this(x, y, width, height, false);
        }

        public boolean isUsable() {
            return width >= 200 && height >= 150 && width < 20000 && height < 20000
                    && Double.isFinite(x) && Double.isFinite(y);
        }
    }

    private final Path file;

    public WindowBoundsStore(Path file) {
        this.file = file;
    }

    public Optional<Bounds> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            Bounds bounds = new Bounds(Double.parseDouble(properties.getProperty("x")),
                    Double.parseDouble(properties.getProperty("y")), Double.parseDouble(properties.getProperty("width")),
                    Double.parseDouble(properties.getProperty("height")),
                    Boolean.parseBoolean(properties.getProperty("maximized", "false")));
            return bounds.isUsable() ? Optional.of(bounds) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring unreadable window bounds in {}", file, e);
            return Optional.empty();
        }
    }

    public void save(Bounds bounds) {
        if (!bounds.isUsable()) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("x", Double.toString(bounds.x()));
        properties.setProperty("y", Double.toString(bounds.y()));
        properties.setProperty("width", Double.toString(bounds.width()));
        properties.setProperty("height", Double.toString(bounds.height()));
        properties.setProperty("maximized", Boolean.toString(bounds.maximized()));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, "Tandem window position and size");
            }
        } catch (IOException e) {
            LOG.info("Could not remember the window size in {}: {}", file, e.getMessage());
        }
    }
}
