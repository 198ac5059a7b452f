package org.tandem.customer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tandem.shared.config.DataDirectories;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.relay.client.RelayAddress;

/**
 * Everything the customer client can be told, with its defaults in one place.
 *
 * @param code a session code to fill in at start, when the launcher was given one
 * @param localActivityPause how long the technician's input waits after the customer moves their own mouse
 * @param resumeWindow how long a session whose connection dropped tries to reconnect before it ends (decision 0013;
 *     2 minutes unless told, as {@code SessionResumer.DEFAULT_WINDOW})
 */
public record CustomerSettings(RelayAddress relay, Path dataDir, Optional<String> code, Duration consentTimeout,
        Duration minFrameInterval, Duration localActivityPause, Duration resumeWindow) {

    public CustomerSettings {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(consentTimeout, "consentTimeout");
        Objects.requireNonNull(minFrameInterval, "minFrameInterval");
        Objects.requireNonNull(localActivityPause, "localActivityPause");
        Objects.requireNonNull(resumeWindow, "resumeWindow");
        if (resumeWindow.isNegative() || resumeWindow.isZero()) {
            throw new IllegalArgumentException("The resume window must be positive, got " + resumeWindow);
        }
    }

    public static CustomerSettings defaults() {
        return new CustomerSettings(RelayAddress.parse("127.0.0.1:" + RelayAddress.DEFAULT_PORT),
                DataDirectories.defaultFor("customer"), Optional.empty(), Duration.ofSeconds(60), Duration.ofMillis(15),
                Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /**
     * The organisations whose technicians this client can verify: CA certificates and Tandem's list of
     * them, changed only through {@code tandem customer --trust CA.pem}.
     */
    public Path trustedOrganisationsDir() {
        return dataDir.resolve(TrustedOrganisations.DIRECTORY_NAME);
    }

    /** One folder per session, holding the customer's own log of it. */
    public Path sessionsDir() {
        return dataDir.resolve("sessions");
    }

    /** This installation's own signing key for its session logs. */
    public Path installKeyFile() {
        return dataDir.resolve("install_ed25519");
    }

    public Path knownRelaysFile() {
        return dataDir.resolve("known-relays");
    }
}
