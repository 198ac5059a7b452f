package org.tandem.agent.ui;

import java.nio.IntBuffer;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * The customer's screen, scaled by the scene graph to fit the space it is given, keeping its
 * proportions. Each draw uploads only the rectangles that changed since the last one. The
 * customer's pointer is drawn on top, at its own size, from {@link RemotePointer}: its look when
 * the customer sent one, else a standard arrow.
 */
final class ScreenView extends Region {
    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();
    private final ImageView imageView = new ImageView();
    private WritableImage image;
    private ScreenBuffer shown;
    private long pixelsUploaded;
    private final Group pointerLayer = new Group();
    private final Polygon arrow = standardArrow();
    private final ImageView pointerImage = new ImageView();
    private RemotePointer pointer;
    private int hotspotX;
    private int hotspotY;

    ScreenView() {
        setId("screenView");
        imageView.setId("screenImage");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        pointerLayer.setId("remotePointer");
        pointerLayer.setMouseTransparent(true);
        pointerLayer.setManaged(false);
        pointerLayer.setVisible(false);
        pointerImage.setId("remotePointerImage");
        arrow.setId("remotePointerArrow");
        pointerLayer.getChildren().add(arrow);
        getChildren().addAll(imageView, pointerLayer);
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
                placePointer();
            }
            shown = screen;
        }
        screen.takeChanges(fresh, (x, y, w, h, argb, stride) -> {
            image.getPixelWriter().setPixels(x, y, w, h, FORMAT, argb, y * stride + x, stride);
            pixelsUploaded += (long) w * h;
        });
    }

    /** Draws this pointer over the screen from now on, following it as it moves or changes its look. */
    void showPointer(RemotePointer shown) {
        pointer = shown;
        shown.xProperty().addListener((obs, was, now) -> placePointer());
        shown.yProperty().addListener((obs, was, now) -> placePointer());
        shown.visibleProperty().addListener((obs, was, now) -> placePointer());
        shown.shapeProperty().addListener((obs, was, now) -> lookOf(now));
        lookOf(shown.shapeProperty().get());
    }

    private void lookOf(PointerMessage.Shape shape) {
        if (shape == null) {
            hotspotX = 0;
            hotspotY = 0;
            pointerLayer.getChildren().setAll(arrow);
        } else {
            WritableImage look = new WritableImage(shape.width(), shape.height());
            look.getPixelWriter().setPixels(0, 0, shape.width(), shape.height(), PixelFormat.getIntArgbInstance(),
                    shape.argb(), 0, shape.width());
            pointerImage.setImage(look);
            hotspotX = shape.hotspotX();
            hotspotY = shape.hotspotY();
            pointerLayer.getChildren().setAll(pointerImage);
        }
        placePointer();
    }

    /** Puts the pointer's hotspot over its point of the customer's screen, as the screen is scaled now. */
    private void placePointer() {
        boolean shown = pointer != null && pointer.visibleProperty().get() && image != null;
        pointerLayer.setVisible(shown);
        if (!shown) {
            return;
        }
        // As the layout scales the picture: to fit, keeping proportions, centred.
        double scale = Math.min(getWidth() / image.getWidth(), getHeight() / image.getHeight());
        double left = (getWidth() - image.getWidth() * scale) / 2;
        double top = (getHeight() - image.getHeight() * scale) / 2;
        // The layer's origin is the look's top-left corner (the arrow's tip), whatever its stroke adds around it.
        pointerLayer.setLayoutX(left + pointer.xProperty().get() * scale - hotspotX);
        pointerLayer.setLayoutY(top + pointer.yProperty().get() * scale - hotspotY);
    }

    /** Where the pointer's hotspot is drawn, in this view's coordinates; for tests. */
    double[] pointerHotspot() {
        return new double[] {pointerLayer.getLayoutX() + hotspotX, pointerLayer.getLayoutY() + hotspotY};
    }

    boolean pointerShown() {
        return pointerLayer.isVisible();
    }

    /** A plain arrow, black with a white edge, its tip at (0, 0): the pointer when its look is unknown. */
    private static Polygon standardArrow() {
        Polygon arrow = new Polygon(0, 0, 0, 17, 4.5, 13, 7.5, 20, 10, 19, 7, 12, 12, 12);
        arrow.setFill(Color.BLACK);
        arrow.setStroke(Color.WHITE);
        arrow.setStrokeWidth(1);
        return arrow;
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
        placePointer();
    }
}
