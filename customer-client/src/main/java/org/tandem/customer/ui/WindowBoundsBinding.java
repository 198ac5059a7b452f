package org.tandem.customer.ui;

import javafx.stage.Stage;
import org.tandem.shared.config.WindowBoundsStore;

/** Puts a window where it was last time, and remembers where it is when it closes. */
final class WindowBoundsBinding {
    private WindowBoundsBinding() {}

    static void bind(Stage stage, WindowBoundsStore store) {
        store.load().ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        });
        stage.setOnHidden(e -> store.save(
                new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
    }
}
