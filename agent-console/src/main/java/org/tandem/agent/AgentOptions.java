package org.tandem.agent;

import java.nio.file.Path;
import org.tandem.shared.relay.client.RelayAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    int newSessions;

    @Option(names = "--new-session", paramLabel = "N", arity = "0..1", fallbackValue = "1", defaultValue = "0",
            description = "Start a new session as soon as the console opens (N sessions, each in its tab, up to 9).")
    void newSessions(int count) {
        if (count < 0 || count > 9) {
            throw new ParameterException(spec.commandLine(),
                    "--new-session starts 1 to 9 sessions, each in its own tab; " + count + " is not possible.");
        }
        newSessions = count;
    }

    @Option(names = "--print-key",
            description = "Print the line to add to the relay's technicians file (making the key if needed), then exit.")
    boolean printKey;

    Long resumeWindowSeconds;

    @Option(names = "--resume-window", paramLabel = "SECONDS", description = "How long a session whose connection "
            + "dropped tries to reconnect before it ends (default: 120).")
    void resumeWindow(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--resume-window is how many seconds a dropped session "
                    + "tries to reconnect: at least 1; " + seconds + " is not possible.");
        }
        resumeWindowSeconds = seconds;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    public boolean printKey() {
        return printKey;
    }

    public AgentSettings settings() {
        AgentSettings defaults = AgentSettings.defaults();
        return new AgentSettings(RelayAddress.parse(relay), data != null ? data : defaults.dataDir(),
                name != null && !name.isBlank() ? name : defaults.technicianName(), newSessions,
                defaults.customerWait(), resumeWindowSeconds == null ? defaults.resumeWindow()
                        : java.time.Duration.ofSeconds(resumeWindowSeconds));
    }
}
