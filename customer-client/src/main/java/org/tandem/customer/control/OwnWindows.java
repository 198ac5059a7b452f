package org.tandem.customer.control;

/**
 * Where Tandem's own windows are on the customer's screen, so that remote input never operates
 * Tandem itself: no key while one of them has the focus, no click or wheel on one of them.
 * Screen coordinates are those of the shared screen. Implementations answer from a snapshot and
 * never block.
 */
public interface OwnWindows {

    /** For tests and for a client with no windows: nothing is ever in the way. */
    OwnWindows NONE = new OwnWindows() {
        @Override
        public boolean hasFocus() {
            return false;
        }

        @Override
        public boolean covers(int x, int y) {
            return false;
        }
    };

    /** Whether one of Tandem's windows has the keyboard focus. */
    boolean hasFocus();

    /** Whether the screen point is inside one of Tandem's showing windows. */
    boolean covers(int x, int y);

    /**
     * These windows as seen from a shared area whose top left corner lies at {@code origin} on the
     * desktop: a point of the shared area is moved onto the desktop before it is looked up.
     */
    default OwnWindows seenFrom(java.util.function.Supplier<java.awt.Point> origin) {
        OwnWindows desktop = this;
        return new OwnWindows() {
            @Override
            public boolean hasFocus() {
                return desktop.hasFocus();
            }

            @Override
            public boolean covers(int x, int y) {
                java.awt.Point corner = origin.get();
                return desktop.covers(x + corner.x, y + corner.y);
            }
        };
    }
}
