package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.IntBuffer;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.ImageCursor;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.screen.workload.ScreenWorkload;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ScreenViewTest {
    private ScreenView view;
    private final TileScreenEncoder encoder = new TileScreenEncoder();
    private final TileScreenDecoder decoder = new TileScreenDecoder();

    @Start
    void start(Stage stage) {
        view = new ScreenView();
        // Not the scene's root: a root takes the theme's window background, which the console's view never has.
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view), 400, 300));
        stage.show();
    }

    @Test
    void theFirstDrawUploadsTheWholeScreenAndLaterDrawsOnlyWhatChanged(FxRobot robot) throws Exception {
        ScreenWorkload typing = ScreenWorkload.create("typing", 1024, 768, 2);
        send(encoder.encode(typing.first()));
        robot.interact(() -> view.draw(decoder.screen()));
        assertEquals(1024L * 768, view.pixelsUploaded());
        assertSameImage(typing.first(), robot);

        Frame typed = typing.next();
        send(encoder.encode(typed));
        robot.interact(() -> view.draw(decoder.screen()));

        long second = view.pixelsUploaded() - 1024L * 768;
        assertTrue(second > 0 && second <= 2L * 9 * 18, "only the typed character and the cursor were uploaded: " + second);
        assertSameImage(typed, robot);
    }

    @Test
    void aTypedCharacterRepaintsOnlyTheTilesItTouches(FxRobot robot) throws Exception {
        ScreenWorkload typing = ScreenWorkload.create("typing", 1920, 1080, 2);
        send(encoder.encode(typing.first()));
        robot.interact(() -> view.draw(decoder.screen()));
        long tilesOfTheScreen = view.tileUpdates();
        assertEquals(15 * 9, tilesOfTheScreen, "the first draw fills every tile of a 1080p screen");

        for (int i = 0; i < 5; i++) {
            Frame typed = typing.next();
            send(encoder.encode(typed));
            long before = view.tileUpdates();
            robot.interact(() -> view.draw(decoder.screen()));
            long touched = view.tileUpdates() - before;
            assertTrue(touched >= 1 && touched <= 4, "a character and the cursor touch a few tiles, not " + touched);
            assertSameImage(typed, robot);
        }
    }

    @Test
    void aRepaintedTileStartsFromOneOpaqueRectangleNotFromARegionsBackground(FxRobot robot) throws Exception {
        send(encoder.encode(ScreenWorkload.create("idle", 1024, 768, 2).first()));
        robot.interact(() -> view.draw(decoder.screen()));

        javafx.scene.shape.Rectangle ground = robot.lookup("#screenBackdrop").queryAs(javafx.scene.shape.Rectangle.class);
        assertTrue(ground.getFill().isOpaque() && ground.getStroke() == null, "opaque, so JavaFX repaints from it");
        assertEquals(400, ground.getWidth(), 0.01);
        assertEquals(300, ground.getHeight(), 0.01);
        org.junit.jupiter.api.Assertions.assertNull(view.getBackground(),
                "no background of the view's own, drawn stretched from a cache under every changed tile");
    }

    @Test
    void framesThatArriveBeforeADrawAreUploadedTogether(FxRobot robot) throws Exception {
        ScreenWorkload scrolling = ScreenWorkload.create("scrolling", 1024, 768, 2);
        send(encoder.encode(scrolling.first()));
        robot.interact(() -> view.draw(decoder.screen()));
        Frame last = null;
        for (int i = 0; i < 3; i++) {
            last = scrolling.next();
            send(encoder.encode(last));
        }

        robot.interact(() -> view.draw(decoder.screen()));

        assertSameImage(last, robot);
    }

    @Test
    void theCustomersPointerIsDrawnOverItsPointOfTheScaledScreenAsAnArrowUntilALookArrives(FxRobot robot)
            throws Exception {
        RemotePointer pointer = idleScreenWithPointer(robot);
        assertFalse(view.pointerShown(), "no pointer before the customer says where it is");

        robot.interact(() -> pointer.moved(new PointerMessage.Moved(512, 384, true)));

        assertTrue(view.pointerShown());
        assertArrayEquals(new double[] {200, 150}, view.pointerHotspot(), 0.01, "the 400×300 view shows the screen at 0.39");
        assertTrue(robot.lookup("#remotePointerArrow").tryQuery().isPresent(), "a standard arrow without a look");

        robot.interact(() -> pointer.shapeChanged(new PointerMessage.Shape(8, 8, 3, 4, new int[64])));

        assertTrue(robot.lookup("#remotePointerImage").tryQuery().isPresent(), "the customer's look");
        assertArrayEquals(new double[] {200, 150}, view.pointerHotspot(), 0.01, "the hotspot stays on the point");

        robot.interact(() -> pointer.movedLocally(0, 0));

        assertArrayEquals(new double[] {0, 0}, view.pointerHotspot(), 0.01, "the technician's own mouse moves it at once");

        robot.interact(() -> pointer.moved(new PointerMessage.Moved(0, 0, false)));

        assertFalse(view.pointerShown(), "a pointer on another monitor is not drawn");
    }

    @Test
    void theCustomersPointerMovingAsksForNoLayoutOfTheWindow(FxRobot robot) throws Exception {
        // A layout pass measures every label of the window again: moved 60 times a second while the
        // customer drags, the pointer must only move, as a picture's tile changes only its pixels.
        RemotePointer pointer = idleScreenWithPointer(robot);
        robot.interact(() -> pointer.moved(new PointerMessage.Moved(10, 10, true)));
        for (int step = 1; step <= 3; step++) {
            int x = 10 + 40 * step;
            boolean[] layoutAsked = new boolean[2];
            double[][] hotspot = new double[1][];
            robot.interact(() -> {
                view.getScene().getRoot().layout();
                pointer.moved(new PointerMessage.Moved(x, 20, true));
                layoutAsked[0] = view.getParent().isNeedsLayout();
                pointer.movedLocally(x / 2.0, 10);
                layoutAsked[1] = view.getParent().isNeedsLayout();
                hotspot[0] = view.pointerHotspot();
            });
            assertFalse(layoutAsked[0], "the customer's pointer moving to " + x + ",20 asked for a layout");
            assertFalse(layoutAsked[1], "the technician's own mouse moving the pointer asked for a layout");
            double scale = 400 / 1024.0; // the 1024×768 screen in the 400×300 view
            assertArrayEquals(new double[] {x / 2.0 * scale, 10 * scale}, hotspot[0], 0.01,
                    "the pointer is drawn where it moved");
        }
    }

    @Test
    void inControlTheTechniciansOwnPointerWearsTheCustomersLookAtItsOwnSize(FxRobot robot) throws Exception {
        // Read, not shown: Monocle, under the headless tests, cannot make a pointer from an image.
        RemotePointer pointer = idleScreenWithPointer(robot);
        int[] look = new int[6 * 16]; // an I-beam's proportions: a square pointer would stretch it
        java.util.Arrays.fill(look, 0x80FF0000); // half-transparent red, straight
        look[0] = 0xFF0000FF;
        robot.interact(() -> {
            pointer.shapeChanged(new PointerMessage.Shape(6, 16, 2, 7, look));
            view.pointerFollowsLocalMouse(true);
        });

        ImageCursor worn = assertInstanceOf(ImageCursor.class, view.pointerWorn());
        assertEquals(2, worn.getHotspotX());
        assertEquals(7, worn.getHotspotY());
        assertEquals(6, worn.getImage().getWidth(), "at its own size");
        assertEquals(16, worn.getImage().getHeight(), "at its own size");
        assertEquals(0xFF0000FF, worn.getImage().getPixelReader().getArgb(0, 0));
        assertEquals(0x80FF0000, worn.getImage().getPixelReader().getArgb(1, 0), "the look's colour, half transparent");

        robot.interact(() -> pointer.shapeChanged(null));
        assertEquals(Cursor.DEFAULT, view.pointerWorn(), "an unknown look: a standard arrow");

        robot.interact(() -> view.pointerFollowsLocalMouse(false));
        assertEquals(null, view.pointerWorn(), "out of control the technician's pointer is their own");
    }

    @Test
    void inControlNothingIsDrawnUnderTheTechniciansPointerWhileItIsOverTheScreen(FxRobot robot) throws Exception {
        RemotePointer pointer = idleScreenWithPointer(robot);
        robot.interact(() -> {
            pointer.moved(new PointerMessage.Moved(512, 384, true));
            view.pointerFollowsLocalMouse(true);
        });
        assertTrue(view.pointerShown(), "the technician's mouse is elsewhere: the customer's pointer is drawn");

        robot.moveTo(view);

        assertFalse(view.pointerShown(), "the technician's own pointer is the customer's: none drawn under it");
        robot.interact(() -> {
            pointer.movedLocally(100, 100);
            pointer.moved(new PointerMessage.Moved(100, 100, true));
        });
        assertFalse(view.pointerShown(), "moving it draws nothing");

        robot.interact(() -> view.pointerFollowsLocalMouse(false));

        assertTrue(view.pointerShown(), "out of control the customer's pointer is drawn where it is");
        double scale = 400 / 1024.0;
        assertArrayEquals(new double[] {100 * scale, 100 * scale}, view.pointerHotspot(), 0.01);
    }

    @Test
    void besideThePictureTheTechniciansPointerIsTheirOwnAndTheCustomersIsDrawn(FxRobot robot) throws Exception {
        RemotePointer pointer = new RemotePointer(Runnable::run);
        // A wide screen in the 400×300 view: 400×200 shown, a dark band of 50 pixels above and below.
        send(encoder.encode(ScreenWorkload.create("idle", 1600, 800, 2).first()));
        robot.interact(() -> {
            view.showPointer(pointer);
            view.draw(decoder.screen());
            pointer.moved(new PointerMessage.Moved(512, 250, true));
            view.pointerFollowsLocalMouse(true);
        });
        robot.moveTo(view);
        assertFalse(view.pointerShown(), "over the picture the technician's pointer is the customer's");
        assertEquals(Cursor.DEFAULT, view.pointerWorn());

        robot.moveTo(view, javafx.geometry.Pos.TOP_CENTER, new javafx.geometry.Point2D(0, 10),
                org.testfx.robot.Motion.DIRECT);

        assertTrue(view.pointerShown(), "in the band above the picture the customer's pointer is drawn where it is");
        assertEquals(null, view.getCursor(), "and the technician's pointer there is their own");
    }

    @Test
    void aLookSeenAgainIsWornWithoutBeingMadeAgain(FxRobot robot) throws Exception {
        RemotePointer pointer = idleScreenWithPointer(robot);
        robot.interact(() -> view.pointerFollowsLocalMouse(true));
        Cursor[] worn = new Cursor[3];
        robot.interact(() -> {
            pointer.shapeChanged(new PointerMessage.Shape(2, 2, 0, 0, new int[] {1, 2, 3, 4}));
            worn[0] = view.pointerWorn();
            pointer.shapeChanged(new PointerMessage.Shape(2, 2, 1, 1, new int[] {1, 2, 3, 4}));
            worn[1] = view.pointerWorn();
            pointer.shapeChanged(new PointerMessage.Shape(2, 2, 0, 0, new int[] {1, 2, 3, 4}));
            worn[2] = view.pointerWorn();
        });
        assertTrue(worn[0] != worn[1], "another hotspot is another pointer");
        assertSame(worn[0], worn[2], "the first look, kept");
        robot.interact(() -> {
            for (int i = 0; i < 100; i++) {
                pointer.shapeChanged(new PointerMessage.Shape(1, 1, 0, 0, new int[] {i}));
            }
        });
        assertEquals(32, view.lookCursorsKept(), "a program animating its pointer does not grow the looks kept");
    }

    @Test
    void drawingWithNothingChangedUploadsNothing(FxRobot robot) throws Exception {
        ScreenWorkload idle = ScreenWorkload.create("idle", 1024, 768, 2);
        send(encoder.encode(idle.first()));
        robot.interact(() -> view.draw(decoder.screen()));
        long before = view.pixelsUploaded();

        robot.interact(() -> view.draw(decoder.screen()));

        assertEquals(before, view.pixelsUploaded());
    }

    /** An idle 1024×768 screen drawn in the view, with a pointer the view follows (not placed yet). */
    private RemotePointer idleScreenWithPointer(FxRobot robot) throws Exception {
        RemotePointer pointer = new RemotePointer(Runnable::run);
        send(encoder.encode(ScreenWorkload.create("idle", 1024, 768, 2).first()));
        robot.interact(() -> {
            view.showPointer(pointer);
            view.draw(decoder.screen());
        });
        return pointer;
    }

    private void send(List<ScreenUpdate> updates) throws Exception {
        for (ScreenUpdate update : updates) {
            decoder.apply(update);
        }
    }

    private void assertSameImage(Frame expected, FxRobot robot) {
        int[] shown = new int[expected.width() * expected.height()];
        robot.interact(() -> {
            view.snapshot().getPixelReader().getPixels(0, 0, expected.width(), expected.height(),
                    PixelFormat.getIntArgbInstance(), IntBuffer.wrap(shown), expected.width());
        });
        assertArrayEquals(expected.argb(), shown);
    }
}
