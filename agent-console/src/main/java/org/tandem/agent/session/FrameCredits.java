package org.tandem.agent.session;

import org.tandem.shared.message.FrameCredit;

/**
 * The viewer's count of the customer's credits (decision 0024). {@code held}: frames the customer may
 * still send or has on their way; {@code owed}: frames drawn and not yet credited back. A drawn frame
 * is credited back at once only when the customer holds none, so that it is never kept waiting;
 * otherwise the credit waits to ride on the technician's next input, or goes alone as soon as the
 * customer uses its last credit.
 * The customer therefore always holds a credit for the next change, and while the technician types
 * or scrolls the credits cost no record of their own.
 *
 * <p>Thread-safe: the session credits under its own lock, input takes what is owed without it.
 */
final class FrameCredits {
    private int held;
    private int owed;

    /** Sharing stopped or starts anew: nothing is held or owed. */
    synchronized void reset() {
        held = 0;
        owed = 0;
    }

    /** {@code frames} more are granted now; the caller sends them. */
    synchronized int grant(int frames) {
        held += frames;
        return frames;
    }

    /** Whether the customer may be sending a frame now. */
    synchronized boolean anyHeld() {
        return held > 0;
    }

    /**
     * A whole frame arrived, against a credit the caller checked with {@link #anyHeld()}.
     *
     * @return the credits to send now, alone: what is owed if that was the customer's last credit, else 0
     */
    synchronized int frameArrived() {
        if (held > 0) {
            held--;
        }
        return held > 0 ? 0 : takeOwed();
    }

    /**
     * {@code frames} were drawn (or will never be): owed back.
     *
     * @return the credits to send now, alone: all that is owed when the customer holds none, else 0
     */
    synchronized int drawn(int frames) {
        owed += frames;
        return held > 0 ? 0 : takeOwed();
    }

    /** What is owed, to ride on input: granted now, so the caller must send it; 0 when nothing is owed. */
    synchronized int takeOwed() {
        int frames = Math.min(owed, FrameCredit.MAX_FRAMES);
        owed -= frames;
        held += frames;
        return frames;
    }

    synchronized int held() {
        return held;
    }

    synchronized int owed() {
        return owed;
    }
}
