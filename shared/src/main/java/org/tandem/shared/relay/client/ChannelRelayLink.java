package org.tandem.shared.relay.client;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code tandem} channel after pairing: the same streams, now carrying opaque bytes. The
 * relay's only word after pairing, {@code closing}, comes on the channel's extended data stream.
 */
final class ChannelRelayLink implements RelayLink {
    private final RelayConnection connection;
    private final InputStream input;
    private final OutputStream output;
    private final RelayNotes notes;

    ChannelRelayLink(RelayConnection connection, InputStream input, OutputStream output, RelayNotes notes) {
        this.connection = connection;
        this.input = input;
        this.output = output;
        this.notes = notes;
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
    public void heartbeatsTakeOver() {
        connection.keepaliveRests();
    }

    @Override
    public boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public boolean relayClosing() {
        return notes.saidClosing();
    }

    @Override
    public void close() {
        connection.close();
    }
}
