package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XwdImageTest {
    private static final Duration PAINT_WAIT = Duration.ofSeconds(10);
    private static final int BLUE = 0x1020F0;

    @Test
    void readsTheScreenOfARealDisplayAsXwdDumpsIt(@TempDir Path logs) throws Exception {
        Assumptions.assumeTrue(DesktopCommand.findOnPath("Xvfb").isPresent() && DesktopCommand.findOnPath("xwd").isPresent()
                && DesktopCommand.findOnPath("xdotool").isPresent() && DesktopCommand.findOnPath("xterm").isPresent(),
                "needs Xvfb, xwd, xdotool and xterm");
        try (VirtualDisplay display = VirtualDisplay.start(VirtualDisplay.freeNumber(180), 200, 120, logs);
                ChildProcess terminal = ChildProcess.start("xterm", display.name(), logs, List.of("xterm", "-title",
                        "colour", "-geometry", "8x2+20+30", "-bg", "#1020f0", "-fg", "#1020f0", "-e", "sleep", "60"), 5)) {
            XdoTool xdo = new XdoTool(display.name());
            xdo.awaitWindow("^colour$", 60, terminal);
            ScreenPixels screen = screenOnceDrawn(xdo, 30, 40, BLUE);

            assertEquals(200, screen.width());
            assertEquals(120, screen.height());
            assertEquals(BLUE, screen.at(30, 40), String.format("inside the terminal: its background, channels in order"
                    + " (#%06X after up to %d s)", screen.at(30, 40), PAINT_WAIT.toSeconds()));
            assertEquals(0x000000, screen.at(5, 5), "outside it: the black root");
        }
    }

    /**
     * The screen once the pixel at (x, y) has the colour, or as it is when {@link #PAINT_WAIT} is over (for the
     * caller's assertions to say what was wrong): a window is mapped before it is painted, and nothing tells when.
     */
    private static ScreenPixels screenOnceDrawn(XdoTool xdo, int x, int y, int rgb) throws Exception {
        long deadline = System.nanoTime() + PAINT_WAIT.toNanos();
        ScreenPixels screen = xdo.screenshot();
        while (screen.at(x, y) != rgb && System.nanoTime() - deadline < 0) {
            Thread.sleep(100); // polled with a deadline: only another dump shows whether it is painted yet
            screen = xdo.screenshot();
        }
        return screen;
    }

    @Test
    void refusesADumpCutShort() {
        IOException e = assertThrows(IOException.class, () -> XwdImage.read(new byte[40]));
        assertEquals("Not a window dump: 40 bytes", e.getMessage());
    }
}
