package org.tandem.bench;

import java.util.BitSet;

/**
 * Counts what arrived of a stream of numbered messages (0, 1, 2, … as sent): which never came
 * (lost), which came after a later one (reordered), which came twice. The session channel runs over
 * one ordered, authenticated byte stream, so every count but the received one must stay at zero;
 * the benchmark counts rather than assumes. Thread-safe: the receiving thread counts while the
 * report reads.
 */
final class SequenceCounter {
    /**
     * What became of the messages sent.
     *
     * @param sent messages sent, numbered {@code 0..sent-1}
     * @param received distinct messages of those that arrived
     * @param lost sent but never arrived
     * @param reordered arrived after a message sent later
     * @param duplicates arrived again
     * @param unexpected arrived with a number never sent
     */
    record Count(long sent, long received, long lost, long reordered, long duplicates, long unexpected) {
        /** Two streams' counts together. */
        Count plus(Count other) {
            return new Count(sent + other.sent, received + other.received, lost + other.lost,
                    reordered + other.reordered, duplicates + other.duplicates, unexpected + other.unexpected);
        }
    }

    private final BitSet seen = new BitSet();
    private long highest = -1;
    private long reordered;
    private long duplicates;

    /** One message arrived. */
    synchronized void received(long seq) {
        if (seq < 0 || seq > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Sequence number out of range: " + seq);
        }
        int index = (int) seq;
        if (seen.get(index)) {
            duplicates++;
            return;
        }
        seen.set(index);
        if (seq < highest) {
            reordered++;
        } else {
            highest = seq;
        }
    }

    /** The count once {@code sent} messages have been sent. */
    synchronized Count count(long sent) {
        long arrived = seen.cardinality();
        long unexpected = sent >= Integer.MAX_VALUE ? 0 : seen.get((int) sent, Math.max((int) sent, seen.length())).cardinality();
        long received = arrived - unexpected;
        return new Count(sent, received, sent - received, reordered, duplicates, unexpected);
    }

    /** Distinct messages that arrived so far. */
    synchronized long distinct() {
        return seen.cardinality();
    }
}
