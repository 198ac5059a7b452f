package org.tandem.relay;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tandem-relay}: runs the relay until it is stopped. */
@Command(name = "tandem-relay", mixinStandardHelpOptions = true, version = "Tandem relay 0.1",
        description = "Runs the Tandem SSH relay, where technicians and customers meet by session code.")
public final class RelayMain implements Callable<Integer> {
    private static final RelaySettings DEFAULTS = RelaySettings.defaults();

    @Option(names = "--listen", paramLabel = "HOST:PORT", converter = ListenAddressConverter.class,
            description = "Address and port to listen on; port 0 picks a free one (default: ${DEFAULT-VALUE}).")
    ListenAddress listen = DEFAULTS.listen();

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with the host key and the technicians file (default: ${DEFAULT-VALUE}).")
    Path data = DEFAULTS.dataDir();

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new RelayMain());
    }

    @Override
    public Integer call() throws Exception {
        RelaySettings settings = DEFAULTS.withListen(listen).withDataDir(data.toAbsolutePath());
        RelayServer server = RelayServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tandem-relay-shutdown"));
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("Tandem relay listening on " + hostPort(server) + ", host key " + server.hostKeyFingerprint());
        stopped.await();
        return 0;
    }

    private static String hostPort(RelayServer server) {
        String host = server.address().getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.address().getPort();
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
