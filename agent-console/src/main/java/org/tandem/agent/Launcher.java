package org.tandem.agent;

import java.io.IOException;
import java.security.KeyPair;
import javafx.application.Application;
import org.tandem.agent.ui.ConsoleApp;
import org.tandem.shared.cli.AppLogFile;
import org.tandem.shared.cli.CommandLineOptions;
import org.tandem.shared.ssh.Ed25519Keys;

/** Plain main class, so the JavaFX app starts from the classpath. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws IOException {
        AgentOptions options = CommandLineOptions.parseOrExit(new AgentOptions(), args);
        AgentSettings settings = options.settings();
        // Before anything logs: standard output carries only the key line or the session code.
        AppLogFile.use(settings.dataDir(), "console.log");
        if (options.printKey()) {
            KeyPair key = Ed25519Keys.loadOrCreate(settings.technicianKeyFile());
            System.out.println(Ed25519Keys.authorizedKeysLine(key.getPublic(), settings.technicianName()));
            return;
        }
        Application.launch(ConsoleApp.class, args);
    }
}
