package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save dialog opens where the person keeps their files, or where they saved last, not where the app was started. */
class SaveFolderTest {
    @TempDir
    Path home;

    @Test
    void opensInDocumentsWhenTheHomeFolderHasOne() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(documents.toFile(), SaveFolder.initial(null, home));
    }

    @Test
    void opensInTheHomeFolderWithoutDocuments() {
        assertEquals(home.toFile(), SaveFolder.initial(null, home));
    }

    @Test
    void opensWhereThePersonSavedLastWhileThatFolderIsThere() throws Exception {
        Files.createDirectory(home.resolve("Documents"));
        Path recaps = Files.createDirectory(home.resolve("Recaps"));
        assertEquals(recaps.toFile(), SaveFolder.initial(recaps.toFile(), home));

        Files.delete(recaps);
        assertEquals(home.resolve("Documents").toFile(), SaveFolder.initial(recaps.toFile(), home));
    }

    @Test
    void offersNoFolderRatherThanOneThatIsNotThere() {
        assertNull(SaveFolder.initial(null, home.resolve("nobody")));
    }

    @Test
    void remembersTheFolderOfWhatWasSaved() throws Exception {
        Path recaps = Files.createDirectory(home.resolve("Recaps"));
        SaveFolder.remember(null);
        SaveFolder.remember(new File(recaps.toFile(), "recap.md"));
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        SaveFolder.startIn(chooser);
        assertEquals(recaps.toFile(), chooser.getInitialDirectory());
    }
}
