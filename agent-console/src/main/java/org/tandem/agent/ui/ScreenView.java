package org.tandem.agent.ui;

import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.ImageCursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.tandem.agent.ui.viewer.Argb;
import org.tandem.agent.ui.viewer.TiledPicture;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * The customer's screen, scaled by the scene graph to fit the space it is given, keeping its
 * proportions. Each draw copies only the rectangles that changed since the last one into the tiles
 * of a {@link TiledPicture}, so only those tiles are uploaded and repainted. The customer's pointer
 * is drawn on top, at its own size, from {@link RemotePointer}: its look when the customer sent one,
 * else a standard arrow. While the technician is in control and their mouse is over the picture, their
 * own pointer wears the customer's pointer's look instead and nothing is drawn: the pointer moves with
 * the technician's hand at the speed of their own desktop, and moving it repaints nothing here. Beside
 * the picture the technician's pointer is their own, and the customer's is drawn where it is.
 *
 * <p>On an X11 desktop the picture is drawn straight to the screen instead ({@link DirectScreen}), scaled
 * by the X server, over the tiles, which are then left as they were and brought up to date when the
 * picture goes back to them (in a tab not shown, or where it cannot be drawn straight).
 */
final class ScreenView extends Region {
    private static final Color BACKDROP = Color.web("#202020");
    private final Scale scale = new Scale(1, 1, 0, 0);
    /**
     * The dark ground under the picture, as a rectangle rather than the region's background: JavaFX
     * starts repainting a changed tile from the opaque node under it, and a plain rectangle is one
     * cheap fill, where a region's background is drawn from a cached image, stretched, at several
     * times the cost of the tile itself on the software pipeline.
     */
    private final Rectangle backdrop = new Rectangle(0, 0, BACKDROP);
    private TiledPicture picture;
    private ScreenBuffer shown;
    private long pixelsUploaded;
    private long tileUpdates;
    private final Group pointerLayer = new Group();
    private final Polygon arrow = standardArrow();
    private final ImageView pointerImage = new ImageView();
    private RemotePointer pointer;
    private int hotspotX;
    private int hotspotY;
    private double shownScale = 1;
    private double shownLeft;
    private double shownTop;
    /** Whether the technician's own pointer stands for the customer's while it is over this view. */
    private boolean localPointer;
    private PointerMessage.Shape look;
    private final DirectScreen direct = new DirectScreen(this);
    private final Runnable placeDirect = this::placeDirect;
    private final Map<PointerMessage.Shape, Cursor> cursors = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PointerMessage.Shape, Cursor> eldest) {
            return size() > 32; // a desktop has a few looks; a program animating its pointer must not grow this
        }
    };

    ScreenView() {
        setId("screenView");
        pointerLayer.setId("remotePointer");
        pointerLayer.setMouseTransparent(true);
        pointerLayer.setManaged(false);
        pointerLayer.setVisible(false);
        pointerImage.setId("remotePointerImage");
        arrow.setId("remotePointerArrow");
        pointerLayer.getChildren().add(arrow);
        backdrop.setId("screenBackdrop");
        backdrop.setManaged(false);
        getChildren().addAll(backdrop, pointerLayer);
        setMinSize(0, 0);
        sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(placeDirect);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(placeDirect);
                placeDirect();
            } else if (direct.shown() && picture != null) {
                direct.dispose();
                picture.upload(shown, true); // the tiles were left as they were while the picture was on the screen
            } else {
                direct.dispose();
            }
        });
    }

    /** Uploads what changed in the screen since the last draw; all of it when the screen is new to this view. */
    void draw(ScreenBuffer screen) {
        boolean fresh = screen != shown || picture == null;
        if (fresh) {
            if (picture == null || picture.width() != screen.width() || picture.height() != screen.height()) {
                replacePicture(new TiledPicture(screen.width(), screen.height()));
            }
            shown = screen;
        }
        if (direct.shown()) {
            direct.upload(screen, fresh);
            return;
        }
        long before = picture.pixelsUploaded();
        long updatesBefore = picture.tileUpdates();
        picture.upload(screen, fresh);
        pixelsUploaded += picture.pixelsUploaded() - before;
        tileUpdates += picture.tileUpdates() - updatesBefore;
    }

    private void replacePicture(TiledPicture next) {
        if (picture != null) {
            getChildren().remove(picture.node());
        }
        picture = next;
        if (next != null) {
            Group tiles = next.node();
            tiles.setId("screenImage");
            tiles.setManaged(false);
            tiles.getTransforms().setAll(scale);
            tiles.setCursor(localPointer ? cursorFor(look) : null);
            tiles.hoverProperty().addListener((obs, was, now) -> placePointer());
            getChildren().add(1, tiles);
        }
        requestLayout();
        placePointer();
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

    /**
     * In control, the technician's own pointer stands for the customer's over this view, wearing its
     * look; out of control it is the technician's own again and the customer's is drawn.
     */
    void pointerFollowsLocalMouse(boolean follows) {
        localPointer = follows;
        wear(follows ? cursorFor(look) : null);
        placePointer();
    }

    /** Over the picture only: around it, where the customer's screen is not, the technician's pointer is their own. */
    private void wear(Cursor cursor) {
        if (picture != null) {
            picture.node().setCursor(cursor);
        }
    }

    private Cursor cursorFor(PointerMessage.Shape shape) {
        if (shape == null) {
            return Cursor.DEFAULT; // the customer's computer cannot tell its look: a standard arrow, as drawn
        }
        return cursors.computeIfAbsent(shape, ScreenView::imageCursor);
    }

    /**
     * The look as a pointer of the technician's desktop, at its own size. Premultiplied pixels in a
     * buffer of their own: JavaFX scales any other image to the desktop's usual pointer size, which
     * would stretch a narrow I-beam into a square.
     */
    private static Cursor imageCursor(PointerMessage.Shape shape) {
        int[] argb = shape.argb();
        IntBuffer pixels = IntBuffer.allocate(shape.width() * shape.height());
        for (int i = 0; i < shape.width() * shape.height(); i++) {
            pixels.put(i, Argb.premultiplied(argb[i]));
        }
        Image image = new WritableImage(new PixelBuffer<>(shape.width(), shape.height(), pixels,
                PixelFormat.getIntArgbPreInstance()));
        return new ImageCursor(image, shape.hotspotX(), shape.hotspotY());
    }

    private void lookOf(PointerMessage.Shape shape) {
        look = shape;
        direct.lookChanged();
        if (localPointer) {
            wear(cursorFor(shape));
        }
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
        boolean visible = pointer != null && pointer.visibleProperty().get() && picture != null
                && !(localPointer && picture.node().isHover());
        if (direct.shown()) {
            pointerLayer.setVisible(false);
            direct.pointer(visible, look, arrow, visible ? pointer.xProperty().get() : 0,
                    visible ? pointer.yProperty().get() : 0);
            return;
        }
        pointerLayer.setVisible(visible);
        if (!visible) {
            return;
        }
        // The layer's origin is the look's top-left corner (the arrow's tip), whatever its stroke adds around it.
        // Moved by its translation, not its layout position: a new layout position asks every parent up to the
        // window for a layout pass, which measures all the window's labels again, for each move of a drag.
        pointerLayer.setTranslateX(shownLeft + pointer.xProperty().get() * shownScale - hotspotX);
        pointerLayer.setTranslateY(shownTop + pointer.yProperty().get() * shownScale - hotspotY);
    }

    /** After each layout: the picture straight on the screen where it can be, in the tiles elsewhere. */
    private void placeDirect() {
        boolean wanted = picture != null;
        if (direct.place(wanted, shownLeft, shownTop, pictureWidth(), pictureHeight(), shownScale, shown)) {
            if (!direct.shown()) {
                picture.upload(shown, true); // the tiles were left as they were while the picture was on the screen
            }
            placePointer();
        }
    }

    /** Whether the picture is drawn straight to the screen now; for tests. */
    boolean drawnDirectly() {
        return direct.shown();
    }

    /** Where the pointer's hotspot is drawn, in this view's coordinates; for tests. */
    double[] pointerHotspot() {
        return new double[] {pointerLayer.getTranslateX() + hotspotX, pointerLayer.getTranslateY() + hotspotY};
    }

    boolean pointerShown() {
        return pointerLayer.isVisible();
    }

    /** The pointer the technician's own wears over the picture; null for their own look. For tests. */
    Cursor pointerWorn() {
        return picture == null ? null : picture.node().getCursor();
    }

    /** How many of the customer's looks are kept as pointers of the technician's desktop; for tests. */
    int lookCursorsKept() {
        return cursors.size();
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
        direct.hide();
        replacePicture(null);
        shown = null;
    }

    /** Whether a picture of the customer's screen is shown. */
    boolean hasPicture() {
        return picture != null;
    }

    /** The customer's screen's width in pixels; 0 without a picture. */
    int pictureWidth() {
        return picture == null ? 0 : picture.width();
    }

    /** The customer's screen's height in pixels; 0 without a picture. */
    int pictureHeight() {
        return picture == null ? 0 : picture.height();
    }

    /** A copy of the whole picture, or null without one; a full copy, for tests and screenshots only. */
    Image snapshot() {
        if (picture == null) {
            return null;
        }
        return direct.shown() ? direct.snapshot() : picture.snapshot();
    }

    /** Pixels copied into the picture so far; lets tests see that only changes are uploaded. */
    long pixelsUploaded() {
        return pixelsUploaded;
    }

    /** Tiles updated so far, each one re-uploaded and repainted; lets tests see that a small change touches few. */
    long tileUpdates() {
        return tileUpdates;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        backdrop.setWidth(w);
        backdrop.setHeight(h);
        if (picture != null) {
            // To fit, keeping proportions, centred: as ViewMapping maps the technician's mouse back.
            shownScale = Math.min(w / picture.width(), h / picture.height());
            shownLeft = (w - picture.width() * shownScale) / 2;
            shownTop = (h - picture.height() * shownScale) / 2;
            scale.setX(shownScale);
            scale.setY(shownScale);
            picture.node().relocate(shownLeft, shownTop);
        }
        placePointer();
    }
}
