package org.tandem.agent.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.tandem.shared.config.WindowBoundsStore;

/**
 * Puts a window where it was last time, maximised if it was, and hands over where it is when it
 * closes. The bounds are read and written by the caller, off the FX thread.
 */
final class WindowBoundsBinding {
    private WindowBoundsBinding() {}

    /**
     * @param saved    where the window was, read before the window opens
     * @param remember takes where the window is as it closes, to write it away from the FX thread
     */
    static void bind(Stage stage, Optional<WindowBoundsStore.Bounds> saved, Consumer<WindowBoundsStore.Bounds> remember) {
        // A maximised window is remembered with the size it had before, to go back to when un-maximised.
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        saved.ifPresent(bounds -> {
            place(stage, bounds);
            normal[0] = bounds.x();
            normal[1] = bounds.y();
            normal[2] = bounds.width();
            normal[3] = bounds.height();
            stage.setMaximized(bounds.maximized());
            // Before the window is shown its frame's size is a guess, so the place is off by a few pixels
            // on some desktops and would creep a little further every time: place it again once shown.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                if (bounds.maximized()) {
                    stage.setMaximized(true);
                } else {
                    place(stage, bounds);
                }
            });
        });
        InvalidationListener follow = o -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified() && stage.isShowing()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        // Back to the size it had before, also for a window that opened maximised (the desktop may not know it).
        stage.maximizedProperty().addListener((obs, was, now) -> {
            if (!now) {
                place(stage, new WindowBoundsStore.Bounds(normal[0], normal[1], normal[2], normal[3]));
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember.accept(
                new WindowBoundsStore.Bounds(normal[0], normal[1], normal[2], normal[3], stage.isMaximized())));
    }

    private static void place(Stage stage, WindowBoundsStore.Bounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }
}
