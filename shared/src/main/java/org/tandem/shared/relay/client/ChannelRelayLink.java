package org.tandem.shared.relay.client;

import java.io.InputStream;
import java.io.OutputStream;

/** The {@code tandem} channel after pairing: the same streams, now carrying opaque bytes. */
final class ChannelRelayLink implements RelayLink {
    private final RelayConnection connection;
    private final InputStream input;
    private final OutputStream output;

    ChannelRelayLink(RelayConnection connection, InputStream input, OutputStream output) {
        this.connection = connection;
        this.input = input;
        this.output = output;
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        connection.close();
    }
}
