package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EchoTraceTest {
    private static final long MS = 1_000_000;

    @Test
    void eachPartOfTheEchoIsSummedUpByItsMedian() {
        EchoTrace trace = new EchoTrace();
        for (int i = 1; i <= 10; i++) {
            long injected = 1000 * MS * i;
            long look = injected + i * MS; // waited 1..10 ms
            trace.record(injected, look, look + 2 * MS, look + 5 * MS, look + 6 * MS);
        }

        assertEquals("10 inputs shown: injected to sent p50 11.0 ms, p90 15.0 ms (waiting for the drawing p50 5.0, "
                + "capturing 2.0, encoding 3.0, sending 1.0 ms)", trace.summary());
    }

    @Test
    void theFirstFrameAfterInputIsItsEchoTimedFromTheFirstInputStillAwaited() {
        EchoTrace trace = new EchoTrace();
        trace.injected(0);
        trace.injected(4 * MS); // a second key before the first showed

        trace.shown(5 * MS, 6 * MS, 7 * MS, 8 * MS);
        trace.shown(20 * MS, 21 * MS, 22 * MS, 23 * MS); // a frame nobody's input caused

        assertEquals(1, trace.count());
        assertEquals("1 inputs shown: injected to sent p50 8.0 ms, p90 8.0 ms (waiting for the drawing p50 5.0, "
                + "capturing 1.0, encoding 1.0, sending 1.0 ms)", trace.summary());
    }

    @Test
    void anInputThatShowedNothingIsNoEcho() {
        EchoTrace trace = new EchoTrace();
        trace.injected(0);

        trace.awaiting(false);
        trace.shown(500 * MS, 501 * MS, 502 * MS, 503 * MS);

        assertEquals(0, trace.count());
    }

    @Test
    void nothingRecordedSaysNothing() {
        EchoTrace trace = new EchoTrace();
        trace.record(0, 1, 2, 3, 4);

        trace.clear();

        assertEquals("", trace.summary());
    }
}
