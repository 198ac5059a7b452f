package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a multi-line field for the next or previous field, as the list of
 * shortcuts promises, instead of typing a tab character into it. The window's own Ctrl+Tab (the
 * next customer) is left alone; the order is the window's own, field by field as laid out.
 */
public final class TabMovesFocus {
    private TabMovesFocus() {}

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (plainTab(event)) {
                event.consume();
                Node next = neighbour(area, event.isShiftDown() ? -1 : 1);
                if (next != null) {
                    next.requestFocus();
                }
            }
        });
        // The character a Tab would type, should a platform send one regardless.
        area.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if ("\t".equals(event.getCharacter()) && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
            }
        });
    }

    private static boolean plainTab(KeyEvent event) {
        return event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()
                && !event.isShortcutDown();
    }

    /** The field {@code step} places after {@code from} (before it, for -1) among those the keyboard can reach. */
    static Node neighbour(Node from, int step) {
        Scene scene = from.getScene();
        if (scene == null) {
            return null;
        }
        List<Node> order = new ArrayList<>();
        reachable(scene.getRoot(), order);
        int at = order.indexOf(from);
        if (at < 0 || order.size() < 2) {
            return null;
        }
        return order.get(Math.floorMod(at + step, order.size()));
    }

    /** Depth first, each node before what it holds, as the keyboard's own order goes; hidden and disabled parts left out. */
    private static void reachable(Node node, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            order.add(node);
        }
        // A text field's insides (its scroll pane, its text) are the field itself.
        if (node instanceof Parent parent && !(node instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                reachable(child, order);
            }
        }
    }
}
