package org.tandem.agent.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers how the technician arranged the console: where the split between the screen and the
 * side tabs is, and which tab was open. A missing or damaged file means the defaults. Blocking:
 * call off the FX thread.
 */
public final class WorkspaceLayoutStore {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceLayoutStore.class);

    /**
     * @param divider where the split is, 0 to 1 from the left
     * @param tab     the id of the open side tab
     */
    public record Layout(double divider, String tab) {
        public static Layout defaults() {
            return new Layout(0.6, "planTab");
        }

        boolean isUsable() {
            return divider > 0.1 && divider < 0.95 && tab != null && tab.matches("[a-zA-Z]{1,40}");
        }
    }

    private final Path file;

    public WorkspaceLayoutStore(Path file) {
        this.file = file;
    }

    public Layout load() {
        if (!Files.isRegularFile(file)) {
            return Layout.defaults();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            Layout layout = new Layout(Double.parseDouble(properties.getProperty("divider")), properties.getProperty("tab"));
            return layout.isUsable() ? layout : Layout.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring an unreadable layout in {}", file, e);
            return Layout.defaults();
        }
    }

    public void save(Layout layout) {
        if (!layout.isUsable()) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("divider", Double.toString(layout.divider()));
        properties.setProperty("tab", layout.tab());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, null);
            }
        } catch (IOException e) {
            LOG.info("Could not remember the console's layout in {}: {}", file, e.getMessage());
        }
    }
}
