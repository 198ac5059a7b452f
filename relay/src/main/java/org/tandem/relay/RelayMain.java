package org.tandem.relay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tandem.relay.auth.TechnicianKey;
import org.tandem.relay.auth.TechniciansFile;
import org.tandem.relay.metrics.RelayMetrics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem-relay}: runs the relay until it is stopped. Settings come from the defaults, then
 * {@code relay.conf} in the data folder, then the flags. Stdout gets exactly one line, the address
 * and host key; the settings go to stderr.
 */
@Command(name = "tandem-relay", mixinStandardHelpOptions = true, version = "Tandem relay 0.2",
        description = "Runs the Tandem SSH relay, where technicians and customers meet by session code.",
        subcommands = RelayMain.AddTechnician.class)
public final class RelayMain implements Callable<Integer> {
    private static final RelaySettings DEFAULTS = RelaySettings.defaults();

    @Option(names = "--listen", paramLabel = "HOST:PORT", converter = ListenAddressConverter.class,
            description = "Address and port to listen on; port 0 picks a free one (default: "
                    + "127.0.0.1:4022, or 'listen' in relay.conf).")
    ListenAddress listen;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with the host key, the technicians file, relay.conf and the audit log"
                    + " (default: ${DEFAULT-VALUE}).")
    Path data = DEFAULTS.dataDir();

    @Option(names = "--metrics", paramLabel = "HOST:PORT", converter = ListenAddressConverter.class,
            description = "Serve Prometheus metrics on http://HOST:PORT/metrics (default: off, or 'metrics' in relay.conf).")
    ListenAddress metrics;

    @Option(names = "--check-config", description = "Check relay.conf and the flags, print the settings, and exit.")
    boolean checkConfig;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new RelayMain());
    }

    /** The settings from the defaults, relay.conf and the flags, in that order. */
    RelaySettings settings() throws IOException {
        RelaySettings base = DEFAULTS.withDataDir(data.toAbsolutePath());
        RelaySettings settings = RelayConfigFile.apply(base.configFile(), base);
        if (listen != null) {
            settings = settings.withListen(listen);
        }
        if (metrics != null) {
            settings = settings.withMetrics(Optional.of(metrics));
        }
        return settings;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RelaySettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("tandem-relay: " + e.getMessage());
            return 2;
        }
        long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (checkConfig) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("# " + settings.configFile() + " is valid; the relay would run with:");
            RelayConfigFile.describe(settings).forEach(out::println);
            out.println("# heap limit of this JVM: " + heapMiB + " MiB");
            out.flush();
            return 0;
        }
        err.println("Relay settings (from defaults, " + settings.configFile() + " and flags):");
        RelayConfigFile.describe(settings).forEach(line -> err.println("  " + line));
        err.println("  heap limit: " + heapMiB + " MiB" + (heapMiB > 2048 ? " (no -Xmx given? set one: the relay"
                + " needs about 64 KiB per paired session)" : ""));
        err.flush();
        RelayServer server = RelayServer.start(settings);
        RelayMetrics metricsServer = settings.metrics().isPresent() ? RelayMetrics.start(settings.metrics().get(), server) : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (metricsServer != null) {
                metricsServer.close();
            }
            stopped.countDown();
        }, "tandem-relay-shutdown"));
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("Tandem relay listening on " + hostPort(server) + ", host key " + server.hostKeyFingerprint());
        if (metricsServer != null) {
            err.println("Metrics on http://" + metricsServer.address() + "/metrics");
            err.flush();
        }
        stopped.await();
        return 0;
    }

    private static String hostPort(RelayServer server) {
        String host = server.address().getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.address().getPort();
    }

    /** {@code tandem-relay add-technician KEY-LINE}: lists a technician's key; a running relay picks it up. */
    @Command(name = "add-technician", mixinStandardHelpOptions = true,
            description = "Adds a technician's public key line (e.g. the content of id_ed25519.pub, ending with the"
                    + " technician's name) to the technicians file. A running relay uses it at once.")
    static final class AddTechnician implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "KEY-LINE", description = "ssh-ed25519 AAAA... name")
        List<String> keyLine;

        @Option(names = "--data", paramLabel = "DIR", description = "The relay's data folder (default: ${DEFAULT-VALUE}).")
        Path data = DEFAULTS.dataDir();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TechniciansFile file = new TechniciansFile(data.toAbsolutePath().resolve(RelaySettings.TECHNICIANS_FILE));
            try {
                TechnicianKey added = file.add(String.join(" ", keyLine));
                spec.commandLine().getOut().println("Added " + added.name() + " (" + added.fingerprint() + ") to "
                        + file.path());
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("tandem-relay: not added: " + e.getMessage());
                return 2;
            }
        }
    }

    static final class ListenAddressConverter implements CommandLine.ITypeConverter<ListenAddress> {
        @Override
        public ListenAddress convert(String value) {
            try {
                return ListenAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
