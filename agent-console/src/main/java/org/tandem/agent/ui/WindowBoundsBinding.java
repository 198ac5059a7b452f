package org.tandem.agent.ui;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.tandem.shared.config.WindowBoundsStore;

/** Puts a window where it was last time, and remembers where it is when it closes. */
final class WindowBoundsBinding {
    private WindowBoundsBinding() {}

    static void bind(Stage stage, WindowBoundsStore store) {
        store.load().ifPresent(bounds -> {
            place(stage, bounds);
            // Before the window is shown its frame's size is a guess, so the place is off by a few pixels
            // on some desktops and would creep a little further every time: place it again once shown.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> place(stage, bounds));
        });
        stage.setOnHidden(e -> store.save(
                new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
    }

    private static void place(Stage stage, WindowBoundsStore.Bounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }
}
