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
 * Nagle's algorithm off on both sockets, so the proxy adds no waiting of its own.
 */
final class CountingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final AtomicLong toTarget = new AtomicLong();
    private final AtomicLong fromTarget = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private CountingProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    /** Listens on a free loopback port and forwards every connection to {@code target}. */
    static CountingProxy start(String name, InetSocketAddress target) throws IOException {
        ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        CountingProxy proxy = new CountingProxy(server, target);
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
                upstream.connect(target, 10_000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(upstream);
                daemon("proxy-up", () -> pump(client, upstream, toTarget));
                daemon("proxy-down", () -> pump(upstream, client, fromTarget));
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

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
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
