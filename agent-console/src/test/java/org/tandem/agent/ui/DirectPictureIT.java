package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;

/**
 * The customer's screen in a real console window on a real X display: drawn straight to the screen at
 * 1:1 and scaled, a change shown there without the tiles, the technician's pointer and clicks going
 * through to the console, the tiles taking the picture back up to date when its view is hidden, and a
 * part uncovered drawn again. Needs
 * DISPLAY (an Xvfb server will do); skipped without one, except on CI.
 */
class DirectPictureIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int WIDTH = 320;
    private static final int HEIGHT = 200;
    private static final int MARGIN = 24;
    private static final int BLUE = 0xFF3060C0;
    private static final int ORANGE = 0xFFE06020;

    private final TileScreenEncoder encoder = new TileScreenEncoder();
    private final TileScreenDecoder decoder = new TileScreenDecoder();
    private Stage stage;
    private ScreenView view;
    private Robot robot;

    @BeforeAll
    static void startJavaFx() {
        String display = System.getenv("DISPLAY");
        boolean present = display != null && !display.isBlank();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the console's drawing tests on an X display (Xvfb); DISPLAY is not set");
        }
        assumeTrue(present, "No X display: set DISPLAY (for example to an Xvfb server) to draw on a real screen");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            started.complete(null);
        }
        started.join();
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void open() throws Exception {
        robot = new Robot();
        onFx(() -> {
            view = new ScreenView();
            view.relocate(MARGIN, MARGIN);
            sized(1);
            Pane room = new Pane(view);
            room.setStyle("-fx-background-color: #f0f0f0;");
            stage = new Stage(StageStyle.UNDECORATED);
            stage.setScene(new Scene(room, 2 * WIDTH + 2 * MARGIN, 2 * HEIGHT + 2 * MARGIN));
            stage.setX(60);
            stage.setY(60);
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            return null;
        });
    }

    @Test
    void aChangeAtOneToOneReachesTheScreenWithoutTheTiles() throws Exception {
        show(solid(BLUE));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight to the screen at 1:1");
        waitForPixel(WIDTH / 2, HEIGHT / 2, BLUE);
        long tiles = onFx(view::tileUpdates);

        show(withPatch(solid(BLUE), ORANGE));
        waitForPixel(45, 35, ORANGE);
        assertEquals(BLUE, pixelOnScreen(WIDTH - 10, HEIGHT - 10), "only the patch changed");
        assertEquals(tiles, (long) onFx(view::tileUpdates), "the tiles were not updated for the change");
    }

    @Test
    void atTwiceItsSizeThePictureIsScaledByTheServerWithoutTheTiles() throws Exception {
        onFx(() -> {
            sized(2);
            return null;
        });
        show(solid(BLUE));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight to the screen at 2:1");
        waitForPixel(2 * WIDTH - 4, 2 * HEIGHT - 4, BLUE);
        long tiles = onFx(view::tileUpdates);

        show(withPatch(solid(BLUE), ORANGE));
        waitForPixel(2 * 45, 2 * 35, ORANGE); // the patch's point (45, 35), twice as far from the corner
        assertEquals(BLUE, pixelOnScreen(2 * 45, 2 * 55), "below the patch, twice as far down as it is tall");
        assertEquals(tiles, (long) onFx(view::tileUpdates), "the tiles were not updated for the change");
    }

    @Test
    void hiddenThePictureGoesBackToTheTilesWithWhatChangedMeanwhile() throws Exception {
        show(solid(BLUE));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight to the screen");
        show(withPatch(solid(BLUE), ORANGE));
        waitForPixel(45, 35, ORANGE);

        onFx(() -> {
            view.setVisible(false); // as when another session's tab is chosen
            return null;
        });
        waitFor(() -> !onFx(view::drawnDirectly), "the picture off the screen while its view is hidden");
        int kept = onFx(() -> view.snapshot().getPixelReader().getArgb(45, 35));
        assertEquals(ORANGE, kept, "the tiles show the change made while the picture was drawn straight");

        onFx(() -> {
            view.setVisible(true);
            return null;
        });
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight again once its view shows");
        waitForPixel(45, 35, ORANGE);
    }

    @Test
    void aViewTakenOutOfItsWindowAndPutBackIsDrawnStraightAgainInPlace() throws Exception {
        show(solid(BLUE));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight to the screen");
        waitForPixel(WIDTH / 2, HEIGHT / 2, BLUE);
        Pane room = onFx(() -> (Pane) view.getParent());

        onFx(() -> room.getChildren().remove(view)); // as when its session's tab is closed
        waitFor(() -> !onFx(view::drawnDirectly), "nothing drawn straight for a view out of its window");
        show(withPatch(solid(BLUE), ORANGE));

        onFx(() -> room.getChildren().add(view));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight again once back in the window");
        waitForPixel(45, 35, ORANGE);
        show(solid(ORANGE)); // a change now reaches the screen only through the picture's own window
        waitForPixel(WIDTH / 2, HEIGHT / 2, ORANGE);
        waitForPixel(WIDTH - 4, HEIGHT - 4, ORANGE);
    }

    @Test
    void theTechniciansPointerAndClicksGoThroughThePictureToTheConsole() throws Exception {
        show(solid(BLUE));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight to the screen at 1:1");
        waitForPixel(WIDTH / 2, HEIGHT / 2, BLUE);
        List<Point2D> moves = new CopyOnWriteArrayList<>();
        CompletableFuture<Point2D> pressed = new CompletableFuture<>();
        onFx(() -> {
            view.setOnMouseMoved(e -> moves.add(new Point2D(e.getX(), e.getY())));
            view.setOnMousePressed(e -> pressed.complete(new Point2D(e.getX(), e.getY())));
            return null;
        });
        for (int x : new int[] {60, 100, 140}) { // each move over the picture, not only the one that entered it
            Point2D at = onScreen(x, 80);
            robot.mouseMove((int) Math.round(at.getX()), (int) Math.round(at.getY()));
            Point2D expected = new Point2D(x, 80);
            waitFor(() -> moves.stream().anyMatch(m -> m.distance(expected) <= 1.5), "the view told of the move to "
                    + expected + "; it was told of " + moves);
        }
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Point2D got = pressed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(140, got.getX(), 1, "where the click landed in the view");
        assertEquals(80, got.getY(), 1, "where the click landed in the view");
    }

    @Test
    void aPartUncoveredByAnotherWindowIsDrawnAgain() throws Exception {
        show(solid(BLUE));
        waitFor(() -> onFx(view::drawnDirectly), "the picture drawn straight to the screen at 1:1");
        waitForPixel(WIDTH / 2, HEIGHT / 2, BLUE);
        Point2D at = onScreen(WIDTH / 2 - 40, HEIGHT / 2 - 40);
        Stage cover = onFx(() -> {
            Stage over = new Stage(StageStyle.UNDECORATED);
            over.initOwner(stage);
            over.setScene(new Scene(new StackPane(), 80, 80, Color.WHITE));
            over.setX(at.getX());
            over.setY(at.getY());
            over.show();
            return over;
        });
        waitForPixel(WIDTH / 2, HEIGHT / 2, 0xFFFFFFFF);
        onFx(() -> {
            cover.close();
            return null;
        });
        waitForPixel(WIDTH / 2, HEIGHT / 2, BLUE);
    }

    private void sized(double scale) {
        view.setMinSize(WIDTH * scale, HEIGHT * scale);
        view.setPrefSize(WIDTH * scale, HEIGHT * scale);
        view.setMaxSize(WIDTH * scale, HEIGHT * scale);
        view.resize(WIDTH * scale, HEIGHT * scale);
    }

    private static Frame solid(int argb) {
        int[] pixels = new int[WIDTH * HEIGHT];
        Arrays.fill(pixels, argb);
        return new Frame(WIDTH, HEIGHT, pixels);
    }

    /** The frame with a 50×20 patch at (30, 30). */
    private static Frame withPatch(Frame frame, int argb) {
        int[] pixels = frame.argb().clone();
        for (int y = 30; y < 50; y++) {
            Arrays.fill(pixels, y * WIDTH + 30, y * WIDTH + 80, argb);
        }
        return new Frame(WIDTH, HEIGHT, pixels);
    }

    /** Through the real encoder and decoder, then drawn as the console draws a frame. */
    private void show(Frame frame) throws Exception {
        for (var update : encoder.encode(frame)) {
            decoder.apply(update);
        }
        onFx(() -> {
            view.draw(decoder.screen());
            return null;
        });
    }

    private Point2D onScreen(int x, int y) throws Exception {
        return onFx(() -> view.localToScreen(x, y));
    }

    private int pixelOnScreen(int x, int y) throws Exception {
        Point2D at = onScreen(x, y);
        return robot.getPixelColor((int) Math.round(at.getX()), (int) Math.round(at.getY())).getRGB();
    }

    private void waitForPixel(int x, int y, int argb) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int seen = pixelOnScreen(x, y);
        while (seen != argb && System.nanoTime() < deadline) {
            Thread.sleep(20); // the X server's drawing signals nothing this test could wait on
            seen = pixelOnScreen(x, y);
        }
        assertEquals(Integer.toHexString(argb), Integer.toHexString(seen), "the screen at (" + x + ", " + y + ")");
    }

    private void waitFor(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + WAIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
        assertTrue(condition.call(), what);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
