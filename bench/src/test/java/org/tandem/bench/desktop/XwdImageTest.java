package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class XwdImageTest {

    @Test
    void readsTheScreenOfARealDisplayAsXwdDumpsIt() throws Exception {
        Assumptions.assumeTrue(DesktopCommand.findOnPath("Xvfb").isPresent() && DesktopCommand.findOnPath("xwd").isPresent()
                && DesktopCommand.findOnPath("xdotool").isPresent() && DesktopCommand.findOnPath("xterm").isPresent(),
                "needs Xvfb, xwd, xdotool and xterm");
        var logs = Files.createTempDirectory("xwd-test");
        try (VirtualDisplay display = VirtualDisplay.start(VirtualDisplay.freeNumber(180), 200, 120, logs);
                ChildProcess terminal = ChildProcess.start("xterm", display.name(), logs, List.of("xterm", "-title",
                        "colour", "-geometry", "8x2+20+30", "-bg", "#1020f0", "-fg", "#1020f0", "-e", "sleep", "60"), 5)) {
            XdoTool xdo = new XdoTool(display.name());
            xdo.awaitWindow("^colour$", 60, terminal);
            ScreenPixels screen = xdo.screenshot();
            for (int i = 0; i < 50 && screen.at(30, 40) != 0x1020F0; i++) {
                Thread.sleep(100); // mapped, maybe not yet painted
                screen = xdo.screenshot();
            }

            assertEquals(200, screen.width());
            assertEquals(120, screen.height());
            assertEquals(0x1020F0, screen.at(30, 40), "inside the terminal: its background, channels in order");
            assertEquals(0x000000, screen.at(5, 5), "outside it: the black root");
        }
    }

    @Test
    void refusesADumpCutShort() {
        IOException e = assertThrows(IOException.class, () -> XwdImage.read(new byte[40]));
        assertEquals("Not a window dump: 40 bytes", e.getMessage());
    }
}
