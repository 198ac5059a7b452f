package org.tandem.agent.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.IntBuffer;
import java.util.Random;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenBuffer;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tiles hold exactly the decoded picture, whatever changes arrive, and take only what changed. */
@ExtendWith(ApplicationExtension.class)
class TiledPictureTest {
    private static final int WIDTH = 333;
    private static final int HEIGHT = 201;

    @Start
    void start(Stage stage) {
        // The toolkit is started by the extension; these tests need no window.
    }

    @Test
    void randomChangesLeaveTheTilesBitExactWithTheDecodedPicture(FxRobot robot) throws Exception {
        Random random = new Random(11);
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder decoder = new TileScreenDecoder();
        int[] argb = new int[WIDTH * HEIGHT];
        java.util.Arrays.fill(argb, 0xff204060);
        apply(decoder, encoder, new Frame(WIDTH, HEIGHT, argb.clone()));
        TiledPicture[] picture = new TiledPicture[1];
        robot.interact(() -> {
            picture[0] = new TiledPicture(WIDTH, HEIGHT);
            picture[0].upload(decoder.screen(), true);
        });
        assertSame(argb, picture[0], robot);

        for (int round = 0; round < 40; round++) {
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT);
            int w = 1 + random.nextInt(WIDTH - x);
            int h = 1 + random.nextInt(Math.min(40, HEIGHT - y));
            for (int row = y; row < y + h; row++) {
                for (int column = x; column < x + w; column++) {
                    argb[row * WIDTH + column] = 0xff000000 | random.nextInt(0x1000000);
                }
            }
            apply(decoder, encoder, new Frame(WIDTH, HEIGHT, argb.clone()));
            if (random.nextBoolean()) {
                robot.interact(() -> picture[0].upload(decoder.screen(), false));
                assertSame(argb, picture[0], robot);
            }
        }
        robot.interact(() -> picture[0].upload(decoder.screen(), false));
        assertSame(argb, picture[0], robot);
    }

    /**
     * Fit shows a 1080p screen at a third of its size or less: where two tiles meet, their edges must
     * not let the background through as a faint grid over the customer's screen.
     */
    @Test
    void aUniformScreenScaledDownShowsNoSeamsBetweenItsTiles(FxRobot robot) throws Exception {
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder decoder = new TileScreenDecoder();
        int[] white = new int[1920 * 1080];
        java.util.Arrays.fill(white, 0xffffffff);
        apply(decoder, encoder, new Frame(1920, 1080, white));
        for (double scale : new double[] {0.2, 0.3, 0.37, 0.5, 0.71, 1.0, 1.3}) {
            javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> {
                TiledPicture picture = new TiledPicture(1920, 1080);
                picture.upload(decoder.screen(), true);
                picture.node().getTransforms().setAll(new javafx.scene.transform.Scale(scale, scale));
                javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
                parameters.setFill(javafx.scene.paint.Color.BLACK);
                shot[0] = new javafx.scene.Group(picture.node()).snapshot(parameters, null);
            });
            javafx.scene.image.PixelReader pixels = shot[0].getPixelReader();
            int width = (int) shot[0].getWidth();
            int height = (int) shot[0].getHeight();
            int darkest = 0xff;
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    darkest = Math.min(darkest, pixels.getArgb(x, y) & 0xff);
                }
            }
            assertTrue(darkest >= 0xf8, "at " + scale + "× the background shows between the tiles: a pixel of blue "
                    + darkest + " inside a white " + width + "×" + height + " picture");
        }
    }

    @Test
    void noGroupHoldsMoreTilesThanJavaFxRepaintsOneByOne(FxRobot robot) {
        TiledPicture[] picture = new TiledPicture[1];
        robot.interact(() -> picture[0] = new TiledPicture(1920, 1080));
        int tiles = 0;
        for (javafx.scene.Node block : picture[0].node().getChildren()) {
            int inBlock = ((javafx.scene.Group) block).getChildren().size();
            assertTrue(inBlock <= 12, "JavaFX repaints a whole group once more than twelve children changed: " + inBlock);
            tiles += inBlock;
        }
        assertEquals(15 * 9, tiles, "every tile of a 1080p screen is shown");
        assertTrue(picture[0].node().getChildren().size() <= 15);
    }

    @Test
    void nothingChangedUploadsNothing(FxRobot robot) throws Exception {
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder decoder = new TileScreenDecoder();
        apply(decoder, encoder, new Frame(WIDTH, HEIGHT, new int[WIDTH * HEIGHT]));
        TiledPicture[] picture = new TiledPicture[1];
        robot.interact(() -> {
            picture[0] = new TiledPicture(WIDTH, HEIGHT);
            picture[0].upload(decoder.screen(), true);
        });
        long updates = picture[0].tileUpdates();
        assertTrue(updates > 0);

        robot.interact(() -> picture[0].upload(decoder.screen(), false));

        assertEquals(updates, picture[0].tileUpdates());
    }

    @Test
    void refusesAScreenOfAnotherSize(FxRobot robot) throws Exception {
        TileScreenDecoder decoder = new TileScreenDecoder();
        apply(decoder, new TileScreenEncoder(), new Frame(64, 64, new int[64 * 64]));
        ScreenBuffer other = decoder.screen();
        robot.interact(() -> assertThrows(IllegalArgumentException.class,
                () -> new TiledPicture(WIDTH, HEIGHT).upload(other, true)));
    }

    private static void apply(TileScreenDecoder decoder, TileScreenEncoder encoder, Frame frame) throws Exception {
        for (ScreenUpdate update : encoder.encode(frame)) {
            decoder.apply(update);
        }
    }

    private static void assertSame(int[] expected, TiledPicture picture, FxRobot robot) {
        int[] shown = new int[WIDTH * HEIGHT];
        robot.interact(() -> picture.snapshot().getPixelReader().getPixels(0, 0, WIDTH, HEIGHT,
                PixelFormat.getIntArgbInstance(), IntBuffer.wrap(shown), WIDTH));
        assertArrayEquals(expected, shown);
        int[] one = new int[1];
        robot.interact(() -> one[0] = picture.argbAt(WIDTH - 1, HEIGHT - 1));
        assertEquals(expected[expected.length - 1], one[0]);
    }
}
