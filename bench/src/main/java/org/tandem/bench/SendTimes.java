package org.tandem.bench;

/**
 * When each of the last {@value #SLOTS} numbered messages was sent ({@link System#nanoTime()}), so
 * the receiver in the same process can time its trip. A message older than that, or never stamped,
 * has no time.
 */
final class SendTimes {
    static final int SLOTS = 4096;

    private final long[] seqs = new long[SLOTS];
    private final long[] nanos = new long[SLOTS];

    SendTimes() {
        java.util.Arrays.fill(seqs, -1);
    }

    synchronized void sent(long seq, long nanoTime) {
        int slot = (int) (seq % SLOTS);
        seqs[slot] = seq;
        nanos[slot] = nanoTime;
    }

    /** How long ago message {@code seq} was sent, or -1 when its time is no longer kept. */
    synchronized long elapsedSince(long seq, long nowNanos) {
        int slot = (int) (seq % SLOTS);
        return seqs[slot] == seq ? nowNanos - nanos[slot] : -1;
    }
}
