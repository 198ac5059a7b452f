package org.tandem.agent.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;

/**
 * Stops a text field's cursor from blinking once the field has lost the keyboard.
 *
 * <p>JavaFX starts the blink again after a key handled by a field, also when that key moved the
 * focus elsewhere: Enter in the customer field starts a session, whose tab takes the focus, and
 * the field then blinks an invisible cursor for as long as the console is open. A blink is an
 * animation, so JavaFX keeps pulsing and repainting the window, which on a computer without a
 * graphics card costs the processor the whole time the console waits.
 */
final class CaretRest {
    private CaretRest() {}

    static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (was instanceof TextInputControl field) {
                // After the key's handling has finished and started the blink again.
                Platform.runLater(() -> rest(field));
            }
        });
    }

    private static void rest(TextInputControl field) {
        if (!field.isFocused() && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            skin.setCaretAnimating(false);
        }
    }
}
