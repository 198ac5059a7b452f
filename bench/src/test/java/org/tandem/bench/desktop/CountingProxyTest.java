package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
