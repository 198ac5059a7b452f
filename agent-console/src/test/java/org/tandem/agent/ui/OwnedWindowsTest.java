package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.ui.history.HistoryWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's own windows open over the console, wherever it is (beside a customer's window, on
 * another monitor), not in the middle of the screen.
 */
@ExtendWith(ApplicationExtension.class)
class OwnedWindowsTest {
    @TempDir
    Path dataDir;

    private Stage console;

    @Start
    void start(Stage stage) {
        console = stage;
        stage.setScene(new Scene(new StackPane(), 1100, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void historyOpensOverTheConsole(FxRobot robot) {
        AtomicReference<Stage> history = new AtomicReference<>();
        robot.interact(() -> history.set(HistoryWindow.show(OwnSessions.readOnly(dataDir), console)));
        try {
            assertOver(console, history.get());
        } finally {
            robot.interact(history.get()::close);
        }
    }

    @Test
    void theShortcutListOpensOverTheConsole(FxRobot robot) {
        AtomicReference<Stage> list = new AtomicReference<>();
        robot.interact(() -> list.set(ShortcutsWindow.show(console)));
        try {
            assertOver(console, list.get());
        } finally {
            robot.interact(list.get()::close);
        }
    }

    @Test
    void theShortcutListLeavesRoomForItsTitleBarAndScrollsInstead(FxRobot robot) {
        AtomicReference<Stage> list = new AtomicReference<>();
        robot.interact(() -> list.set(ShortcutsWindow.show(console)));
        try {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Stage shown = list.get();
            // The window manager adds its title bar above the scene: a list as high as the screen ran off its bottom.
            assertTrue(shown.getHeight() <= screen.getHeight() * ShortcutsWindow.SCREEN_SHARE + 1,
                    "the list is " + shown.getHeight() + " high on a screen " + screen.getHeight() + " high");
            assertTrue(shown.getY() + shown.getHeight() <= screen.getMaxY(), "its bottom is off the screen");
        } finally {
            robot.interact(list.get()::close);
        }
    }

    /** Centred across the owner, and on its screen: a window taller than the owner keeps its top on the screen. */
    static void assertOver(Window owner, Window window) {
        double ownerCentre = owner.getX() + owner.getWidth() / 2;
        assertEquals(ownerCentre, window.getX() + window.getWidth() / 2, 2,
                "centred across its owner: owner " + owner.getX() + "+" + owner.getWidth() + ", window "
                        + window.getX() + "+" + window.getWidth());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(window.getX() >= screen.getMinX() && window.getY() >= screen.getMinY(),
                "on the screen: " + window.getX() + ", " + window.getY());
    }
}
