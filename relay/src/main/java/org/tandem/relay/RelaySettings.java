package org.tandem.relay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tandem.relay.limit.RelayLimits;
import org.tandem.shared.config.DataDirectories;
import org.tandem.shared.relay.RelayProtocol;

/**
 * Everything the relay can be told, with its defaults in one place. {@code relay.conf} in the data
 * folder and the command line override them (see {@link RelayConfigFile}).
 *
 * @param listen where to accept SSH connections
 * @param dataDir holds the host key, the technicians file, relay.conf and the audit log
 * @param nameplateLifetime how long a nameplate waits for a customer
 * @param idleTimeout an SSH session with no traffic at all for this long is closed; longer than
 *     the nameplate lifetime, so a waiting technician is not cut off first
 * @param windowSize the SSH window of each channel: at most this many bytes are in flight to the
 *     relay per direction, which bounds its memory per session; and a side sends at most this much
 *     per round trip to the relay, which bounds its rate ({@link #DEFAULT_WINDOW}, decision 0034)
 * @param writeStallLimit how long a paired channel may refuse data before the relay gives up
 * @param maxJoinAttempts joins that lead nowhere a customer may try on one channel
 * @param authTimeout a connection not logged in by then is closed, whatever it sends
 * @param pairingTimeout a logged-in connection that neither paired nor holds a nameplate by then is closed
 * @param limits the rate limits
 * @param metrics where to serve Prometheus metrics; empty for none (the default)
 * @param auditLogMaxBytes the audit log is rotated when it reaches this size
 * @param auditLogFiles rotated audit logs kept besides the current one
 */
public record RelaySettings(
        ListenAddress listen,
        Path dataDir,
        Duration nameplateLifetime,
        Duration idleTimeout,
        int windowSize,
        Duration writeStallLimit,
        int maxJoinAttempts,
        Duration authTimeout,
        Duration pairingTimeout,
        RelayLimits limits,
        Optional<ListenAddress> metrics,
        long auditLogMaxBytes,
        int auditLogFiles) {

    public static final String HOST_KEY_FILE = "host_ed25519";
    public static final String TECHNICIANS_FILE = "technicians";
    public static final String CONFIG_FILE = "relay.conf";
    public static final String AUDIT_LOG_FILE = "audit.jsonl";

    public RelaySettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(metrics, "metrics");
        requirePositive(nameplateLifetime, "nameplateLifetime");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(writeStallLimit, "writeStallLimit");
        requirePositive(authTimeout, "authTimeout");
        requirePositive(pairingTimeout, "pairingTimeout");
        if (idleTimeout.compareTo(nameplateLifetime) <= 0) {
            throw new IllegalArgumentException("The idle timeout (" + idleTimeout
                    + ") must be longer than the nameplate lifetime (" + nameplateLifetime + ")");
        }
        if (authTimeout.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException("The auth timeout is at most 2 minutes, got " + authTimeout);
        }
        if (windowSize < 32 * 1024 || windowSize > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("The window size must be 32 KiB to 16 MiB, got " + windowSize);
        }
        if (maxJoinAttempts < 1) {
            throw new IllegalArgumentException("maxJoinAttempts must be at least 1, got " + maxJoinAttempts);
        }
        if (auditLogMaxBytes < 64 * 1024) {
            throw new IllegalArgumentException("The audit log size must be at least 64 KiB, got " + auditLogMaxBytes);
        }
        if (auditLogFiles < 1 || auditLogFiles > 1000) {
            throw new IllegalArgumentException("Rotated audit logs kept: 1 to 1000, got " + auditLogFiles);
        }
    }

    /**
     * The default SSH window, 256 KiB: a home uplink of 50 Mbit/s at 40 ms from the relay, or 20 Mbit/s
     * at 100 ms, is filled, where 64 KiB held a 20 Mbit/s uplink at 40 ms to a third of its rate
     * (decision 0034). What an idle session costs does not change; a stalled reader makes the relay
     * hold at most this much per direction.
     */
    public static final int DEFAULT_WINDOW = 256 * 1024;

    public static RelaySettings defaults() {
        return new RelaySettings(
                new ListenAddress("127.0.0.1", RelayProtocol.DEFAULT_PORT),
                defaultDataDir(System.getenv(), System.getProperty("user.home")),
                Duration.ofMinutes(10),
                Duration.ofMinutes(30),
                DEFAULT_WINDOW,
                Duration.ofMinutes(2),
                5,
                Duration.ofSeconds(30),
                Duration.ofMinutes(2),
                RelayLimits.defaults(),
                Optional.empty(),
                64L * 1024 * 1024,
                10);
    }

    /** {@code $XDG_DATA_HOME/tandem/relay}, or {@code ~/.local/share/tandem/relay}. */
    static Path defaultDataDir(Map<String, String> env, String home) {
        return DataDirectories.defaultFor("relay", env, Path.of(home));
    }

    public RelaySettings withListen(ListenAddress value) {
        return new RelaySettings(value, dataDir, nameplateLifetime, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, limits, metrics, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withDataDir(Path value) {
        return new RelaySettings(listen, value, nameplateLifetime, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, limits, metrics, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withNameplateLifetime(Duration value) {
        return new RelaySettings(listen, dataDir, value, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, limits, metrics, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withTimeouts(Duration auth, Duration pairing) {
        return new RelaySettings(listen, dataDir, nameplateLifetime, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, auth, pairing, limits, metrics, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withLimits(RelayLimits value) {
        return new RelaySettings(listen, dataDir, nameplateLifetime, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, value, metrics, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withWindowSize(int value) {
        return new RelaySettings(listen, dataDir, nameplateLifetime, idleTimeout, value, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, limits, metrics, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withMetrics(Optional<ListenAddress> value) {
        return new RelaySettings(listen, dataDir, nameplateLifetime, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, limits, value, auditLogMaxBytes, auditLogFiles);
    }

    public RelaySettings withAuditLog(long maxBytes, int files) {
        return new RelaySettings(listen, dataDir, nameplateLifetime, idleTimeout, windowSize, writeStallLimit,
                maxJoinAttempts, authTimeout, pairingTimeout, limits, metrics, maxBytes, files);
    }

    public Path hostKeyFile() {
        return dataDir.resolve(HOST_KEY_FILE);
    }

    public Path techniciansFile() {
        return dataDir.resolve(TECHNICIANS_FILE);
    }

    public Path configFile() {
        return dataDir.resolve(CONFIG_FILE);
    }

    public Path auditLogFile() {
        return dataDir.resolve(AUDIT_LOG_FILE);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
