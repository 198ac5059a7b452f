package org.tandem.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.tandem.shared.relay.client.RelayAddress;

/**
 * A TCP proxy on loopback, between an app and the relay, that does to the connection what real
 * networks do, on command while the session runs: cut it, stall it, slow it down, corrupt a byte,
 * duplicate a segment. It keeps accepting new connections whatever happened to the earlier ones, so
 * an app that reconnects finds it again.
 */
final class FaultProxy implements AutoCloseable {
    /** Every thread of the proxy is named with this, so that leak counts leave the test's own threads out. */
    private static final String THREAD_PREFIX = LeakCheck.TEST_RIG_THREADS + "proxy";

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<ProxiedConnection> connections = new CopyOnWriteArrayList<>();
    private final FaultPlan toRelay = new FaultPlan();
    private final FaultPlan toApp = new FaultPlan();
    private final FlowGate flow = new FlowGate();
    private final AtomicInteger accepted = new AtomicInteger();

    private FaultProxy(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    /** Starts a proxy on a free loopback port that forwards to {@code target}. */
    static FaultProxy start(RelayAddress target) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FaultProxy proxy = new FaultProxy(listener, new InetSocketAddress(target.host(), target.port()));
        Thread acceptor = new Thread(proxy::acceptLoop, THREAD_PREFIX + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    /** Where the app connects instead of the relay. */
    RelayAddress address() {
        return new RelayAddress(listener.getInetAddress().getHostAddress(), listener.getLocalPort());
    }

    /** Closes every connection through the proxy, both directions, at once. New connections are still accepted. */
    long cut() {
        long at = System.nanoTime();
        connections.forEach(ProxiedConnection::close);
        return at;
    }

    /** Stops forwarding in both directions; the sockets stay open, as when a router hangs. */
    long stall() {
        flow.stop();
        return System.nanoTime();
    }

    /** Forwards again after {@link #stall()}. */
    void resume() {
        flow.open();
    }

    /** Shapes both directions: a rate and a delay each way, as on a poor mobile link. */
    void shape(LinkShape shape) {
        toRelay.shape(shape);
        toApp.shape(shape);
    }

    /**
     * Flips one byte in the next bytes forwarded in {@code direction}.
     *
     * @return completes with {@link System#nanoTime()} as the altered bytes were about to be written
     */
    CompletableFuture<Long> corruptNextByte(Direction direction) {
        return plan(direction).corruptNext();
    }

    /**
     * Forwards the next segment in {@code direction} twice.
     *
     * @return completes with {@link System#nanoTime()} as the copy was about to be written
     */
    CompletableFuture<Long> duplicateNextSegment(Direction direction) {
        return plan(direction).duplicateNext();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        flow.open();
        connections.forEach(ProxiedConnection::close);
    }

    private FaultPlan plan(Direction direction) {
        return direction == Direction.TO_RELAY ? toRelay : toApp;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket app;
            try {
                app = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            int id = accepted.incrementAndGet();
            try {
                Socket relay = new Socket();
                relay.connect(target);
                app.setTcpNoDelay(true);
                relay.setTcpNoDelay(true);
                ProxiedConnection connection = new ProxiedConnection(app, relay);
                connections.add(connection);
                connection.start(THREAD_PREFIX + "-" + id, toRelay, toApp, flow);
            } catch (IOException e) {
                closeQuietly(app); // the relay is not there: the app sees its connection refused as closed
            }
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
