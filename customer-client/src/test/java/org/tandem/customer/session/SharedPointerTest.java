package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.PointerMessage;

class SharedPointerTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final SharedPointer pointer = new SharedPointer(10);

    SharedPointerTest() {
        pointer.readFrom(() -> new PointerMessage.Moved(reads.incrementAndGet(), 5, true));
    }

    @Test
    void isReadWithEveryFrameAndBetweenFramesOnlyOnceItsIntervalPassed() {
        assertEquals(1, pointer.read(true, 100).at().x());
        assertEquals(2, pointer.read(true, 101).at().x(), "a frame captured always reads it");
        assertNull(pointer.read(false, 105).at(), "between frames, not before 10 ns passed");
        assertEquals(3, pointer.read(false, 111).at().x());
        assertEquals(3, reads.get(), "the pointer's source was asked only when read");
    }

    @Test
    void isNewsOnlyWhenItMovedFromWhereTheViewerLastSawIt() {
        PointerMessage.Moved here = new PointerMessage.Moved(7, 5, true);
        assertTrue(pointer.moved(here));
        assertFalse(pointer.moved(new PointerMessage.Moved(7, 5, true)), "the same place again");
        assertFalse(pointer.moved(null), "not read");
        pointer.forget();
        assertTrue(pointer.moved(here), "a viewer starting over has not seen it");
    }

    @Test
    void whereTheTechniciansInputPutItIsNoNewsToTheViewer() {
        pointer.putByViewer(30, 40);
        assertFalse(pointer.moved(new PointerMessage.Moved(30, 40, true)), "the console put it there itself");
        assertTrue(pointer.moved(new PointerMessage.Moved(31, 40, true)), "elsewhere (the customer's hand, an edge)");
        assertFalse(pointer.moved(new PointerMessage.Moved(31, 40, true)), "and then seen there");
    }
}
