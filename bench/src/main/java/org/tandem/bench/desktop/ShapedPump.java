package org.tandem.bench.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One direction of a {@link CountingProxy} through a {@link LinkShape}: what is read is cut into
 * packets, each put on the link when the one before has left it and delivered after the link's delay;
 * the link queues at most {@link #QUEUE_PACKETS} packets, a home router's buffer, and the sender waits
 * for room beyond that as TCP would make it wait.
 */
final class ShapedPump {
    /** A packet's payload, as over Ethernet. */
    static final int PACKET = 1_448;
    /** The router's queue: 64 packets, about 93 KB (0.74 s at 1 Mbit/s). */
    static final int QUEUE_PACKETS = 64;
    /** The proxy's own socket buffers: small, so that loopback's kernel buffers do not stand for the link's queue. */
    static final int SOCKET_BUFFER = 32 * 1024;

    private record Packet(byte[] bytes, int length, long deliverAt) {}

    private static final Packet END = new Packet(new byte[0], -1, 0);

    private ShapedPump() {}

    static void start(Socket from, Socket to, AtomicLong counter, LinkShape link) {
        BlockingQueue<Packet> wire = new ArrayBlockingQueue<>(QUEUE_PACKETS);
        CountingProxy.daemon("link-in", () -> send(from, to, counter, link, wire));
        CountingProxy.daemon("link-out", () -> deliver(from, to, wire));
    }

    /** Reads packets and queues each with the moment it reaches the far end. */
    private static void send(Socket from, Socket to, AtomicLong counter, LinkShape link, BlockingQueue<Packet> wire) {
        long linkFreeAt = System.nanoTime();
        try (InputStream in = from.getInputStream()) {
            while (true) {
                byte[] buffer = new byte[PACKET];
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                counter.addAndGet(n);
                long now = System.nanoTime();
                linkFreeAt = Math.max(now, linkFreeAt) + link.nanosToSend(n);
                wire.put(new Packet(buffer, n, linkFreeAt + link.delayNanos()));
            }
        } catch (IOException e) {
            // this side closed: the far side is closed once what is on the link has arrived
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                wire.put(END);
            } catch (InterruptedException e) {
                CountingProxy.closeQuietly(to);
            }
        }
    }

    /** Writes each packet when it arrives; closes both sides after the last. */
    private static void deliver(Socket from, Socket to, BlockingQueue<Packet> wire) {
        try (OutputStream out = to.getOutputStream()) {
            while (true) {
                Packet packet = wire.take();
                if (packet == END) {
                    break;
                }
                for (long wait = packet.deliverAt() - System.nanoTime(); wait > 0; wait = packet.deliverAt() - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                out.write(packet.bytes(), 0, packet.length());
            }
        } catch (IOException e) {
            // the far side closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            CountingProxy.closeQuietly(from);
            CountingProxy.closeQuietly(to);
        }
    }
}
