package org.tandem.shared.input;

import java.util.Optional;

/** A mouse button, with a wire id that never changes once assigned. */
public enum MouseButton {
    /** The main button, usually the left one. */
    PRIMARY(1),
    /** The wheel button. */
    MIDDLE(2),
    /** The button that opens context menus, usually the right one. */
    SECONDARY(3),
    /** The side button that goes back in a browser. */
    BACK(4),
    /** The side button that goes forward in a browser. */
    FORWARD(5);

    private final int id;

    MouseButton(int id) {
        this.id = id;
    }

    /** The button's wire id (u8). */
    public int id() {
        return id;
    }

    /** The button with this wire id, or empty for an id no button has. */
    public static Optional<MouseButton> ofId(int id) {
        for (MouseButton button : values()) {
            if (button.id == id) {
                return Optional.of(button);
            }
        }
        return Optional.empty();
    }
}
