package org.tandem.bench.desktop;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/** Waits for a byte counter to start moving and then to settle: the end of a first full frame. */
final class WireWatch {
    private static final long STEP_MILLIS = 100;

    private WireWatch() {}

    /**
     * Waits until at least {@code atLeast} bytes have passed since {@code start} and fewer than
     * {@code quietBytes} passed in the last {@code quietMillis}; returns the bytes since
     * {@code start}.
     */
    static long awaitSettled(LongSupplier counter, long start, long atLeast, long quietBytes, long quietMillis,
            long timeoutMillis) throws IOException, InterruptedException {
        ArrayDeque<long[]> history = new ArrayDeque<>();
        long began = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            long bytes = counter.getAsLong();
            history.addLast(new long[] {now, bytes});
            while (now - history.peekFirst()[0] > quietMillis * 1_000_000L) {
                history.removeFirst();
            }
            boolean windowFull = now - began >= quietMillis * 1_000_000L;
            if (bytes - start >= atLeast && windowFull && bytes - history.peekFirst()[1] < quietBytes) {
                return bytes - start;
            }
            if (now - began > timeoutMillis * 1_000_000L) {
                throw new IOException("The first picture did not arrive and settle within " + timeoutMillis / 1000
                        + " s (" + (bytes - start) + " bytes so far)");
            }
            Thread.sleep(STEP_MILLIS);
        }
    }
}
