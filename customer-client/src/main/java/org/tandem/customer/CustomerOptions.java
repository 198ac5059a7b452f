package org.tandem.customer;

import java.nio.file.Path;
import java.util.Optional;
import org.tandem.shared.relay.client.RelayAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Command line of the customer client. */
@Command(name = "tandem customer", mixinStandardHelpOptions = false,
        description = "Opens the Tandem customer client: type the code your technician gives you to get help.")
public final class CustomerOptions {
    @Option(names = "--relay", paramLabel = "HOST:PORT", description = "Relay to connect to (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1:4022")
    String relay;

    @Option(names = "--code", paramLabel = "CODE", description = "Session code to fill in.")
    String code;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the client keeps its data (default: ~/.local/share/tandem/customer).")
    Path data;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "Trust the technicians of the organisation whose CA "
            + "certificate this is: shows its name and fingerprint, asks, then exits without opening the window.")
    Path trust;

    @Option(names = "--yes", description = "With --trust: trust without asking (for scripts that checked the fingerprint).")
    boolean yes;

    @Spec
    CommandSpec spec;

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

    /** The organisation certificate to trust instead of opening the window, when given. */
    public Optional<Path> trust() {
        return Optional.ofNullable(trust);
    }

    /** Whether {@code --trust} should not ask. */
    public boolean yes() {
        return yes;
    }

    public CustomerSettings settings() {
        CustomerSettings defaults = CustomerSettings.defaults();
        return new CustomerSettings(RelayAddress.parse(relay), data != null ? data : defaults.dataDir(),
                Optional.ofNullable(code), defaults.consentTimeout(), defaults.minFrameInterval(),
                defaults.localActivityPause(), resumeWindowSeconds == null ? defaults.resumeWindow()
                        : java.time.Duration.ofSeconds(resumeWindowSeconds));
    }
}
