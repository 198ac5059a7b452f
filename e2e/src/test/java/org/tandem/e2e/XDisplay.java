package org.tandem.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;

/** End-to-end tests need a real X display: in CI one is always there, elsewhere they are skipped. */
final class XDisplay {
    private XDisplay() {}

    static void require() {
        String display = System.getenv("DISPLAY");
        boolean present = display != null && !display.isBlank() && !GraphicsEnvironment.isHeadless();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI must run the end-to-end tests on an X display (Xvfb); DISPLAY is not set");
        }
        assumeTrue(present, "No X display (DISPLAY is unset): end-to-end tests skipped; run them with ./tandem test");
    }
}
