package org.tandem.bench.desktop;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a viewer shows the remote screen on its own display: the offset at which the
 * technician's screen holds the customer's screen pixel for pixel (both viewers are set to 1:1 and
 * lossless). A few per cent of the sampled points may differ, for a pointer drawn on top; and since
 * windows of sparse text still agree at most sampled points when moved by a few pixels, the first such
 * place is then refined to the nearby offset at which the fewest pixels differ.
 */
final class ViewLocator {
    private static final int SAMPLES = 600;
    private static final double MISMATCH_ALLOWED = 0.03;
    /** How far from the first match the exact place is looked for, each way. */
    static final int REFINE_RADIUS = 12;

    private ViewLocator() {}

    static Optional<Point> locate(ScreenPixels remote, ScreenPixels local) {
        if (remote.width() > local.width() || remote.height() > local.height()) {
            return Optional.empty();
        }
        List<Point> samples = samples(remote);
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        Point anchor = samples.get(0);
        int colour = remote.at(anchor.x, anchor.y);
        int allowed = (int) Math.floor(samples.size() * MISMATCH_ALLOWED);
        for (int oy = 0; oy <= local.height() - remote.height(); oy++) {
            for (int ox = 0; ox <= local.width() - remote.width(); ox++) {
                if (local.at(ox + anchor.x, oy + anchor.y) == colour && matches(remote, local, samples, ox, oy, allowed)) {
                    return Optional.of(refine(remote, local, new Point(ox, oy)));
                }
            }
        }
        return Optional.empty();
    }

    /** The offset near {@code first} at which the fewest pixels differ, on every second pixel each way. */
    private static Point refine(ScreenPixels remote, ScreenPixels local, Point first) {
        Point best = first;
        long fewest = differing(remote, local, first.x, first.y, Long.MAX_VALUE);
        for (int oy = Math.max(0, first.y - REFINE_RADIUS); oy <= Math.min(local.height() - remote.height(),
                first.y + REFINE_RADIUS) && fewest > 0; oy++) {
            for (int ox = Math.max(0, first.x - REFINE_RADIUS); ox <= Math.min(local.width() - remote.width(),
                    first.x + REFINE_RADIUS) && fewest > 0; ox++) {
                long count = differing(remote, local, ox, oy, fewest);
                if (count < fewest) {
                    fewest = count;
                    best = new Point(ox, oy);
                }
            }
        }
        return best;
    }

    /** Pixels on the grid that differ at (ox, oy), counted up to {@code stopAt}. */
    private static long differing(ScreenPixels remote, ScreenPixels local, int ox, int oy, long stopAt) {
        long count = 0;
        for (int y = 0; y < remote.height(); y += 2) {
            for (int x = 0; x < remote.width(); x += 2) {
                if (local.at(ox + x, oy + y) != remote.at(x, y) && ++count >= stopAt) {
                    return count;
                }
            }
        }
        return count;
    }

    private static boolean matches(ScreenPixels remote, ScreenPixels local, List<Point> samples, int ox, int oy,
            int allowed) {
        int misses = 0;
        for (Point p : samples) {
            if (local.at(ox + p.x, oy + p.y) != remote.at(p.x, p.y) && ++misses > allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Points spread over the remote screen, those whose colour differs from the top-left corner's
     * first (a desktop is mostly one background colour, which says little about where it is).
     */
    static List<Point> samples(ScreenPixels remote) {
        int background = remote.at(0, 0);
        List<Point> telling = new ArrayList<>();
        List<Point> plain = new ArrayList<>();
        int step = Math.max(1, (int) Math.sqrt((double) remote.width() * remote.height() / (SAMPLES * 8.0)));
        long seed = 0x5DEECE66DL;
        for (int y = step / 2; y < remote.height(); y += step) {
            for (int x = step / 2; x < remote.width(); x += step) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int jx = Math.min(remote.width() - 1, x + (int) ((seed >>> 33) % step));
                Point p = new Point(jx, y);
                (remote.at(jx, y) != background ? telling : plain).add(p);
            }
        }
        List<Point> chosen = new ArrayList<>(pick(telling, SAMPLES * 3 / 4));
        chosen.addAll(pick(plain, SAMPLES - chosen.size()));
        return chosen;
    }

    private static List<Point> pick(List<Point> points, int count) {
        if (points.size() <= count) {
            return points;
        }
        List<Point> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(points.get((int) ((long) i * points.size() / count)));
        }
        return picked;
    }
}
