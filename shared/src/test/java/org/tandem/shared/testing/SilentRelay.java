package org.tandem.shared.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tandem.shared.relay.client.RelayAddress;

/**
 * A relay's address that swallows what it is sent: a plain listener on loopback that accepts TCP
 * connections and never says a word of SSH, as behind a firewall or a proxy that holds connections
 * open. Tests reach it with the real relay client, then check what became of each connection.
 */
public final class SilentRelay implements AutoCloseable {
    private final ServerSocket server;
    private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    private final List<Socket> all = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentRelay(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::acceptAll, "silent-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on a free port of 127.0.0.1. */
    public static SilentRelay start() throws IOException {
        return new SilentRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    }

    public RelayAddress address() {
        return new RelayAddress("127.0.0.1", server.getLocalPort());
    }

    /**
     * The next connection a client made, once it arrived.
     *
     * @throws AssertionError when none came within {@code limit}
     */
    public Socket awaitConnection(Duration limit) throws InterruptedException {
        Socket next = accepted.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new AssertionError("No client connected to the silent relay within " + limit.toMillis() + " ms");
        }
        return next;
    }

    /**
     * Whether the client closed {@code connection} within {@code limit}: what it sends meanwhile (its
     * SSH greeting) is read and dropped until the end of its stream.
     */
    public static boolean closedByClient(Socket connection, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        InputStream in = connection.getInputStream();
        byte[] sink = new byte[4096];
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            connection.setSoTimeout((int) Math.max(1, left));
            try {
                if (in.read(sink) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true; // reset by the client: closed as well
            }
        }
    }

    /**
     * The relay answers at last, late: its SSH greeting on {@code connection}. Quietly nothing when the
     * client has gone already.
     */
    public static void answerLate(Socket connection) {
        try {
            OutputStream out = connection.getOutputStream();
            out.write("SSH-2.0-LateRelay\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the client closed the connection: there is nobody to answer
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : all) {
            socket.close();
        }
        acceptor.interrupt();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                all.add(socket);
                accepted.add(socket);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** The stack frames of live threads that run {@code method} of {@code type}, e.g. a connect still waiting. */
    public static List<String> threadsIn(Class<?> type, String method) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().isAlive())
                .filter(entry -> java.util.Arrays.stream(entry.getValue()).anyMatch(frame ->
                        frame.getClassName().equals(type.getName()) && frame.getMethodName().equals(method)))
                .map(entry -> entry.getKey().getName())
                .toList();
    }
}
