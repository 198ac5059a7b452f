package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WireWatchTest {

    @Test
    void countsTheBytesOfAPictureThatArrivesAndSettles() throws Exception {
        AtomicLong counter = new AtomicLong(500);
        Thread sender = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                counter.addAndGet(10_000);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sender.start();

        long bytes = WireWatch.awaitSettled(counter::get, 500, 10_000, 2_048, 400, 10_000);

        assertEquals(50_000, bytes);
    }

    @Test
    void givesUpWhenNothingArrives() {
        AtomicLong counter = new AtomicLong();

        IOException e = assertThrows(IOException.class,
                () -> WireWatch.awaitSettled(counter::get, 0, 10_000, 2_048, 200, 1_000));
        assertEquals("The first picture did not arrive and settle within 1 s (0 bytes so far)", e.getMessage());
    }
}
