package org.tandem.customer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a node is in front of the customer: it and every parent visible, in a window that has the
 * focus. JavaFX keeps no public property for this, so the parents are followed as they change.
 */
final class OnScreen {
    private final Node node;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener changed = observable -> follow();

    private OnScreen(Node node) {
        this.node = node;
        follow();
    }

    /** True while {@code node} and all its parents are visible and its window has the focus. */
    static ReadOnlyBooleanProperty of(Node node) {
        return new OnScreen(node).shown.getReadOnlyProperty();
    }

    /** Listens again to the chain as it is now (a parent may have changed) and says whether it is shown. */
    private void follow() {
        watched.forEach(observable -> observable.removeListener(changed));
        watched.clear();
        boolean visible = true;
        for (Node at = node; at != null; at = at.getParent()) {
            watch(at.visibleProperty());
            watch(at.parentProperty());
            visible &= at.isVisible();
        }
        watch(node.sceneProperty());
        Scene scene = node.getScene();
        Window window = null;
        if (scene != null) {
            watch(scene.windowProperty());
            window = scene.getWindow();
        }
        if (window != null) {
            watch(window.focusedProperty());
        }
        shown.set(visible && window != null && window.isFocused());
    }

    private void watch(Observable observable) {
        observable.addListener(changed);
        watched.add(observable);
    }
}
