package org.tandem.shared.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * The viewer's picture of the remote screen, drawn into by the decoder and read by the view: one
 * ARGB buffer, and the rectangles that changed since the view last took them, so the view uploads
 * only those. Writing and reading hold this object's lock.
 */
public final class ScreenBuffer {
    /** Beyond this many separate changed rectangles, they are merged into their bounding box. */
    static final int MAX_RECTS = 64;

    /** Receives the changed rectangles; {@code argb} is the whole picture, {@code width} its stride. */
    public interface ChangeSink {
        void changed(int x, int y, int w, int h, int[] argb, int width);
    }

    private final int width;
    private final int height;
    private final int[] argb;
    private final List<int[]> changed = new ArrayList<>();

    ScreenBuffer(int width, int height) {
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    int[] pixels() {
        return argb;
    }

    /** Notes that a rectangle changed; the caller holds the lock. */
    void markChanged(int x, int y, int w, int h) {
        if (changed.size() < MAX_RECTS) {
            changed.add(new int[] {x, y, w, h});
            return;
        }
        int x0 = x;
        int y0 = y;
        int x1 = x + w;
        int y1 = y + h;
        for (int[] r : changed) {
            x0 = Math.min(x0, r[0]);
            y0 = Math.min(y0, r[1]);
            x1 = Math.max(x1, r[0] + r[2]);
            y1 = Math.max(y1, r[1] + r[3]);
        }
        changed.clear();
        changed.add(new int[] {x0, y0, x1 - x0, y1 - y0});
    }

    /** Hands every rectangle that changed since the last call to {@code sink}, then forgets them. */
    public void takeChanges(ChangeSink sink) {
        takeChanges(false, sink);
    }

    /** As {@link #takeChanges(ChangeSink)}, or the whole picture as one rectangle when {@code everything}. */
    public synchronized void takeChanges(boolean everything, ChangeSink sink) {
        if (everything) {
            sink.changed(0, 0, width, height, argb, width);
        } else {
            for (int[] r : changed) {
                sink.changed(r[0], r[1], r[2], r[3], argb, width);
            }
        }
        changed.clear();
    }

    /** Whether anything changed since the last {@link #takeChanges}. */
    public synchronized boolean hasChanges() {
        return !changed.isEmpty();
    }

    /** A copy of the whole picture. */
    public synchronized Frame snapshot() {
        return new Frame(width, height, argb.clone());
    }
}
