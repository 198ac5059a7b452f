package org.tandem.agent.control;

import java.util.Optional;

/**
 * Maps a point of the view that shows the customer's screen to a pixel of that screen. The screen
 * is scaled to fit the view, keeping its proportions, and centred; the rest of the view is letterbox
 * bars, where no point maps to the screen.
 *
 * @param viewWidth width of the view, in view coordinates
 * @param viewHeight height of the view
 * @param remoteWidth width of the customer's screen, in pixels
 * @param remoteHeight height of the customer's screen
 */
public record ViewMapping(double viewWidth, double viewHeight, int remoteWidth, int remoteHeight) {
    /** Tolerance for points computed in floating point right on the picture's edge. */
    private static final double EDGE = 1e-6;

    public ViewMapping {
        if (!(viewWidth >= 0) || !(viewHeight >= 0) || Double.isInfinite(viewWidth) || Double.isInfinite(viewHeight)) {
            throw new IllegalArgumentException("View size " + viewWidth + "x" + viewHeight + " is not a size");
        }
        if (remoteWidth < 1 || remoteHeight < 1) {
            throw new IllegalArgumentException("Screen size " + remoteWidth + "x" + remoteHeight + " is not a size");
        }
    }

    /** View units per screen pixel. */
    public double scale() {
        return Math.min(viewWidth / remoteWidth, viewHeight / remoteHeight);
    }

    /** Left edge of the picture in the view: the width of the left bar. */
    public double offsetX() {
        return (viewWidth - remoteWidth * scale()) / 2;
    }

    /** Top edge of the picture in the view: the height of the top bar. */
    public double offsetY() {
        return (viewHeight - remoteHeight * scale()) / 2;
    }

    /**
     * The screen pixel {x, y} under this view point, or empty when the point lies in a letterbox bar
     * or outside the view.
     */
    public Optional<int[]> toRemote(double viewX, double viewY) {
        double scale = scale();
        if (!(scale > 0) || !Double.isFinite(viewX) || !Double.isFinite(viewY)) {
            return Optional.empty();
        }
        double left = offsetX();
        double top = offsetY();
        if (viewX < left - EDGE || viewY < top - EDGE
                || viewX > left + remoteWidth * scale + EDGE || viewY > top + remoteHeight * scale + EDGE) {
            return Optional.empty();
        }
        return Optional.of(toRemoteClamped(viewX, viewY));
    }

    /**
     * The screen pixel {x, y} nearest to this view point, even in a bar or outside the view: where a
     * drag that left the picture goes on, and where a button that was pressed on it is released.
     */
    public int[] toRemoteClamped(double viewX, double viewY) {
        double scale = scale();
        if (!(scale > 0)) {
            return new int[] {0, 0};
        }
        return new int[] {
            clamp((viewX - offsetX()) / scale, remoteWidth), clamp((viewY - offsetY()) / scale, remoteHeight)};
    }

    private static int clamp(double position, int size) {
        if (Double.isNaN(position)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(size - 1, Math.floor(position)));
    }
}
