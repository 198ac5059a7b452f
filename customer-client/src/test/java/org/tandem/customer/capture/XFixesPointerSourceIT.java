package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.PointerMessage;

/**
 * Reads the pointer's real look from a real X server: over a window with a pointer of our own, the
 * look read has that pointer's hotspot; over a window with the standard pointer, another look.
 * Needs DISPLAY (an Xvfb server will do); skipped without one, except on CI.
 */
class XFixesPointerSourceIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Point HOTSPOT = new Point(5, 7);

    private Frame own;
    private Frame standard;

    @BeforeEach
    void requireDisplay() {
        String display = System.getenv("DISPLAY");
        boolean present = display != null && !display.isBlank() && !GraphicsEnvironment.isHeadless();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the pointer tests on an X display (Xvfb); DISPLAY is not set");
        }
        assumeTrue(present, "No X display: set DISPLAY (for example to an Xvfb server) to read real pointers");
    }

    @AfterEach
    void closeWindows() throws Exception {
        EventQueue.invokeAndWait(() -> {
            if (own != null) {
                own.dispose();
            }
            if (standard != null) {
                standard.dispose();
            }
        });
    }

    @Test
    void theLookOfThePointerOverAWindowIsReadWithItsHotspot() throws Exception {
        EventQueue.invokeAndWait(() -> {
            own = window(0, 0, crossHair());
            standard = window(300, 0, Cursor.getPredefinedCursor(Cursor.DEFAULT_CURSOR));
        });
        PointerSource source = XFixesPointerSource.withPosition(PointerSource.NONE);
        XFixesPointerSource xfixes = assertInstanceOf(XFixesPointerSource.class, source,
                "this X server has XFixes, so the look is read");
        Robot robot = new Robot();

        robot.mouseMove(100, 100);
        PointerMessage.Shape ours = awaitShape(xfixes, robot,
                s -> s.hotspotX() == HOTSPOT.x && s.hotspotY() == HOTSPOT.y);
        robot.mouseMove(400, 100);
        PointerMessage.Shape arrow = awaitShape(xfixes, robot, s -> !s.equals(ours));

        assertEquals(HOTSPOT, new Point(ours.hotspotX(), ours.hotspotY()));
        assertNotEquals(ours, arrow, "the standard pointer looks different");
        robot.mouseMove(100, 100);
        assertEquals(ours, awaitShape(xfixes, robot, s -> true), "back over our window, our pointer again");
    }

    private static PointerMessage.Shape awaitShape(XFixesPointerSource source, Robot robot,
            Predicate<PointerMessage.Shape> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        PointerMessage.Shape last = null;
        while (System.nanoTime() < deadline) {
            PointerMessage.Shape shape = source.shapeIfChanged();
            if (shape != null) {
                last = shape;
                if (wanted.test(shape)) {
                    return shape;
                }
            }
            robot.delay(20);
        }
        throw new AssertionError("The pointer's look never became the one expected; last read: " + last);
    }

    private static Frame window(int x, int y, Cursor cursor) {
        Frame frame = new Frame("Tandem pointer test");
        frame.setUndecorated(true);
        frame.setBounds(x, y, 250, 250);
        frame.setCursor(cursor);
        frame.setVisible(true);
        return frame;
    }

    /** A pointer of our own: a red cross, pointing 5 pixels right and 7 down of its top left corner. */
    private static Cursor crossHair() {
        Dimension size = Toolkit.getDefaultToolkit().getBestCursorSize(32, 32);
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < Math.min(size.width, size.height); i++) {
            image.setRGB(i, HOTSPOT.y, 0xFFFF0000);
            image.setRGB(HOTSPOT.x, i, 0xFFFF0000);
        }
        return Toolkit.getDefaultToolkit().createCustomCursor(image, HOTSPOT, "tandem-test-cross");
    }
}
