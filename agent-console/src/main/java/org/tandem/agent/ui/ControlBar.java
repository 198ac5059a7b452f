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
        Button request = SessionButtons.toolbarButton(Texts.get("control.request"), "requestControlButton",
                KeyboardShortcuts.tip(Texts.get("control.requestTip"),
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
        Button release = SessionButtons.toolbarButton(Texts.get("control.release"), "releaseControlButton",
                KeyboardShortcuts.tip(Texts.get("control.releaseTip"),
                        KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL), KeyboardShortcuts.mnemonic('B')));
        // Not while the customer is asked: the customer's answer would then meet a request given up.
        release.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.controlProperty().get() == ControlState.VIEW_ONLY
                        || model.controlProperty().get() == ControlState.DENIED
                        || model.controlProperty().get() == ControlState.REQUESTED,
                model.controlProperty()));
        release.setOnAction(e -> model.releaseControl());
        return release;
    }

    static MenuButton specialKeys(ConsoleViewModel model) {
        MenuButton menu = new MenuButton(Texts.get("control.specialKeys"));
        menu.setId("specialKeysMenu");
        menu.setFocusTraversable(false);
        menu.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("control.specialKeysTip"),
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
            case VIEW_ONLY -> Texts.get("control.state.viewOnly");
            case REQUESTED -> Texts.get("control.state.requested");
            case IN_CONTROL -> Texts.format("control.state.inControl", KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL));
            case PAUSED -> Texts.format("control.state.paused", detail);
            case DENIED -> Texts.format("control.state.denied", detail);
        };
    }
}
