package org.tandem.desktop.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.tandem.shared.config.WindowBoundsStore;

/**
 * Puts a window where it was last time, maximised if it was, and hands over where it is when it
 * closes. The bounds are read and written by the caller, off the FX thread. A place that is no
 * longer wholly on a screen (a monitor unplugged since) is moved onto one, see {@link ScreenFit}.
 */
public final class WindowBoundsBinding {
    /** How many recent places are kept to find the one before a maximise the desktop told of late. */
    private static final int KEPT = 16;

    private WindowBoundsBinding() {}

    /**
     * @param saved    where the window was, read before the window opens
     * @param remember takes where the window is as it closes, to write it away from the FX thread
     */
    public static void bind(Stage stage, Optional<WindowBoundsStore.Bounds> saved, Consumer<WindowBoundsStore.Bounds> remember) {
        // A maximised window is remembered with the place it had before, to go back to when un-maximised.
        Deque<WindowBoundsStore.Bounds> recent = new ArrayDeque<>();
        saved.ifPresent(bounds -> {
            place(stage, bounds);
            recent.push(unmaximised(bounds));
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
                recent.push(new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
                while (recent.size() > KEPT) {
                    recent.removeLast();
                }
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        stage.maximizedProperty().addListener((obs, was, now) -> {
            if (now) {
                // Some desktops resize the window before they say it is maximised: forget the places that
                // already fill the screen's width or height.
                Rectangle2D screen = screenOf(stage).getVisualBounds();
                recent.removeIf(bounds -> bounds.width() >= screen.getWidth() - 1 || bounds.height() >= screen.getHeight() - 1);
            } else if (!recent.isEmpty()) {
                // Back to the place it had before, also for a window that opened maximised.
                place(stage, recent.peek());
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            WindowBoundsStore.Bounds normal = recent.isEmpty()
                    ? new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                    : recent.peek();
            remember.accept(new WindowBoundsStore.Bounds(normal.x(), normal.y(), normal.width(), normal.height(),
                    stage.isMaximized()));
        });
    }

    private static Screen screenOf(Stage stage) {
        return Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }

    private static WindowBoundsStore.Bounds unmaximised(WindowBoundsStore.Bounds bounds) {
        return new WindowBoundsStore.Bounds(bounds.x(), bounds.y(), bounds.width(), bounds.height());
    }

    private static void place(Stage stage, WindowBoundsStore.Bounds bounds) {
        WindowBoundsStore.Bounds shown = ScreenFit.onAScreen(bounds);
        stage.setX(shown.x());
        stage.setY(shown.y());
        stage.setWidth(shown.width());
        stage.setHeight(shown.height());
    }
}
