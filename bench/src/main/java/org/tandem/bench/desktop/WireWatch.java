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
        return awaitSettled(counter, start, atLeast, quietBytes, quietMillis, timeoutMillis, Ticker.SYSTEM);
    }

    /** The same, on a given time source (tests step it instead of waiting). */
    static long awaitSettled(LongSupplier counter, long start, long atLeast, long quietBytes, long quietMillis,
            long timeoutMillis, Ticker ticker) throws IOException, InterruptedException {
        ArrayDeque<long[]> history = new ArrayDeque<>();
        long began = ticker.nanos();
        while (true) {
            long now = ticker.nanos();
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
            ticker.sleep(STEP_MILLIS);
        }
    }

    /** Where the watch reads the time and how it waits between two looks at the counter. */
    interface Ticker {
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long millis) throws InterruptedException {
                Thread.sleep(millis);
            }
        };

        long nanos();

        void sleep(long millis) throws InterruptedException;
    }
}
