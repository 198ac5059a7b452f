package org.tandem.desktop.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/**
 * Where a save dialog opens: the folder the person last saved to in this run of the app, else their
 * Documents folder, else their home folder. Never the folder the app happened to be started from,
 * which a person neither chose nor would look in afterwards.
 */
public final class SaveFolder {
    private static volatile File last;

    private SaveFolder() {}

    /** Sets where {@code chooser} opens. On the FX thread, before it is shown. */
    public static void startIn(FileChooser chooser) {
        chooser.setInitialDirectory(initial(last, Path.of(System.getProperty("user.home", "."))));
    }

    /** Remembers where {@code saved} went, for the next save dialog; null (nothing chosen) changes nothing. */
    public static void remember(File saved) {
        if (saved != null && saved.getParentFile() != null) {
            last = saved.getParentFile();
        }
    }

    /** The folder to open: {@code last} while it is still there, else Documents under {@code home}, else home; null when none is. */
    static File initial(File last, Path home) {
        if (last != null && last.isDirectory()) {
            return last;
        }
        Path documents = home.resolve("Documents");
        if (Files.isDirectory(documents)) {
            return documents.toFile();
        }
        return Files.isDirectory(home) ? home.toFile() : null;
    }
}
