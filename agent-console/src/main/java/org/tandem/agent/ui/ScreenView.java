package org.tandem.agent.ui;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * The customer's screen, scaled by the scene graph to fit the space it is given, keeping its
 * proportions. Each draw uploads only the rectangles that changed since the last one.
 */
final class ScreenView extends Region {
    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();
    private final ImageView imageView = new ImageView();
    private WritableImage image;
    private ScreenBuffer shown;
    private long pixelsUploaded;

    ScreenView() {
        setId("screenView");
        imageView.setId("screenImage");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        getChildren().add(imageView);
        setStyle("-fx-background-color: #202020;");
        setMinSize(0, 0);
    }

    /** Uploads what changed in the screen since the last draw; all of it when the screen is new to this view. */
    void draw(ScreenBuffer screen) {
        boolean fresh = screen != shown || image == null;
        if (fresh) {
            if (image == null || (int) image.getWidth() != screen.width() || (int) image.getHeight() != screen.height()) {
                image = new WritableImage(screen.width(), screen.height());
                imageView.setImage(image);
                requestLayout();
            }
            shown = screen;
        }
        screen.takeChanges(fresh, (x, y, w, h, argb, stride) -> {
            image.getPixelWriter().setPixels(x, y, w, h, FORMAT, argb, y * stride + x, stride);
            pixelsUploaded += (long) w * h;
        });
    }

    void clear() {
        image = null;
        shown = null;
        imageView.setImage(null);
    }

    WritableImage image() {
        return image;
    }

    /** Pixels copied into the image so far; lets tests see that only changes are uploaded. */
    long pixelsUploaded() {
        return pixelsUploaded;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        double shownW = w;
        double shownH = h;
        if (image != null) {
            double scale = Math.min(w / image.getWidth(), h / image.getHeight());
            shownW = image.getWidth() * scale;
            shownH = image.getHeight() * scale;
        }
        imageView.relocate((w - shownW) / 2, (h - shownH) / 2);
    }
}
