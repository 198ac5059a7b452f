package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;

/** The console's control buttons and the always-visible control state. */
final class ControlBar {
    private ControlBar() {}

    static Button requestButton(ConsoleViewModel model) {
        Button request = SessionButtons.toolbarButton("_Request control", "requestControlButton",
                KeyboardShortcuts.tip("Ask the customer to let you use their mouse and keyboard",
                        KeyboardShortcuts.mnemonic('R')));
        request.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() != AgentState.VIEWING
                        || (model.controlProperty().get() != ControlState.VIEW_ONLY
                                && model.controlProperty().get() != ControlState.DENIED),
                model.stateProperty(), model.controlProperty()));
        request.setOnAction(e -> model.requestControl());
        return request;
    }

    static Button releaseButton(ConsoleViewModel model) {
        Button release = SessionButtons.toolbarButton("Give control _back", "releaseControlButton",
                KeyboardShortcuts.tip("Stop controlling the customer's computer",
                        KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL), KeyboardShortcuts.mnemonic('B')));
        release.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.controlProperty().get() == ControlState.VIEW_ONLY
                        || model.controlProperty().get() == ControlState.DENIED,
                model.controlProperty()));
        release.setOnAction(e -> model.releaseControl());
        return release;
    }

    static MenuButton specialKeys(ConsoleViewModel model) {
        MenuButton menu = new MenuButton("_Special keys");
        menu.setId("specialKeysMenu");
        menu.setFocusTraversable(false);
        menu.setTooltip(new Tooltip(KeyboardShortcuts.tip("Send keys your own system would keep, like Ctrl+Alt+Del",
                KeyboardShortcuts.mnemonic('S'))));
        for (RemoteInputCapture.SpecialKeys keys : RemoteInputCapture.SpecialKeys.values()) {
            MenuItem item = new MenuItem(keys.label());
            item.setId("special-" + keys.name());
            item.setOnAction(e -> model.sendInput(keys.strokes()));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(model.controlProperty().isNotEqualTo(ControlState.IN_CONTROL));
        return menu;
    }

    static Label stateLabel(ConsoleViewModel model) {
        Label label = new Label();
        label.setId("controlStateLabel");
        label.textProperty().bind(Bindings.createStringBinding(() -> describe(model.controlProperty().get(),
                model.controlDetailProperty().get()), model.controlProperty(), model.controlDetailProperty()));
        label.styleProperty().bind(Bindings.createStringBinding(() -> switch (model.controlProperty().get()) {
            case IN_CONTROL -> "-fx-text-fill: #b71c1c; -fx-font-weight: bold;";
            case PAUSED, REQUESTED -> "-fx-text-fill: #8d6e00; -fx-font-weight: bold;";
            default -> "-fx-text-fill: #333;";
        }, model.controlProperty()));
        return label;
    }

    static String describe(ControlState state, String detail) {
        return switch (state) {
            case VIEW_ONLY -> "View only";
            case REQUESTED -> "Control requested — waiting for the customer";
            case IN_CONTROL -> "In control (" + KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL)
                    + " gives it back)";
            case PAUSED -> "Paused: " + detail;
            case DENIED -> "Control denied: " + detail;
        };
    }
}
