package org.tandem.shared.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.tandem.shared.relay.client.RelayLink;

/** Two relay links joined by a real TCP connection on loopback, for tests that need no relay. */
public final class SocketLinks {
    private SocketLinks() {}

    /** A connected pair: what one side writes, the other reads. */
    public record Pair(RelayLink first, RelayLink second) {}

    public static Pair open() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            Socket accepted = server.accept();
            client.setTcpNoDelay(true);
            accepted.setTcpNoDelay(true);
            return new Pair(new SocketLink(client), new SocketLink(accepted));
        }
    }

    private static final class SocketLink implements RelayLink {
        private final Socket socket;

        SocketLink(Socket socket) {
            this.socket = socket;
        }

        @Override
        public InputStream input() {
            try {
                return socket.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public OutputStream output() {
            try {
                return socket.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean isOpen() {
            return !socket.isClosed();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
