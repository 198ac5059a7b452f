package org.tandem.shared.relay.client;

import java.io.IOException;

/**
 * The relay presented another host key than the one on record for its address, so the client
 * refused it: someone may be posing as the relay, or its operator replaced the key.
 */
public final class RelayHostKeyChangedException extends IOException {
    public RelayHostKeyChangedException(String message) {
        super(message);
    }
}
