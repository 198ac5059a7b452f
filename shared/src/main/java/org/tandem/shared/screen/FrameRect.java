package org.tandem.shared.screen;

/**
 * A rectangle of a frame, in its pixels ({@code x, y} its top left corner): where the platform said
 * the screen was drawn on, handed to a {@link ScreenEncoder} so it looks only there.
 */
public record FrameRect(int x, int y, int width, int height) {
    public FrameRect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A rectangle cannot be " + width + "x" + height);
        }
    }
}
