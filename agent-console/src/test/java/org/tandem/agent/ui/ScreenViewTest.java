package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.IntBuffer;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
        stage.setScene(new Scene(view, 400, 300));
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
    void drawingWithNothingChangedUploadsNothing(FxRobot robot) throws Exception {
        ScreenWorkload idle = ScreenWorkload.create("idle", 1024, 768, 2);
        send(encoder.encode(idle.first()));
        robot.interact(() -> view.draw(decoder.screen()));
        long before = view.pixelsUploaded();

        robot.interact(() -> view.draw(decoder.screen()));

        assertEquals(before, view.pixelsUploaded());
    }

    private void send(List<ScreenUpdate> updates) throws Exception {
        for (ScreenUpdate update : updates) {
            decoder.apply(update);
        }
    }

    private void assertSameImage(Frame expected, FxRobot robot) {
        int[] shown = new int[expected.width() * expected.height()];
        robot.interact(() -> {
            WritableImage image = view.image();
            image.getPixelReader().getPixels(0, 0, expected.width(), expected.height(),
                    PixelFormat.getIntArgbInstance(), IntBuffer.wrap(shown), expected.width());
        });
        assertArrayEquals(expected.argb(), shown);
    }
}
