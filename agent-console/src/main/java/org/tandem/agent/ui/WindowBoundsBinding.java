package org.tandem.agent.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.tandem.shared.config.WindowBoundsStore;

/**
 * Puts a window where it was last time, and hands over where it is when it closes. The bounds are
 * read and written by the caller, off the FX thread.
 */
final class WindowBoundsBinding {
    private WindowBoundsBinding() {}

    /**
     * @param saved    where the window was, read before the window opens
     * @param remember takes where the window is as it closes, to write it away from the FX thread
     */
    static void bind(Stage stage, Optional<WindowBoundsStore.Bounds> saved, Consumer<WindowBoundsStore.Bounds> remember) {
        saved.ifPresent(bounds -> {
            place(stage, bounds);
            // Before the window is shown its frame's size is a guess, so the place is off by a few pixels
            // on some desktops and would creep a little further every time: place it again once shown.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> place(stage, bounds));
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember.accept(
                new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
    }

    private static void place(Stage stage, WindowBoundsStore.Bounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }
}
