package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.config.WindowBoundsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A window of either app opens where and as large as it was when it last closed; the file is written off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class WindowBoundsBindingTest {
    private final ExecutorService writer = Executors.newSingleThreadExecutor();

    @TempDir
    Path dir;

    /** Stops the writer before the folder is removed, so that no late save is still writing into it. */
    @AfterEach
    void stopWriter() throws InterruptedException {
        writer.shutdownNow();
        assertTrue(writer.awaitTermination(5, TimeUnit.SECONDS), "the window file's writer stopped");
    }

    @Test
    void theWindowReopensWithTheSizeAndPlaceItClosedWith(FxRobot robot) throws Exception {
        Path file = dir.resolve("window.properties");
        WindowBoundsStore store = new WindowBoundsStore(file);
        store.save(new WindowBoundsStore.Bounds(100, 120, 900, 640));

        CompletableFuture<Boolean> writtenOnFxThread = new CompletableFuture<>();
        Stage[] first = new Stage[1];
        Optional<WindowBoundsStore.Bounds> saved = store.load();
        robot.interact(() -> {
            first[0] = new Stage();
            first[0].setScene(new Scene(new Pane(), 1024, 720));
            WindowBoundsBinding.bind(first[0], saved, bounds -> writer.execute(() -> {
                store.save(bounds);
                writtenOnFxThread.complete(Platform.isFxApplicationThread());
            }));
            first[0].show();
        });
        assertEquals(new WindowBoundsStore.Bounds(100, 120, 900, 640), boundsOf(first[0]));

        robot.interact(() -> {
            first[0].setWidth(1111);
            first[0].setHeight(666);
            first[0].setX(40);
            first[0].close();
        });
        assertEquals(false, writtenOnFxThread.get(5, TimeUnit.SECONDS));
        assertEquals(new WindowBoundsStore.Bounds(40, 120, 1111, 666), store.load().orElseThrow());

        Stage[] second = new Stage[1];
        Optional<WindowBoundsStore.Bounds> again = store.load();
        robot.interact(() -> {
            second[0] = new Stage();
            second[0].setScene(new Scene(new Pane(), 1024, 720));
            WindowBoundsBinding.bind(second[0], again, bounds -> { });
            second[0].show();
        });
        assertEquals(new WindowBoundsStore.Bounds(40, 120, 1111, 666), boundsOf(second[0]));
        robot.interact(second[0]::close);
    }

    @Test
    void aMaximisedWindowReopensMaximisedAndGoesBackToItsSizeWhenUnMaximised(FxRobot robot) throws Exception {
        Path file = dir.resolve("window.properties");
        WindowBoundsStore store = new WindowBoundsStore(file);
        store.save(new WindowBoundsStore.Bounds(100, 120, 900, 640));

        CompletableFuture<Void> written = new CompletableFuture<>();
        Stage[] first = new Stage[1];
        Optional<WindowBoundsStore.Bounds> saved = store.load();
        robot.interact(() -> {
            first[0] = new Stage();
            first[0].setScene(new Scene(new Pane(), 1024, 720));
            WindowBoundsBinding.bind(first[0], saved, bounds -> writer.execute(() -> {
                store.save(bounds);
                written.complete(null);
            }));
            first[0].show();
        });
        robot.interact(() -> first[0].setMaximized(true));
        waitFor(5, TimeUnit.SECONDS, () -> first[0].getWidth() != 900);
        robot.interact(first[0]::close);
        written.get(5, TimeUnit.SECONDS);
        assertEquals(new WindowBoundsStore.Bounds(100, 120, 900, 640, true), store.load().orElseThrow(),
                "maximised, with the size it had before");

        Stage[] second = new Stage[1];
        Optional<WindowBoundsStore.Bounds> again = store.load();
        robot.interact(() -> {
            second[0] = new Stage();
            second[0].setScene(new Scene(new Pane(), 1024, 720));
            WindowBoundsBinding.bind(second[0], again, bounds -> { });
            second[0].show();
        });
        assertTrue(second[0].isMaximized(), "opens maximised");
        robot.interact(() -> second[0].setMaximized(false));
        waitFor(5, TimeUnit.SECONDS, () -> second[0].getWidth() == 900);
        assertEquals(new WindowBoundsStore.Bounds(100, 120, 900, 640), boundsOf(second[0]));
        robot.interact(second[0]::close);
    }

    @Test
    void aDesktopThatResizesBeforeItSaysMaximisedStillLeavesTheSizeFromBefore(FxRobot robot) throws Exception {
        CompletableFuture<WindowBoundsStore.Bounds> remembered = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1024, 720));
            WindowBoundsBinding.bind(stage[0], Optional.of(new WindowBoundsStore.Bounds(100, 120, 900, 640)),
                    remembered::complete);
            stage[0].show();
        });
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            // The window manager's resize arrives first, its "maximised" after.
            stage[0].setWidth(screen.getWidth());
            stage[0].setHeight(screen.getHeight());
            stage[0].setX(screen.getMinX());
            stage[0].setY(screen.getMinY());
            stage[0].setMaximized(true);
        });
        robot.interact(stage[0]::close);
        assertEquals(new WindowBoundsStore.Bounds(100, 120, 900, 640, true), remembered.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aWindowLastOnAScreenThatIsGoneOpensWhollyOnOneThatIsThere(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1024, 720));
            // Where a second monitor, unplugged since, was to the right of this one.
            WindowBoundsBinding.bind(stage[0], Optional.of(new WindowBoundsStore.Bounds(screen.getMaxX() + 300,
                    screen.getMinY() + 50, 900, 640)), bounds -> { });
            stage[0].show();
        });
        WindowBoundsStore.Bounds now = boundsOf(stage[0]);
        assertEquals(900, now.width(), "the size it had");
        assertEquals(640, now.height());
        assertTrue(whollyOn(screen, now), now + " lies wholly on " + screen);
        robot.interact(stage[0]::close);
    }

    @Test
    void aWindowLargerThanTheScreenNowOpensNoLargerThanIt(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1024, 720));
            WindowBoundsBinding.bind(stage[0], Optional.of(new WindowBoundsStore.Bounds(screen.getMinX() - 40,
                    screen.getMinY() - 30, screen.getWidth() + 400, screen.getHeight() + 300)), bounds -> { });
            stage[0].show();
        });
        WindowBoundsStore.Bounds now = boundsOf(stage[0]);
        assertTrue(whollyOn(screen, now), now + " lies wholly on " + screen);
        robot.interact(stage[0]::close);
    }

    private static boolean whollyOn(javafx.geometry.Rectangle2D screen, WindowBoundsStore.Bounds bounds) {
        return bounds.x() >= screen.getMinX() && bounds.y() >= screen.getMinY()
                && bounds.x() + bounds.width() <= screen.getMaxX() && bounds.y() + bounds.height() <= screen.getMaxY();
    }

    private static WindowBoundsStore.Bounds boundsOf(Stage stage) {
        return new WindowBoundsStore.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
}
