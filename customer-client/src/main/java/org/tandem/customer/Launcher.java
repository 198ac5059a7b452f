package org.tandem.customer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import javafx.application.Application;
import org.tandem.customer.ui.CustomerApp;
import org.tandem.customer.ui.PulseRate;
import org.tandem.shared.cli.AppLogFile;
import org.tandem.shared.cli.CommandLineOptions;

/** Plain main class, so the JavaFX app starts from the classpath. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        CustomerOptions options = CommandLineOptions.parseOrExit(new CustomerOptions(), args);
        if (options.yes() && options.trust().isEmpty()) {
            System.err.println("tandem customer: --yes only goes with --trust CA.pem");
            System.exit(CommandLineOptions.USAGE_ERROR);
        }
        AppLogFile.use(options.settings().dataDir(), "customer.log");
        if (options.trust().isPresent()) {
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            System.exit(new TrustOrganisationCommand(options.settings().trustedOrganisationsDir(), stdin, System.out,
                    System.err).run(options.trust().get(), options.yes()));
        }
        System.setProperty("java.awt.headless", "false");
        // JavaFX and AWT's screen capture must load the same GTK, or one of them fails to start.
        System.setProperty("jdk.gtk.version", "3");
        PulseRate.applyUnlessSet(System.getProperties());
        Application.launch(CustomerApp.class, args);
    }
}
