package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
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
                () -> model.stateProperty().get() != AgentState.VIEWING || !model.controlProperty().get().watchingOnly(),
                model.stateProperty(), model.controlProperty()));
        request.setOnAction(e -> model.requestControl());
        return request;
    }

    /**
     * Request control and, in its place while the customer is being asked, Withdraw request: one slot
     * as wide as the wider of the two, so that the buttons after it never move sideways.
     */
    static Node requestSlot(ConsoleViewModel model) {
        Button request = requestButton(model);
        Button withdraw = withdrawButton(model);
        request.visibleProperty().bind(withdraw.visibleProperty().not());
        StackPane slot = new StackPane(request, withdraw);
        slot.setAlignment(Pos.CENTER_LEFT);
        return slot;
    }

    /**
     * Withdraw request: shown only while the customer is being asked, the one time it can do
     * anything; Ctrl+Shift+F12 does the same then. It keeps its room while hidden (see {@link #requestSlot}).
     */
    static Button withdrawButton(ConsoleViewModel model) {
        Button withdraw = SessionButtons.toolbarButton(Texts.get("control.withdraw"), "withdrawRequestButton",
                KeyboardShortcuts.tip(Texts.get("control.withdrawTip"),
                        KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL), KeyboardShortcuts.mnemonic('W')));
        BooleanBinding asking = model.controlProperty().isEqualTo(ControlState.REQUESTED);
        withdraw.visibleProperty().bind(asking);
        withdraw.disableProperty().bind(asking.not());
        withdraw.setOnAction(e -> model.withdrawControlRequest());
        return withdraw;
    }

    static Button releaseButton(ConsoleViewModel model) {
        Button release = SessionButtons.toolbarButton(Texts.get("control.release"), "releaseControlButton",
                KeyboardShortcuts.tip(Texts.get("control.releaseTip"),
                        KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL), KeyboardShortcuts.mnemonic('B')));
        // Only control that is held is given back; a request the customer is asked about is withdrawn.
        release.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.controlProperty().get().held(),
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
        // Once the session has ended nothing is viewed or controlled: it says so, not "View only".
        label.textProperty().bind(Bindings.createStringBinding(() -> model.stateProperty().get() == AgentState.ENDED
                ? Texts.get("control.state.ended")
                : describe(model.controlProperty().get(), model.controlDetailProperty().get()),
                model.stateProperty(), model.controlProperty(), model.controlDetailProperty()));
        label.styleProperty().bind(Bindings.createStringBinding(() -> switch (model.controlProperty().get()) {
            case IN_CONTROL -> "-fx-text-fill: #b71c1c; -fx-font-weight: bold;";
            case PAUSED, PAUSED_AT_TANDEM_WINDOW, REQUESTED -> "-fx-text-fill: #8d6e00; -fx-font-weight: bold;";
            default -> "-fx-text-fill: #333;";
        }, model.controlProperty()));
        return label;
    }

    static String describe(ControlState state, String detail) {
        return switch (state) {
            // Why watching only, once control has ended: given back, taken back by the customer, sharing stopped.
            case VIEW_ONLY -> detail == null || detail.isBlank() ? Texts.get("control.state.viewOnly")
                    : Texts.format("control.state.viewOnlyBecause", detail);
            case REQUESTED -> Texts.get("control.state.requested");
            case IN_CONTROL -> Texts.format("control.state.inControl", KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL));
            case PAUSED, PAUSED_AT_TANDEM_WINDOW -> Texts.format("control.state.paused", detail);
            case DENIED -> Texts.format("control.state.denied", detail);
            // Not the customer's no (decision 0031): watching only, and why.
            case NOT_ANSWERED -> Texts.format("control.state.notAnswered", detail);
            case WITHDRAWN -> Texts.format("control.state.withdrawn", detail);
        };
    }
}
