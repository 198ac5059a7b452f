package org.tandem.agent;

import java.nio.file.Path;
import org.tandem.shared.relay.client.RelayAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line of the agent console. */
@Command(name = "tandem agent",
        description = "Opens the Tandem agent console, from which a technician helps a customer.")
public final class AgentOptions {
    @Option(names = "--relay", paramLabel = "HOST:PORT", description = "Relay to connect to (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1:4022")
    String relay;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the console keeps its key and sessions (default: ~/.local/share/tandem/agent).")
    Path data;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name as the customer sees it (default: your user name).")
    String name;

    @Option(names = "--new-session", description = "Start a new session as soon as the console opens.")
    boolean newSession;

    @Option(names = "--print-key",
            description = "Print the line to add to the relay's technicians file (making the key if needed), then exit.")
    boolean printKey;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    public boolean printKey() {
        return printKey;
    }

    public AgentSettings settings() {
        AgentSettings defaults = AgentSettings.defaults();
        return new AgentSettings(RelayAddress.parse(relay), data != null ? data : defaults.dataDir(),
                name != null && !name.isBlank() ? name : defaults.technicianName(), newSession,
                defaults.customerWait());
    }
}
