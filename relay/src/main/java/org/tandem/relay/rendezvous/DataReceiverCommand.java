package org.tandem.relay.rendezvous;

import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.common.io.IoInputStream;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.command.AsyncCommandStreamsAware;
import org.apache.sshd.server.command.Command;

/**
 * The SSHD side of a command that is its channel's data receiver: data arrives through
 * {@code data()}, never through a stream, so of the streams SSHD offers only the asynchronous
 * output and error streams are kept.
 */
abstract class DataReceiverCommand implements Command, AsyncCommandStreamsAware, ChannelDataReceiver {
    private volatile IoOutputStream err;
    private volatile ExitCallback exitCallback;

    @Override
    public final void setIoErrorStream(IoOutputStream err) {
        this.err = err;
    }

    @Override
    public final void setIoInputStream(IoInputStream in) {
        // never called: the command is the channel's data receiver itself
    }

    @Override
    public final void setInputStream(InputStream in) {
        // data arrives through data(), never through a stream
    }

    @Override
    public final void setOutputStream(OutputStream out) {
        // writes go through setIoOutputStream's stream
    }

    @Override
    public final void setErrorStream(OutputStream err) {
        // the extended data stream is set through setIoErrorStream
    }

    @Override
    public final void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    /** The extended data stream, or null before SSHD set it. */
    final IoOutputStream errorStream() {
        return err;
    }

    /** SSHD's callback for the command's end, or null when none was set. */
    final ExitCallback exitCallback() {
        return exitCallback;
    }
}
