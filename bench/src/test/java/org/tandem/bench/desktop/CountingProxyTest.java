package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CountingProxyTest {

    @Test
    void countsWhatPassesEachWayAndPassesItUnchanged() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                CountingProxy proxy = CountingProxy.start("test",
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()))) {
            // The far end answers every 1000 bytes with 10.
            CompletableFuture<Void> far = CompletableFuture.runAsync(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                    for (int i = 0; i < 3; i++) {
                        in.readNBytes(1000);
                        out.write(new byte[10]);
                        out.flush();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] message = new byte[1000];
            message[999] = 42;
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                for (int i = 0; i < 3; i++) {
                    client.getOutputStream().write(message);
                    assertArrayEquals(new byte[10], client.getInputStream().readNBytes(10));
                }
            }
            far.get(10, TimeUnit.SECONDS);

            CountingProxy.Bytes bytes = proxy.bytes();
            assertEquals(3000, bytes.toTarget());
            assertEquals(30, bytes.fromTarget());
            assertEquals(3030, bytes.total());
            assertEquals(new CountingProxy.Bytes(2000, 20), bytes.minus(new CountingProxy.Bytes(1000, 10)));
        }
    }

    @Test
    void aShapedLinkCarriesNoFasterThanItsRateAndNoSoonerThanItsDelay() throws Exception {
        LinkShape link = new LinkShape(400, 50); // 50 KB/s, 100 ms of round trip
        byte[] message = new byte[40_000];
        new java.util.Random(7).nextBytes(message);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                CountingProxy proxy = CountingProxy.start("test",
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), link)) {
            // The far end answers a byte for a byte, then reads the message and says how much it got.
            CompletableFuture<byte[]> far = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                    out.write(in.read());
                    out.flush();
                    byte[] got = in.readNBytes(message.length);
                    out.write(1);
                    out.flush();
                    return got;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
                long start = System.nanoTime();
                client.getOutputStream().write(9);
                assertEquals(9, client.getInputStream().read());
                long roundTrip = System.nanoTime() - start;

                start = System.nanoTime();
                client.getOutputStream().write(message);
                assertEquals(1, client.getInputStream().read());
                long carried = System.nanoTime() - start;

                assertTrue(roundTrip >= 100_000_000L, "a round trip takes both delays at least: " + roundTrip / 1e6 + " ms");
                assertTrue(carried >= 800_000_000L + 100_000_000L,
                        "40,000 bytes at 400 kbit/s take 0.8 s on the wire, and a round trip: " + carried / 1e6 + " ms");
            }
            assertArrayEquals(message, far.get(10, TimeUnit.SECONDS), "what was sent arrives whole and in order");
            assertEquals(new CountingProxy.Bytes(40_001, 2), proxy.bytes());
        }
    }
}
