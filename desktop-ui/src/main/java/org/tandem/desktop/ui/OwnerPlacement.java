package org.tandem.desktop.ui;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Puts a window of one's own over the window it belongs to. JavaFX centres a dialog on its owner, but
 * a {@link Stage} on the screen whatever its owner: beside another Tandem window (a console and a
 * customer, two customers on one screen) or on another monitor, a prompt in the middle of the screen
 * belongs to no window at a glance.
 */
public final class OwnerPlacement {
    private OwnerPlacement() {}

    /**
     * Centres {@code stage} over its owner, inside the owner's screen, before it is first shown (a
     * window manager may not take a move made after a window appeared). A stage whose owner is not on
     * screen keeps the place JavaFX gives it. Call just before {@code show()}, on the FX thread.
     */
    public static void centreOnOwner(Stage stage) {
        Window owner = stage.getOwner();
        Scene scene = stage.getScene();
        if (owner == null || scene == null || !owner.isShowing() || owner instanceof Stage own && own.isIconified()) {
            return;
        }
        Dimension2D size = sizeBeforeShown(stage);
        double width = size.getWidth();
        double height = size.getHeight();
        Rectangle2D area = screenAreaOf(owner);
        stage.setX(within(owner.getX() + (owner.getWidth() - width) / 2, area.getMinX(), area.getMaxX() - width));
        stage.setY(within(owner.getY() + (owner.getHeight() - height) / 2, area.getMinY(), area.getMaxY() - height));
    }

    /**
     * The size of {@code stage}'s scene, laid out if it has not been yet (before the window is first
     * shown), within the stage's largest size. On the FX thread; the stage must have a scene.
     */
    public static Dimension2D sizeBeforeShown(Stage stage) {
        Scene scene = stage.getScene();
        Parent root = scene.getRoot();
        root.applyCss();
        double width = scene.getWidth() > 0 ? scene.getWidth() : Math.max(root.minWidth(-1), root.prefWidth(-1));
        double height = scene.getHeight() > 0 ? scene.getHeight() : Math.max(root.minHeight(width), root.prefHeight(width));
        return new Dimension2D(Math.min(width, stage.getMaxWidth()), Math.min(height, stage.getMaxHeight()));
    }

    /** The usable area (without task bars and docks) of the screen that holds the middle of {@code window}. */
    public static Rectangle2D screenAreaOf(Window window) {
        List<Screen> screens = Screen.getScreensForRectangle(window.getX() + window.getWidth() / 2,
                window.getY() + window.getHeight() / 2, 1, 1);
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** {@code value} moved inside {@code [min, max]}; the start wins when the window is larger than the screen. */
    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
