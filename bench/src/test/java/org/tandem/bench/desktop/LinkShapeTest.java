package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkShapeTest {

    @Test
    void readsKilobitsAndTheDelayEachWay() {
        LinkShape link = LinkShape.parse("1000/20");

        assertEquals(1000, link.kilobitsPerSecond());
        assertEquals(20, link.delayMillis());
        assertEquals(20_000_000L, link.delayNanos());
        assertEquals(8_000_000L, link.nanosToSend(1000), "1000 bytes are 8000 bits: 8 ms at 1 Mbit/s");
        assertEquals("1000/20", link.toString());
    }

    @Test
    void saysHowALinkIsWrittenWhenItIsNot() {
        for (String wrong : new String[] {"1000", "1 Mbit/20", "1000/-5", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinkShape.parse(wrong), wrong);
            assertTrue(e.getMessage().startsWith("A link is written KBIT/MS"), e.getMessage());
        }
    }

    @Test
    void saysWhatALinkMayCarryWhenItIsOutOfRange() {
        for (String wrong : new String[] {"4/20", "1000/9000"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinkShape.parse(wrong), wrong);
            assertTrue(e.getMessage().startsWith("A link carries at least 8 kbit/s with a delay of 0 to 5000 ms"), e.getMessage());
        }
    }
}
