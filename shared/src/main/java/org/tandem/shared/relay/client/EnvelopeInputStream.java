package org.tandem.shared.relay.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.sshd.common.channel.ChannelPipedInputStream;

/**
 * The channel input while relay envelope lines are read: every read waits at most until the
 * current deadline. It counts the bytes of a line read so far, so a caller can tell a clean
 * timeout (nothing consumed, the channel still usable) from one in the middle of a line.
 */
final class EnvelopeInputStream extends InputStream {
    private final ChannelPipedInputStream channelInput;
    private Deadline deadline;
    private int consumed;

    EnvelopeInputStream(ChannelPipedInputStream channelInput) {
        this.channelInput = channelInput;
    }

    /** Starts reading one message that must arrive before {@code deadline}. */
    void expectBefore(Deadline deadline) {
        this.deadline = deadline;
        this.consumed = 0;
    }

    /** How many bytes the current message has taken from the channel so far. */
    int consumed() {
        return consumed;
    }

    /** After pairing the channel carries the caller's bytes, which may take any time. */
    InputStream withoutDeadline() {
        channelInput.setTimeout(0);
        return channelInput;
    }

    @Override
    public int read() throws IOException {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new SocketTimeoutException("deadline passed");
        }
        channelInput.setTimeout(Math.max(1, left.toMillis()));
        try {
            int b = channelInput.read();
            if (b >= 0) {
                consumed++;
            }
            return b;
        } catch (SocketException e) {
            if (deadline.hasPassed() || String.valueOf(e.getMessage()).startsWith("Timeout")) {
                SocketTimeoutException timeout = new SocketTimeoutException("deadline passed");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        }
    }

    @Override
    public int available() throws IOException {
        return channelInput.available();
    }
}
