package org.tandem.customer.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import org.slf4j.LoggerFactory;

/** The desktop's mail handler ({@link Desktop#mail(URI)}); false when this computer has none. */
final class DesktopMail implements RecapViewModel.MailHandler {
    @Override
    public boolean compose(URI mailto) throws IOException {
        if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
            LoggerFactory.getLogger(DesktopMail.class).info("This desktop has no mail handler");
            return false;
        }
        Desktop.getDesktop().mail(mailto);
        return true;
    }
}
