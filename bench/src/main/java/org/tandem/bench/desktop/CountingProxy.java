package org.tandem.bench.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that counts the bytes it passes each way: put between a viewer and what
 * it views, it measures what the two send on the wire. Each direction is copied as it arrives, with
 * Nagle's algorithm off on both sockets, so the proxy adds no waiting of its own; or, given a
 * {@link LinkShape}, at the link's rate and after its delay, as a home connection would carry it.
 */
final class CountingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final AtomicLong toTarget = new AtomicLong();
    private final AtomicLong fromTarget = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final LinkShape link;

    private CountingProxy(ServerSocket server, InetSocketAddress target, LinkShape link) {
        this.server = server;
        this.target = target;
        this.link = link;
    }

    /** Listens on a free loopback port and forwards every connection to {@code target} as it comes. */
    static CountingProxy start(String name, InetSocketAddress target) throws IOException {
        return start(name, target, null);
    }

    /**
     * Listens on a free loopback port and forwards every connection to {@code target}, each way at
     * the rate and after the delay of {@code link} (null: as it comes).
     */
    static CountingProxy start(String name, InetSocketAddress target, LinkShape link) throws IOException {
        ServerSocket server = new ServerSocket();
        if (link != null) {
            // Loopback's buffers hold megabytes; a shaped link keeps its queue in ShapedPump, not in the kernel.
            server.setReceiveBufferSize(ShapedPump.SOCKET_BUFFER);
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        CountingProxy proxy = new CountingProxy(server, target, link);
        daemon(name + "-accept", proxy::acceptLoop);
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Bytes so far, both ways, as one reading. */
    Bytes bytes() {
        return new Bytes(toTarget.get(), fromTarget.get());
    }

    /** Bytes that passed: from the client to the target, from the target to the client. */
    record Bytes(long toTarget, long fromTarget) {
        long total() {
            return toTarget + fromTarget;
        }

        Bytes minus(Bytes earlier) {
            return new Bytes(toTarget - earlier.toTarget, fromTarget - earlier.fromTarget);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                if (link != null) {
                    upstream.setReceiveBufferSize(ShapedPump.SOCKET_BUFFER);
                    upstream.setSendBufferSize(ShapedPump.SOCKET_BUFFER);
                    client.setSendBufferSize(ShapedPump.SOCKET_BUFFER);
                }
                upstream.connect(target, 10_000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                if (link == null) {
                    daemon("proxy-up", () -> pump(client, upstream, toTarget));
                    daemon("proxy-down", () -> pump(upstream, client, fromTarget));
                } else {
                    ShapedPump.start(client, upstream, toTarget, link);
                    ShapedPump.start(upstream, client, fromTarget, link);
                }
            } catch (IOException e) {
                // closed, or the target refused this one connection: the client sees it closed
            }
        }
    }

    private static void pump(Socket from, Socket to, AtomicLong counter) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                // Counted before it is passed on: whoever has received the bytes can already read them in the count.
                counter.addAndGet(n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side closed: close the other below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(CountingProxy::closeQuietly);
    }
}
