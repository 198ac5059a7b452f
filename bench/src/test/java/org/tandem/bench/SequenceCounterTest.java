package org.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SequenceCounterTest {

    @Test
    void everyMessageInOrderIsNeitherLostNorReordered() {
        SequenceCounter counter = receive(0, 1, 2, 3, 4);

        assertEquals(new SequenceCounter.Count(5, 5, 0, 0, 0, 0), counter.count(5));
    }

    @Test
    void aGapThatNeverFillsIsLost() {
        SequenceCounter counter = receive(0, 1, 3, 4, 7);

        SequenceCounter.Count count = counter.count(8);

        assertEquals(5, count.received());
        assertEquals(3, count.lost(), "2, 5 and 6 never came");
        assertEquals(0, count.reordered());
    }

    @Test
    void messagesSentButNotYetHeardAtTheEndAreLost() {
        assertEquals(2, receive(0, 1, 2).count(5).lost());
    }

    @Test
    void aLateMessageIsReorderedNotLost() {
        SequenceCounter counter = receive(0, 2, 3, 1, 4);

        SequenceCounter.Count count = counter.count(5);

        assertEquals(0, count.lost());
        assertEquals(1, count.reordered(), "1 came after 3");
    }

    @Test
    void eachMessageOvertakenCountsOnce() {
        SequenceCounter.Count count = receive(3, 0, 1, 2).count(4);

        assertEquals(3, count.reordered(), "0, 1 and 2 each came after 3");
        assertEquals(0, count.lost());
    }

    @Test
    void aMessageHeardTwiceIsADuplicateAndDoesNotHideALoss() {
        SequenceCounter.Count count = receive(0, 1, 1, 3).count(4);

        assertEquals(3, count.received(), "distinct messages");
        assertEquals(1, count.duplicates());
        assertEquals(1, count.lost(), "2 never came, whatever the duplicate of 1 adds up to");
        assertEquals(0, count.reordered(), "a duplicate is not a reordering");
    }

    @Test
    void aNumberNeverSentIsRefused() {
        SequenceCounter counter = new SequenceCounter();

        assertThrows(IllegalArgumentException.class, () -> counter.received(-1));
    }

    @Test
    void aNumberPastWhatWasSentCountsAsUnexpected() {
        SequenceCounter.Count count = receive(0, 1, 9).count(2);

        assertEquals(1, count.unexpected());
        assertEquals(2, count.received());
        assertEquals(0, count.lost());
    }

    private static SequenceCounter receive(long... sequence) {
        SequenceCounter counter = new SequenceCounter();
        for (long seq : sequence) {
            counter.received(seq);
        }
        return counter;
    }
}
