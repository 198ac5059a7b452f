package org.tandem.customer.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.OwnerPlacement;

/**
 * Where a question opens: over the customer's window, but clear of what the customer may use while
 * asked. The prompt stays above every window and leaves the customer's window usable (decision 0038),
 * so the customer can write to the technician before they answer; opened in the middle of the window
 * it covered the message box, and they could not see what they wrote. The window marks what to keep
 * clear ({@link #keepClear}, the message box; {@link #ratherKeepClear}, the whole chat); the prompt
 * goes as near the middle of the window as it can with all of it in sight, else with the message box in
 * sight, always wholly on the screen. On a screen too small for either it covers as little of the
 * message box as it can.
 */
final class PromptPlacement {
    /** Room left between the prompt and what it keeps clear of. */
    static final double GAP = 8;
    private static final String RANK = PromptPlacement.class.getName() + ".rank";
    private static final int MUST = 0;
    private static final int RATHER = 1;

    private PromptPlacement() {}

    /** A question never covers {@code node} where the screen has room for both. */
    static void keepClear(Node node) {
        node.getProperties().put(RANK, MUST);
    }

    /** A question covers {@code node} only where the screen has no room beside it. */
    static void ratherKeepClear(Node node) {
        node.getProperties().put(RANK, RATHER);
    }

    /**
     * Places {@code prompt} before it is first shown: beside what its owner's window keeps clear, or
     * centred on the owner when it keeps nothing clear. A prompt without an owner in sight keeps the
     * place JavaFX gives it. On the FX thread.
     */
    static void placeBeside(Stage prompt) {
        Window owner = prompt.getOwner();
        if (owner == null || owner.getScene() == null || !owner.isShowing()
                || owner instanceof Stage stage && stage.isIconified()) {
            return;
        }
        List<Rectangle2D> clear = areasToKeepClear(owner.getScene());
        if (clear.isEmpty()) {
            OwnerPlacement.centreOnOwner(prompt);
            return;
        }
        // The prompt's frame is not known before it shows; its owner's is the same window manager's.
        Dimension2D size = OwnerPlacement.sizeBeforeShown(prompt);
        double width = size.getWidth() + Math.max(0, owner.getWidth() - owner.getScene().getWidth());
        double height = size.getHeight() + Math.max(0, owner.getHeight() - owner.getScene().getHeight());
        Point2D at = place(width, height, new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()),
                OwnerPlacement.screenAreaOf(owner), clear);
        prompt.setX(at.getX());
        prompt.setY(at.getY());
    }

    /** The screen areas of the marked nodes shown in {@code scene}: what must stay clear first. */
    static List<Rectangle2D> areasToKeepClear(Scene scene) {
        List<Node> marked = new ArrayList<>();
        collect(scene.getRoot(), marked);
        return marked.stream()
                .sorted(Comparator.comparingInt(node -> (Integer) node.getProperties().get(RANK)))
                .map(node -> node.localToScreen(node.getBoundsInLocal()))
                .filter(bounds -> bounds != null && bounds.getWidth() > 0 && bounds.getHeight() > 0)
                .map(PromptPlacement::rectangle)
                .toList();
    }

    /**
     * The top left corner for a prompt {@code width} by {@code height} (its frame included) over the
     * window {@code owner} on a screen whose usable area is {@code screen}, clear of {@code keepClear}
     * (what must stay clear first) as far as the screen has room.
     */
    static Point2D place(double width, double height, Rectangle2D owner, Rectangle2D screen, List<Rectangle2D> keepClear) {
        Point2D centred = onScreen(owner.getMinX() + (owner.getWidth() - width) / 2,
                owner.getMinY() + (owner.getHeight() - height) / 2, width, height, screen);
        Comparator<Point2D> nearest = Comparator.comparingDouble(spot -> spot.distance(centred));
        // All of it clear, else all but what may be covered last, … else what must be clear first.
        for (int kept = keepClear.size(); kept > 0; kept--) {
            List<Rectangle2D> avoid = keepClear.subList(0, kept);
            Point2D clear = spots(centred, width, height, avoid, screen)
                    .filter(spot -> avoid.stream().noneMatch(area -> covers(spot, width, height, area)))
                    .min(nearest).orElse(null);
            if (clear != null) {
                return clear;
            }
        }
        if (keepClear.isEmpty()) {
            return centred;
        }
        Rectangle2D first = keepClear.get(0);
        return spots(centred, width, height, List.of(first), screen)
                .min(Comparator.<Point2D>comparingDouble(spot -> overlap(spot, width, height, first)).thenComparing(nearest))
                .orElse(centred);
    }

    /** The middle of the owner, and above, below, left and right of each area, each moved onto the screen. */
    private static Stream<Point2D> spots(Point2D centred, double width, double height, List<Rectangle2D> areas,
            Rectangle2D screen) {
        Stream<Point2D> beside = areas.stream().flatMap(area -> Stream.of(
                new Point2D(centred.getX(), area.getMinY() - GAP - height),
                new Point2D(centred.getX(), area.getMaxY() + GAP),
                new Point2D(area.getMinX() - GAP - width, centred.getY()),
                new Point2D(area.getMaxX() + GAP, centred.getY())));
        return Stream.concat(Stream.of(centred), beside)
                .map(spot -> onScreen(spot.getX(), spot.getY(), width, height, screen));
    }

    /** Moved inside the screen; its top left corner stays on it when the prompt is the larger. */
    private static Point2D onScreen(double x, double y, double width, double height, Rectangle2D screen) {
        return new Point2D(Math.floor(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width))),
                Math.floor(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height))));
    }

    private static boolean covers(Point2D spot, double width, double height, Rectangle2D area) {
        return area.intersects(spot.getX(), spot.getY(), width, height);
    }

    private static double overlap(Point2D spot, double width, double height, Rectangle2D area) {
        double across = Math.min(spot.getX() + width, area.getMaxX()) - Math.max(spot.getX(), area.getMinX());
        double down = Math.min(spot.getY() + height, area.getMaxY()) - Math.max(spot.getY(), area.getMinY());
        return across > 0 && down > 0 ? across * down : 0;
    }

    private static void collect(Node node, List<Node> marked) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getProperties().get(RANK) instanceof Integer) {
            marked.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, marked));
        }
    }

    private static Rectangle2D rectangle(Bounds bounds) {
        return new Rectangle2D(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
