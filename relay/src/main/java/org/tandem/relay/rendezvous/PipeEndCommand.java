package org.tandem.relay.rendezvous;

import java.io.IOException;
import org.apache.sshd.common.io.IoOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.channel.RelayChannelSession;
import org.tandem.relay.pipe.AsyncPipe;
import org.tandem.relay.pipe.ChannelWriter;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;

/**
 * The writing side of a command whose channel becomes one end of an {@link AsyncPipe}: the
 * channel's writer, through which envelope lines go out before pairing and piped data after it,
 * and the window it releases as the peer's data drains. A write that fails closes the pipe, or
 * the channel while it has none.
 */
abstract class PipeEndCommand extends DataReceiverCommand implements AsyncPipe.End {
    /** The channel's own logger, so that the relay's log reads as before. */
    private static final Logger LOG = LoggerFactory.getLogger(RendezvousSubsystem.class);
    static final RelayMessageCodec CODEC = new RelayMessageCodec();
    private static final Runnable NOTHING = () -> { };

    private final RelayChannelSession channel;
    private ChannelWriter writer;
    private volatile AsyncPipe pipe;

    PipeEndCommand(RelayChannelSession channel) {
        this.channel = channel;
    }

    final RelayChannelSession channel() {
        return channel;
    }

    /** Who is on the other side of the channel, for the log. */
    abstract String who();

    /** Ends the command and the channel, at most once. */
    abstract void closeChannel();

    /** SSH EOF from the client, or the channel closing. */
    @Override
    public abstract void close();

    @Override
    public final void setIoOutputStream(IoOutputStream out) {
        this.writer = new ChannelWriter(out, new ChannelWriter.Target() {
            @Override
            public void endOfData() throws IOException {
                channel.sendEndOfData();
            }

            @Override
            public void failed(IOException e) {
                LOG.debug("Writing to {} failed: {}", who(), e.toString());
                AsyncPipe paired = pipe;
                if (paired != null) {
                    paired.close();
                } else {
                    close();
                }
            }
        });
    }

    // AsyncPipe.End

    @Override
    public final ChannelWriter writer() {
        return writer;
    }

    @Override
    public final void closeEnd() {
        closeChannel();
    }

    @Override
    public final void releaseWindow(int bytes) {
        try {
            channel.getLocalWindow().release(bytes);
        } catch (IOException e) {
            LOG.debug("Window adjust to {} failed: {}", who(), e.toString());
            closeChannel();
        }
    }

    final long queuedBytes() {
        ChannelWriter current = writer;
        return current == null ? 0 : current.queuedBytes();
    }

    /** The pipe this channel is an end of, or null before pairing. */
    final AsyncPipe pipe() {
        return pipe;
    }

    /** Under the service lock: this channel becomes an end of {@code paired}. */
    final void endOf(AsyncPipe paired) {
        pipe = paired;
    }

    final void writeLine(RelayMessage message) {
        writer.write(CODEC.encode(message), NOTHING);
    }
}
