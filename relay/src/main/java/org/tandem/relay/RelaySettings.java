package org.tandem.relay;

import java.nio.file.Path;
import org.tandem.shared.config.DataDirectories;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.tandem.shared.relay.RelayProtocol;

/**
 * Everything the relay can be told, with its defaults in one place.
 *
 * @param listen where to accept SSH connections
 * @param dataDir holds the host key and the technicians file
 * @param nameplateLifetime how long a nameplate waits for a customer
 * @param idleTimeout an SSH session with no traffic at all for this long is closed; longer than
 *     the nameplate lifetime, so a waiting technician is not cut off first
 * @param windowSize the SSH window of each channel: at most this many bytes are in flight to the
 *     relay per direction, which bounds its memory per session
 * @param writeStallLimit how long a paired channel may refuse data before the relay gives up
 * @param maxJoinAttempts unknown nameplates a customer may try on one channel
 */
public record RelaySettings(
        ListenAddress listen,
        Path dataDir,
        Duration nameplateLifetime,
        Duration idleTimeout,
        int windowSize,
        Duration writeStallLimit,
        int maxJoinAttempts) {

    public static final String HOST_KEY_FILE = "host_ed25519";
    public static final String TECHNICIANS_FILE = "technicians";

    public RelaySettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(dataDir, "dataDir");
        requirePositive(nameplateLifetime, "nameplateLifetime");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(writeStallLimit, "writeStallLimit");
        if (idleTimeout.compareTo(nameplateLifetime) <= 0) {
            throw new IllegalArgumentException("The idle timeout (" + idleTimeout
                    + ") must be longer than the nameplate lifetime (" + nameplateLifetime + ")");
        }
        if (windowSize < 32 * 1024 || windowSize > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("The window size must be 32 KiB to 16 MiB, got " + windowSize);
        }
        if (maxJoinAttempts < 1) {
            throw new IllegalArgumentException("maxJoinAttempts must be at least 1, got " + maxJoinAttempts);
        }
    }

    public static RelaySettings defaults() {
        return new RelaySettings(
                new ListenAddress("127.0.0.1", RelayProtocol.DEFAULT_PORT),
                defaultDataDir(System.getenv(), System.getProperty("user.home")),
                Duration.ofMinutes(10),
                Duration.ofMinutes(30),
                256 * 1024,
                Duration.ofMinutes(2),
                5);
    }

    /** {@code $XDG_DATA_HOME/tandem/relay}, or {@code ~/.local/share/tandem/relay}. */
    static Path defaultDataDir(Map<String, String> env, String home) {
        return DataDirectories.defaultFor("relay", env, Path.of(home));
    }

    public RelaySettings withListen(ListenAddress value) {
        return new RelaySettings(value, dataDir, nameplateLifetime, idleTimeout, windowSize, writeStallLimit, maxJoinAttempts);
    }

    public RelaySettings withDataDir(Path value) {
        return new RelaySettings(listen, value, nameplateLifetime, idleTimeout, windowSize, writeStallLimit, maxJoinAttempts);
    }

    public RelaySettings withNameplateLifetime(Duration value) {
        return new RelaySettings(listen, dataDir, value, idleTimeout, windowSize, writeStallLimit, maxJoinAttempts);
    }

    public Path hostKeyFile() {
        return dataDir.resolve(HOST_KEY_FILE);
    }

    public Path techniciansFile() {
        return dataDir.resolve(TECHNICIANS_FILE);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
