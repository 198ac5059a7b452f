package org.tandem.agent.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * Text fields and areas whose cursor blinks only while they have the keyboard.
 *
 * <p>JavaFX starts a field's blink again after each key or click the field handled, also when
 * that key moved the focus elsewhere: Enter in the customer field starts a session, whose tab takes
 * the focus, and the field then blinked an invisible cursor for as long as the console was open. A
 * blink is an animation, so JavaFX went on pulsing and repainting the window, which on a computer
 * without a graphics card is the processor's work the whole time the console waits. These skins
 * refuse to blink without the focus; a stylesheet gives them to every field of a scene.
 */
public final class RestingCaret {
    private static final String STYLESHEET = RestingCaret.class.getResource("resting-caret.css").toExternalForm();

    private RestingCaret() {}

    /** Every text field and area in {@code scene}, now and later, blinks only with the keyboard. */
    public static void applyTo(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** A text field's skin that blinks only while the field has the keyboard. */
    public static final class FieldSkin extends TextFieldSkin {
        public FieldSkin(TextField field) {
            super(field);
        }

        @Override
        public void setCaretAnimating(boolean value) {
            super.setCaretAnimating(value && getSkinnable().isFocused());
        }
    }

    /** A text area's skin that blinks only while the area has the keyboard. */
    public static final class AreaSkin extends TextAreaSkin {
        public AreaSkin(TextArea area) {
            super(area);
        }

        @Override
        public void setCaretAnimating(boolean value) {
            super.setCaretAnimating(value && getSkinnable().isFocused());
        }
    }
}
