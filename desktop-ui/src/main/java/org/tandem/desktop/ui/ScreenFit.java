package org.tandem.desktop.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.tandem.shared.config.WindowBoundsStore;

/**
 * Keeps a window wholly on a screen that is there: since the window was last closed a monitor may
 * have been unplugged or its resolution lowered, and a window opened off screen cannot be reached.
 */
public final class ScreenFit {
    private ScreenFit() {}

    /** {@code bounds} on the screens there are now; see {@link #within(WindowBoundsStore.Bounds, List)}. */
    public static WindowBoundsStore.Bounds onAScreen(WindowBoundsStore.Bounds bounds) {
        List<Rectangle2D> areas = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        areas.add(primary.getVisualBounds());
        Screen.getScreens().stream().filter(screen -> !screen.equals(primary)).map(Screen::getVisualBounds)
                .forEach(areas::add);
        return within(bounds, areas);
    }

    /**
     * @param screens each screen's usable area (without task bars and docks), the primary screen first
     * @return {@code bounds} as they are when they lie wholly on a screen; otherwise moved onto the
     *         screen they overlap most (the first when they overlap none) and made no larger than it
     */
    static WindowBoundsStore.Bounds within(WindowBoundsStore.Bounds bounds, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return bounds;
        }
        Rectangle2D screen = screens.get(0);
        double most = 0;
        for (Rectangle2D candidate : screens) {
            double overlap = overlap(bounds, candidate);
            if (overlap > most) {
                most = overlap;
                screen = candidate;
            }
        }
        double width = Math.min(bounds.width(), screen.getWidth());
        double height = Math.min(bounds.height(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(bounds.x(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(bounds.y(), screen.getMaxY() - height));
        return new WindowBoundsStore.Bounds(x, y, width, height, bounds.maximized());
    }

    private static double overlap(WindowBoundsStore.Bounds bounds, Rectangle2D screen) {
        double width = Math.min(bounds.x() + bounds.width(), screen.getMaxX()) - Math.max(bounds.x(), screen.getMinX());
        double height = Math.min(bounds.y() + bounds.height(), screen.getMaxY()) - Math.max(bounds.y(), screen.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }
}
