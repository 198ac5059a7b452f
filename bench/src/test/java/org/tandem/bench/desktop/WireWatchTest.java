package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WireWatchTest {

    /** Time that moves only when the watch waits. */
    private static final class SteppedTime implements WireWatch.Ticker {
        long nanos;

        @Override
        public long nanos() {
            return nanos;
        }

        @Override
        public void sleep(long millis) {
            nanos += millis * 1_000_000L;
        }
    }

    @Test
    void countsTheBytesOfAPictureThatArrivesAndSettles() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        // 10,000 bytes more at each of the first five looks (one every 100 ms), then nothing.
        long bytes = WireWatch.awaitSettled(() -> 500 + 10_000L * Math.min(looks.getAndIncrement(), 5),
                500, 10_000, 2_048, 400, 10_000, new SteppedTime());

        assertEquals(50_000, bytes);
    }

    @Test
    void waitsOutAPauseShorterThanTheQuietTime() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        // 10,000 bytes, 300 ms of nothing, then 10,000 more: the pause is not the end of the picture.
        long bytes = WireWatch.awaitSettled(() -> {
            int look = looks.getAndIncrement();
            return look == 0 ? 0 : look < 4 ? 10_000 : 20_000;
        }, 0, 10_000, 2_048, 400, 10_000, new SteppedTime());

        assertEquals(20_000, bytes);
    }

    @Test
    void givesUpWhenNothingArrives() {
        IOException e = assertThrows(IOException.class,
                () -> WireWatch.awaitSettled(() -> 0, 0, 10_000, 2_048, 200, 1_000, new SteppedTime()));
        assertEquals("The first picture did not arrive and settle within 1 s (0 bytes so far)", e.getMessage());
    }
}
