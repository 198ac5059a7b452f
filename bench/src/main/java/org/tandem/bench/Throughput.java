package org.tandem.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Bytes per second through some path: the relay, an OpenSSH forward, or both ends OpenSSH. */
final class Throughput {
    private Throughput() {}

    /**
     * Writes {@code total} zero bytes in {@code chunk}-byte writes, waits until the far side has
     * counted them all, and returns bytes per second from the first write to the last byte counted.
     *
     * @param through what the bytes went through, for the error when some were lost
     */
    static double measure(OutputStream out, Future<Long> counted, long total, int chunk, String through)
            throws Exception {
        long start = System.nanoTime();
        byte[] buffer = new byte[chunk];
        for (long sent = 0; sent < total; sent += buffer.length) {
            out.write(buffer, 0, (int) Math.min(buffer.length, total - sent));
        }
        out.flush();
        long got = counted.get(5, TimeUnit.MINUTES);
        long elapsed = System.nanoTime() - start;
        if (got != total) {
            throw new IOException(through + " passed " + got + " of " + total + " bytes");
        }
        return total / (elapsed / 1e9);
    }
}
