package org.tandem.shared.session;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.wire.RecordCipher;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.RecordWriter;

/**
 * One connection under a {@link SessionChannel}: the record reader and writer over one pipe with
 * their keys. A session has one at a time; a resumed session gets a new one with new keys.
 */
final class ChannelLink {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelLink.class);

    final RecordReader reader;
    final RecordWriter writer;
    private final Closeable pipe;
    private volatile boolean endSeen;

    ChannelLink(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound) {
        this.reader = new RecordReader(new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return seen(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return seen(super.read(b, off, len));
            }
        }, inbound);
        this.writer = new RecordWriter(out, outbound);
        this.pipe = Objects.requireNonNull(pipe, "pipe");
    }

    /**
     * Whether the pipe's input ended: a record cut short by it is a lost connection, not damaged
     * data, since nothing of it was accepted.
     */
    boolean endSeen() {
        return endSeen;
    }

    private int seen(int result) {
        if (result < 0) {
            endSeen = true;
        }
        return result;
    }

    /** Closes the pipe; a read or write blocked on it fails at once. */
    void close() {
        try {
            pipe.close();
        } catch (IOException e) {
            LOG.debug("Closing the pipe failed", e);
        }
    }
}
