package org.tandem.shared.message;

import java.util.Arrays;
import java.util.Objects;

/**
 * Part of one screen frame. A frame may span several updates so that each fits one record; the
 * last one has {@code lastOfFrame} set. The changed rectangles travel inside {@code payload}: the
 * next piece of the session's one zstd stream, flushed at the end of the update, holding
 * {@code rectCount} rectangles (solid, copy, two-colour bitmap, palette with runs by columns, full colour; see
 * {@code docs/protocol.md}). The stream begins, with a whole frame, in an update flagged
 * {@code newStream}; every later update continues it, so updates must be decoded in order and
 * none may be skipped.
 */
public record ScreenUpdate(int frameSeq, int screenWidth, int screenHeight, boolean lastOfFrame, boolean newStream,
        int rectCount, byte[] payload) implements SessionMessage {

    /** Largest screen side accepted from the wire. */
    public static final int MAX_SCREEN_SIDE = 16384;
    /** Most rectangles one update may carry. */
    public static final int MAX_RECTS = 0xFFFF;

    public ScreenUpdate {
        if (frameSeq < 0) {
            throw new IllegalArgumentException("frameSeq must not be negative");
        }
        requireScreenSize(screenWidth, screenHeight);
        if (rectCount < 0 || rectCount > MAX_RECTS) {
            throw new IllegalArgumentException("An update carries 0.." + MAX_RECTS + " rectangles, not " + rectCount);
        }
        Objects.requireNonNull(payload, "payload");
    }

    static void requireScreenSize(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SCREEN_SIDE || height > MAX_SCREEN_SIDE) {
            throw new IllegalArgumentException("Screen size " + width + "x" + height + " is out of range");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScreenUpdate u && frameSeq == u.frameSeq && screenWidth == u.screenWidth
                && screenHeight == u.screenHeight && lastOfFrame == u.lastOfFrame && newStream == u.newStream
                && rectCount == u.rectCount && Arrays.equals(payload, u.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frameSeq, screenWidth, screenHeight, lastOfFrame, newStream, rectCount, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "ScreenUpdate[frameSeq=" + frameSeq + ", " + screenWidth + "x" + screenHeight + ", lastOfFrame="
                + lastOfFrame + ", newStream=" + newStream + ", rectCount=" + rectCount + ", payload=" + payload.length
                + " bytes]";
    }
}
