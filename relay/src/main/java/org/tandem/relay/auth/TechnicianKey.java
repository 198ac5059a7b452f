package org.tandem.relay.auth;

import java.security.PublicKey;
import java.util.Objects;

/**
 * One line of the technicians file: a key and the technician it belongs to, named by the line's
 * comment (the name the relay writes into its audit log).
 */
public record TechnicianKey(PublicKey key, String name, String fingerprint) {
    public TechnicianKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
