package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Titles are measured as wide as the window manager needs to show them whole. */
@ExtendWith(ApplicationExtension.class)
class TitleRoomTest {
    @Test
    void titlesAreMeasuredAsTheWindowManagerCutsThem(FxRobot robot) {
        // Seen under metacity: in a prompt 460 pixels wide the first title lost its end, the second did not.
        AtomicReference<double[]> widths = new AtomicReference<>();
        robot.interact(() -> widths.set(new double[] {
                TitleRoom.widthFor("Tandem — Let the technician control your mouse and keyboard?"),
                TitleRoom.widthFor("Tandem — Start the session with Demo Technician?")}));

        assertTrue(widths.get()[0] > 460, "needs " + widths.get()[0]);
        assertTrue(widths.get()[1] <= 460, "needs " + widths.get()[1]);
    }
}
