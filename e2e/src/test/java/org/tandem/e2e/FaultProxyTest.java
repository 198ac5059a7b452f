package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tandem.shared.relay.client.RelayAddress;

/** The fault proxy does to the bytes exactly the fault asked for, and nothing else. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FaultProxyTest {
    private ServerSocket server;
    private FaultProxy proxy;
    private Socket app;
    private Socket relay;

    @BeforeEach
    void connectThroughTheProxy() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        proxy = FaultProxy.start(new RelayAddress("127.0.0.1", server.getLocalPort()));
        app = new Socket(proxy.address().host(), proxy.address().port());
        relay = server.accept();
    }

    @AfterEach
    void closeAll() throws IOException {
        app.close();
        relay.close();
        proxy.close();
        server.close();
    }

    @Test
    void bytesPassUnchangedBothWays() throws IOException {
        app.getOutputStream().write(pattern(10_000));
        assertArrayEquals(pattern(10_000), relay.getInputStream().readNBytes(10_000));
        relay.getOutputStream().write(pattern(300));
        assertArrayEquals(pattern(300), app.getInputStream().readNBytes(300));
    }

    @Test
    void aCorruptionFlipsExactlyTheLastByteOfTheNextBytes() throws Exception {
        var corrupted = proxy.corruptNextByte(Direction.TO_APP);
        relay.getOutputStream().write(pattern(100));
        byte[] got = app.getInputStream().readNBytes(100);
        long arrived = System.nanoTime();
        // The fault's time is never later than its effect: an app that reports at once must not seem to
        // have reported before the fault.
        assertTrue(corrupted.get(5, TimeUnit.SECONDS) <= arrived, "timed as the bytes went out, not after");
        int differing = 0;
        for (int i = 0; i < got.length; i++) {
            differing += got[i] == pattern(100)[i] ? 0 : 1;
        }
        assertEquals(1, differing);
        // The last byte of a write: in SSH, the tag of the packet that ends there, never its length field.
        assertEquals((byte) (pattern(100)[99] ^ 0xFF), got[99], "the last byte is the one flipped");
        relay.getOutputStream().write(pattern(100));
        assertArrayEquals(pattern(100), app.getInputStream().readNBytes(100), "only once");
    }

    @Test
    void aDuplicateSendsTheNextSegmentTwice() throws Exception {
        var duplicated = proxy.duplicateNextSegment(Direction.TO_RELAY);
        app.getOutputStream().write(pattern(50));
        byte[] got = relay.getInputStream().readNBytes(100);
        assertTrue(duplicated.get(5, TimeUnit.SECONDS) > 0);
        assertArrayEquals(pattern(50), Arrays.copyOfRange(got, 0, 50));
        assertArrayEquals(pattern(50), Arrays.copyOfRange(got, 50, 100));
    }

    @Test
    void aCutClosesBothEnds() throws IOException {
        proxy.cut();
        assertEquals(-1, app.getInputStream().read());
        assertEquals(-1, relay.getInputStream().read());
    }

    @Test
    void aStallHoldsTheBytesUntilResumedAndLosesNone() throws Exception {
        proxy.stall();
        app.getOutputStream().write(pattern(100));
        relay.setSoTimeout(300);
        InputStream in = relay.getInputStream();
        assertTrue(timesOut(in), "nothing passes a stalled proxy");
        proxy.resume();
        relay.setSoTimeout(0);
        assertArrayEquals(pattern(100), in.readNBytes(100));
    }

    @Test
    void aShapedLinkDelaysAndPacesTheBytes() throws IOException {
        proxy.shape(new LinkShape(256_000, Duration.ofMillis(200)));
        long start = System.nanoTime();
        app.getOutputStream().write(pattern(16_000)); // 128 000 bits: half a second at 256 kbit/s
        assertArrayEquals(pattern(16_000), relay.getInputStream().readNBytes(16_000));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofMillis(650)) >= 0, "0.5 s to send and 0.2 s on the way: " + took);
    }

    @Test
    void bytesKeepTheirOrderWhenTheShapeChangesUnderThem() throws IOException {
        app.setTcpNoDelay(true);
        proxy.shape(new LinkShape(256_000, Duration.ofMillis(200)));
        app.getOutputStream().write(pattern(4_000));
        proxy.shape(LinkShape.UNSHAPED); // what comes now is due when the slow bytes ahead of it are
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.writeBytes(pattern(4_000));
        for (int i = 0; i < 100; i++) {
            byte[] small = {(byte) i, (byte) (i + 1), (byte) (i + 2)};
            app.getOutputStream().write(small);
            sent.writeBytes(small);
        }
        assertArrayEquals(sent.toByteArray(), relay.getInputStream().readNBytes(sent.size()));
    }

    private static boolean timesOut(InputStream in) throws IOException {
        try {
            in.read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
