package org.tandem.customer.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.customer.control.OwnWindows;

/**
 * Where the customer client's own windows are, for the input gate: a snapshot taken on the FX
 * thread whenever a window opens, closes, moves, resizes or gains or loses the focus, read from any
 * thread without waiting. Bounds are in screen pixels (window coordinates times the output scale).
 */
final class FxOwnWindows implements OwnWindows {
    private record Snapshot(List<Rectangle2D> bounds, boolean focused) {
    }

    private volatile Snapshot snapshot = new Snapshot(List.of(), false);
    private final InvalidationListener refresh = observable -> refresh();

    /** Starts watching every window of this application; call on the FX thread. */
    static FxOwnWindows watch() {
        FxOwnWindows windows = new FxOwnWindows();
        Window.getWindows().forEach(windows::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(windows::follow);
            }
            windows.refresh();
        });
        windows.refresh();
        return windows;
    }

    @Override
    public boolean hasFocus() {
        return snapshot.focused();
    }

    @Override
    public boolean covers(int x, int y) {
        for (Rectangle2D bounds : snapshot.bounds()) {
            if (bounds.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    private void follow(Window window) {
        window.xProperty().addListener(refresh);
        window.yProperty().addListener(refresh);
        window.widthProperty().addListener(refresh);
        window.heightProperty().addListener(refresh);
        window.showingProperty().addListener(refresh);
        window.focusedProperty().addListener(refresh);
        if (window instanceof Stage stage) {
            stage.iconifiedProperty().addListener(refresh);
        }
    }

    private void refresh() {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::refresh);
            return;
        }
        boolean focused = false;
        java.util.ArrayList<Rectangle2D> bounds = new java.util.ArrayList<>();
        for (Window window : Window.getWindows()) {
            // A minimised window still counts as showing, but it is not on the screen to click on.
            if (!window.isShowing() || window instanceof Stage stage && stage.isIconified()) {
                continue;
            }
            focused |= window.isFocused();
            double sx = window.getOutputScaleX();
            double sy = window.getOutputScaleY();
            // One pixel of margin: a click on the very edge would still reach the window's frame.
            bounds.add(new Rectangle2D(window.getX() * sx - 1, window.getY() * sy - 1,
                    window.getWidth() * sx + 2, window.getHeight() * sy + 2));
        }
        snapshot = new Snapshot(List.copyOf(bounds), focused);
    }
}
