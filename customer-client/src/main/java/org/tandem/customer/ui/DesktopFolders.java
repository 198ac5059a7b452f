package org.tandem.customer.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The desktop's file manager ({@link Desktop#open}); false when this computer has none. Unlike the
 * web browser's way of opening, it says when it could not, so the customer can be told where the
 * folder is instead.
 */
final class DesktopFolders implements RecapViewModel.FolderOpener {
    @Override
    public boolean open(Path folder) throws IOException {
        if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            LoggerFactory.getLogger(DesktopFolders.class).info("This desktop cannot open folders");
            return false;
        }
        Desktop.getDesktop().open(folder.toFile());
        return true;
    }
}
