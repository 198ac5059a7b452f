package org.tandem.bench;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The frames the technician's viewer asked for and has not received yet: a frame is encoded and
 * sent only against one, as the customer client does, so a slow path makes the screen stream slower
 * instead of queueing stale frames.
 */
final class ScreenCredits {
    private final AtomicInteger held = new AtomicInteger();

    void granted(int frames) {
        held.addAndGet(frames);
    }

    /** Takes one credit if there is one. */
    boolean take() {
        return held.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
    }

    /** Gives back a credit taken for a frame that turned out unchanged. */
    void giveBack() {
        held.incrementAndGet();
    }
}
