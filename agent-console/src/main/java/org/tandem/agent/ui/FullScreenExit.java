package org.tandem.agent.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.tandem.agent.session.ControlState;

/**
 * In control, every key but the one that gives control back goes to the customer's computer, Esc
 * included: so, in full screen, Esc must not take the console out of it. While the session in front
 * is in control the window leaves full screen by no key, and its hint says how to get out; otherwise
 * Esc does, as everywhere.
 */
final class FullScreenExit {
    private FullScreenExit() {}

    /** Keeps the window's full-screen exit key in step with this session's control; returns how to stop. */
    static Runnable follow(Stage stage, ConsoleViewModel console) {
        InvalidationListener update = obs -> {
            if (!console.frontProperty().get()) {
                return; // the session in front sets the window's keys
            }
            boolean inControl = console.controlProperty().get() == ControlState.IN_CONTROL;
            stage.setFullScreenExitKeyCombination(inControl ? KeyCombination.NO_MATCH : null);
            stage.setFullScreenExitHint(inControl
                    ? Texts.format("view.fullScreenInControlHint", KeyboardShortcuts.keys(KeyboardShortcuts.RELEASE_CONTROL))
                    : null);
        };
        console.controlProperty().addListener(update);
        console.frontProperty().addListener(update);
        update.invalidated(null);
        return () -> {
            console.controlProperty().removeListener(update);
            console.frontProperty().removeListener(update);
        };
    }
}
