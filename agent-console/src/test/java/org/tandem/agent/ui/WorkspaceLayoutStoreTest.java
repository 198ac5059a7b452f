package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split and the open tab come back; a damaged file means the defaults. */
class WorkspaceLayoutStoreTest {
    @TempDir
    Path dir;

    @Test
    void theLayoutComesBackAsItWasLeft() throws Exception {
        WorkspaceLayoutStore store = new WorkspaceLayoutStore(dir.resolve("workspace.properties"));
        assertEquals(WorkspaceLayoutStore.Layout.defaults(), store.load());
        store.save(new WorkspaceLayoutStore.Layout(0.55, "chatTab"));
        assertEquals(new WorkspaceLayoutStore.Layout(0.55, "chatTab"), store.load());

        Files.writeString(dir.resolve("workspace.properties"), "divider=7\ntab=chatTab\n");
        assertEquals(WorkspaceLayoutStore.Layout.defaults(), store.load(), "a split off the window is not used");
    }
}
