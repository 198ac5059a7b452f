package org.tandem.customer;

import javafx.application.Application;
import org.tandem.customer.ui.CustomerApp;
import org.tandem.shared.cli.AppLogFile;
import org.tandem.shared.cli.CommandLineOptions;

/** Plain main class, so the JavaFX app starts from the classpath. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        AppLogFile.use(CommandLineOptions.parseOrExit(new CustomerOptions(), args).settings().dataDir(), "customer.log");
        System.setProperty("java.awt.headless", "false");
        // JavaFX and AWT's screen capture must load the same GTK, or one of them fails to start.
        System.setProperty("jdk.gtk.version", "3");
        Application.launch(CustomerApp.class, args);
    }
}
