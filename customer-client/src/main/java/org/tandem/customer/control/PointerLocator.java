package org.tandem.customer.control;

import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.util.Optional;

/** Where the real pointer is on the screen. */
@FunctionalInterface
public interface PointerLocator {

    /** The pointer's position, or empty when it cannot be told (no mouse, a secure desktop). */
    Optional<Point> locate();

    /** The pointer as AWT sees it. */
    static PointerLocator awt() {
        return () -> {
            PointerInfo info = MouseInfo.getPointerInfo();
            return info == null ? Optional.empty() : Optional.of(info.getLocation());
        };
    }
}
