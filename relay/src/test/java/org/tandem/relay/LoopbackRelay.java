package org.tandem.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.ssh.Ed25519Keys;

/** A relay on 127.0.0.1 with a free port and its own data folder, for loopback tests. */
final class LoopbackRelay implements AutoCloseable {
    /** How long any single step of a loopback test may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RelayServer server;
    private final Path dir;

    private LoopbackRelay(RelayServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    static LoopbackRelay start(Path dir) throws IOException {
        return start(dir, settings -> settings);
    }

    static LoopbackRelay start(Path dir, UnaryOperator<RelaySettings> adjust) throws IOException {
        RelaySettings settings = RelaySettings.defaults()
                .withListen(new ListenAddress("127.0.0.1", 0))
                .withDataDir(dir.resolve("relay"));
        return new LoopbackRelay(RelayServer.start(adjust.apply(settings)), dir);
    }

    RelayAddress address() {
        return new RelayAddress("127.0.0.1", server.address().getPort());
    }

    int port() {
        return server.address().getPort();
    }

    RelayServer server() {
        return server;
    }

    /** Makes a key for a technician, stored as OpenSSH files, and lists it on the relay. */
    KeyPair addTechnician(String name) throws IOException {
        KeyPair key = Ed25519Keys.loadOrCreate(technicianKeyFile(name));
        Files.writeString(dir.resolve("relay").resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(key.getPublic(), name) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return key;
    }

    /** Where {@link #addTechnician} keeps a technician's private key. */
    Path technicianKeyFile(String name) {
        return dir.resolve("technicians").resolve(name + "_ed25519");
    }

    @Override
    public void close() {
        server.close();
    }
}
