package org.tandem.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowBoundsStoreTest {

    @Test
    void savedBoundsComeBack(@TempDir Path dir) {
        WindowBoundsStore store = new WindowBoundsStore(dir.resolve("ui").resolve("window.properties"));
        store.save(new WindowBoundsStore.Bounds(10, 20, 800, 600));
        assertEquals(Optional.of(new WindowBoundsStore.Bounds(10, 20, 800, 600)), store.load());
    }

    @Test
    void aMaximisedWindowComesBackMaximisedWithTheSizeItHadBefore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("window.properties");
        WindowBoundsStore store = new WindowBoundsStore(file);
        store.save(new WindowBoundsStore.Bounds(10, 20, 800, 600, true));
        assertEquals(Optional.of(new WindowBoundsStore.Bounds(10, 20, 800, 600, true)), store.load());

        Files.writeString(file, "x=1\ny=2\nwidth=800\nheight=600\n");
        assertEquals(Optional.of(new WindowBoundsStore.Bounds(1, 2, 800, 600, false)), store.load(),
                "a file written before maximised was remembered");
    }

    @Test
    void missingDamagedOrAbsurdFilesMeanDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("window.properties");
        WindowBoundsStore store = new WindowBoundsStore(file);
        assertTrue(store.load().isEmpty(), "missing");
        Files.writeString(file, "x=1\ny=oops\nwidth=800\nheight=600\n");
        assertTrue(store.load().isEmpty(), "damaged");
        Files.writeString(file, "x=1\ny=2\nwidth=5\nheight=600\n");
        assertTrue(store.load().isEmpty(), "too small to be seen");
    }

    @Test
    void dataDirectoriesFollowXdgOnlyWhenAbsolute() {
        Path home = Path.of("/home/ann");
        assertEquals(Path.of("/srv/data/tandem/agent"),
                DataDirectories.defaultFor("agent", Map.of("XDG_DATA_HOME", "/srv/data"), home));
        assertEquals(Path.of("/home/ann/.local/share/tandem/agent"),
                DataDirectories.defaultFor("agent", Map.of("XDG_DATA_HOME", "relative"), home));
        assertEquals(Path.of("/home/ann/.local/share/tandem/customer"), DataDirectories.defaultFor("customer", Map.of(), home));
    }
}
