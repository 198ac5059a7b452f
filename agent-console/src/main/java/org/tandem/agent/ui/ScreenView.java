package org.tandem.agent.ui;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.tandem.shared.screen.Frame;

/** The customer's screen, scaled to fit the space it is given, keeping its proportions. */
final class ScreenView extends Region {
    private final ImageView imageView = new ImageView();
    private WritableImage image;

    ScreenView() {
        setId("screenView");
        imageView.setId("screenImage");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        getChildren().add(imageView);
        setStyle("-fx-background-color: #202020;");
        setMinSize(0, 0);
    }

    /** Copies the frame's pixels into the image; the frame may be reused once this returns. */
    void draw(Frame frame) {
        if (image == null || (int) image.getWidth() != frame.width() || (int) image.getHeight() != frame.height()) {
            image = new WritableImage(frame.width(), frame.height());
            imageView.setImage(image);
            requestLayout();
        }
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(frame.argb()), frame.width());
    }

    void clear() {
        image = null;
        imageView.setImage(null);
    }

    WritableImage image() {
        return image;
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
