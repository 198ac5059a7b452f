package org.tandem.shared.message;

/**
 * Credits from the viewer: the customer may send {@code frames} more frames. The viewer grants
 * {@link #MAX_IN_FLIGHT} when sharing starts and gives back one for each frame it has drawn; the
 * customer sends a frame only when the screen changed and it holds a credit, so a slow viewer gets
 * fresh frames instead of a queue of stale ones, and an idle screen sends nothing.
 *
 * <p>Binary (session kind 5) and not numbered: a credit belongs to the connection it was given on.
 * After a lost connection sharing starts again with fresh credits, so nothing is sent again.
 */
public record FrameCredit(int frames) implements SessionMessage {
    /** Frames the customer may send before the viewer has drawn any: one on screen, one on the way. */
    public static final int MAX_IN_FLIGHT = 2;
    /** Most frames one credit message may carry. */
    public static final int MAX_FRAMES = 255;

    public FrameCredit {
        requireFrames(frames);
    }

    static void requireFrames(int frames) {
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("A credit is for 1 to " + MAX_FRAMES + " frames, got " + frames);
        }
    }
}
