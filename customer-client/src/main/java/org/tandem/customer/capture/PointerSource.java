package org.tandem.customer.capture;

import org.tandem.shared.message.PointerMessage;

/** Where the customer's pointer is, and how it looks, read apart from the screen's pixels. */
public interface PointerSource {
    /** A source that knows nothing: the console then shows no pointer. */
    PointerSource NONE = () -> null;

    /** Where the pointer is in pixels of the shared screen (off it when on another monitor); null when unknown. */
    PointerMessage.Moved position();

    /**
     * The pointer's look when it changed since the last call; null when it did not, or when this
     * platform cannot tell (the console then draws a standard arrow).
     */
    default PointerMessage.Shape shapeIfChanged() {
        return null;
    }
}
