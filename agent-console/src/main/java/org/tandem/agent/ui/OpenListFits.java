package org.tandem.agent.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Window;

/**
 * A combo box whose items change while its list is open, as a picker narrowed by typing does, keeps
 * that open list fitted to the items it shows. The toolkit sizes the list's window once, when it
 * opens: narrowed to a few items it would stay as tall as before, with empty rows below them.
 */
final class OpenListFits {
    private OpenListFits() {}

    static <T> void in(ComboBox<T> box) {
        boolean[] due = {false};
        box.getItems().addListener((ListChangeListener<T>) change -> {
            if (box.isShowing() && !due[0]) {
                due[0] = true;
                // Once the list has taken in the change.
                Platform.runLater(() -> {
                    due[0] = false;
                    fit(box);
                });
            }
        });
    }

    private static void fit(ComboBox<?> box) {
        if (!box.isShowing() || !(box.getSkin() instanceof ComboBoxListViewSkin<?> skin)) {
            return;
        }
        Node list = skin.getPopupContent();
        if (list.getScene() == null || list.getScene().getWindow() == null) {
            return;
        }
        Window open = list.getScene().getWindow();
        double before = list.getLayoutBounds().getHeight();
        boolean above = open.getY() + open.getHeight() <= box.localToScreen(box.getLayoutBounds()).getMinY() + 1;
        if (list instanceof Parent parent) {
            parent.requestLayout();
        }
        list.autosize();
        double change = list.getLayoutBounds().getHeight() - before;
        if (Math.abs(change) > 0.5) {
            open.setHeight(open.getHeight() + change);
            // A list opened above the box keeps its foot on the box.
            if (above) {
                open.setY(open.getY() - change);
            }
        }
    }
}
