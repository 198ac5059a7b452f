package org.tandem.customer.capture;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the desktop drawn since they were last grabbed, gathered from the platform's damage
 * reports: overlapping or touching rectangles merge into one, and when more than
 * {@value #MAX_RECTANGLES} remain, the two whose union wastes the least area merge, so a burst of
 * small reports (the glyphs of a line of text) is grabbed as a few rectangles, never thousands.
 */
public final class DamageRegion {
    /** Rectangles kept at most; each is grabbed from the screen on its own. */
    public static final int MAX_RECTANGLES = 16;

    private final List<Rectangle> parts = new ArrayList<>();

    /** Adds a damaged rectangle, in desktop coordinates; an empty one changes nothing. */
    public void add(int x, int y, int width, int height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        Rectangle grown = new Rectangle(x, y, width, height);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < parts.size(); i++) {
                Rectangle part = parts.get(i);
                if (touches(part, grown)) {
                    grown = grown.union(part);
                    parts.remove(i);
                    merged = true;
                    break;
                }
            }
        }
        parts.add(grown);
        while (parts.size() > MAX_RECTANGLES) {
            mergeCheapestPair();
        }
    }

    /** Everything is damaged within {@code area} (desktop coordinates). */
    public void addAll(Rectangle area) {
        parts.clear();
        add(area.x, area.y, area.width, area.height);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Whether any damage lies within {@code area}. */
    public boolean touches(Rectangle area) {
        return parts.stream().anyMatch(area::intersects);
    }

    /** The damaged rectangles as they stand, in desktop coordinates; for tests and logs. */
    public List<Rectangle> rectangles() {
        return parts.stream().map(Rectangle::new).toList();
    }

    /**
     * Takes the damage out: what lies within {@code area}, cut to it and in its coordinates (its
     * top left corner is 0,0). Damage outside it is dropped: it is not shared.
     */
    public List<Rectangle> drainWithin(Rectangle area) {
        List<Rectangle> inside = new ArrayList<>(parts.size());
        for (Rectangle part : parts) {
            Rectangle cut = part.intersection(area);
            if (!cut.isEmpty()) {
                cut.translate(-area.x, -area.y);
                inside.add(cut);
            }
        }
        parts.clear();
        return inside;
    }

    public void clear() {
        parts.clear();
    }

    /** Overlapping, or side by side along a whole edge (their union then covers nothing more). */
    private static boolean touches(Rectangle a, Rectangle b) {
        boolean sideBySide = (a.x + a.width == b.x || b.x + b.width == a.x) && a.y == b.y && a.height == b.height;
        boolean stacked = (a.y + a.height == b.y || b.y + b.height == a.y) && a.x == b.x && a.width == b.width;
        return a.intersects(b) || sideBySide || stacked;
    }

    private void mergeCheapestPair() {
        int bestI = 0;
        int bestJ = 1;
        long bestWaste = Long.MAX_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                long waste = area(parts.get(i).union(parts.get(j))) - area(parts.get(i)) - area(parts.get(j));
                if (waste < bestWaste) {
                    bestWaste = waste;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        Rectangle union = parts.get(bestI).union(parts.get(bestJ));
        parts.remove(bestJ);
        parts.remove(bestI);
        add(union.x, union.y, union.width, union.height);
    }

    private static long area(Rectangle r) {
        return (long) r.width * r.height;
    }
}
