package org.tandem.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.config.DataDirectories;
import org.tandem.shared.relay.client.RelayAddress;

/**
 * Everything the agent console can be told, with its defaults in one place.
 *
 * @param technicianName the name the customer sees
 * @param sessionsAtStart how many sessions to start, each in its tab, as soon as the console opens
 * @param resumeWindow how long a session whose connection dropped tries to reconnect before it ends (decision 0013;
 *     2 minutes unless told, as {@code SessionResumer.DEFAULT_WINDOW})
 */
public record AgentSettings(RelayAddress relay, Path dataDir, String technicianName, int sessionsAtStart,
        Duration customerWait, Duration resumeWindow) {

    public AgentSettings {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(technicianName, "technicianName");
        Objects.requireNonNull(customerWait, "customerWait");
        Objects.requireNonNull(resumeWindow, "resumeWindow");
        if (resumeWindow.isNegative() || resumeWindow.isZero()) {
            throw new IllegalArgumentException("The resume window must be positive, got " + resumeWindow);
        }
        if (sessionsAtStart < 0 || sessionsAtStart > 9) {
            throw new IllegalArgumentException("sessionsAtStart is from 0 to 9");
        }
    }

    public static AgentSettings defaults() {
        String user = System.getProperty("user.name", "Technician");
        return new AgentSettings(RelayAddress.parse("127.0.0.1:" + RelayAddress.DEFAULT_PORT),
                DataDirectories.defaultFor("agent"), user, 0, Duration.ofMinutes(10),
                Duration.ofMinutes(2));
    }

    /** The technician's Ed25519 key: the relay login, and later the signing key. */
    public Path technicianKeyFile() {
        return dataDir.resolve("technician_ed25519");
    }

    public Path knownRelaysFile() {
        return dataDir.resolve("known-relays");
    }
}
