package org.tandem.e2e;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.tandem.shared.relay.client.RelayLink;

/**
 * Keeps a copy of every byte that crosses a relay link in either direction: exactly what the relay
 * pipes between the two ends, so a test can look at it the way the relay could.
 */
final class RecordingLink implements RelayLink {
    private final RelayLink link;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final InputStream input;
    private final OutputStream output;

    RecordingLink(RelayLink link) {
        this.link = link;
        this.input = new FilterInputStream(link.input()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    record(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    record(buffer, offset, n);
                }
                return n;
            }
        };
        this.output = new FilterOutputStream(link.output()) {
            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                record(buffer, offset, length);
                out.write(buffer, offset, length);
            }

            @Override
            public void write(int b) throws IOException {
                record(new byte[] {(byte) b}, 0, 1);
                out.write(b);
            }
        };
    }

    private synchronized void record(byte[] buffer, int offset, int length) {
        seen.write(buffer, offset, length);
    }

    synchronized byte[] seen() {
        return seen.toByteArray();
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
        return link.isOpen();
    }

    @Override
    public void close() {
        link.close();
    }
}
