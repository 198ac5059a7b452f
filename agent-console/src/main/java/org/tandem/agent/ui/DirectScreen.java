package org.tandem.agent.ui;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import org.tandem.agent.ui.viewer.DirectPicture;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * When and where a {@link ScreenView}'s picture is drawn straight to the X display (decision 0053):
 * visible up the tree, in a showing window, over the part of the scene where the picture is seen, which
 * a scroll pane's viewport clips; at the scale the view shows it at. Also the customer's pointer, drawn into that picture.
 * On the JavaFX thread only.
 */
final class DirectScreen {
    private final Region view;
    private DirectPicture direct;
    private boolean tried;
    private boolean shown;
    private int[] lookPixels;
    private int lookWidth;
    private int lookHeight;

    DirectScreen(Region view) {
        this.view = view;
    }

    /** Whether the picture is drawn straight to the screen now, the view's tiles not kept up to date. */
    boolean shown() {
        return shown;
    }

    /**
     * After a layout: shows the picture straight on the screen where it is {@code wanted} and in view,
     * {@code scale} times its size, its top-left corner at {@code (left, top)} of the view, or takes it off.
     *
     * @return whether the picture moved between the screen and the view's tiles: the tiles, left as they
     *     were while it was on the screen, must then be brought up to date
     */
    boolean place(boolean wanted, double left, double top, int width, int height, double scale, ScreenBuffer screen) {
        Scene scene = view.getScene();
        boolean possible = wanted && screen != null && scene != null && scene.getWindow() != null
                && scene.getWindow().isShowing() && visibleUpTheTree();
        if (possible && direct == null && !tried) {
            tried = true;
            direct = DirectPicture.create();
        }
        if (direct == null) {
            return false;
        }
        Bounds area = possible && scale > 0 ? areaInView(left, top, width * scale, height * scale) : null;
        if (area != null) {
            Point2D origin = view.localToScene(left, top);
            int x = (int) Math.round(area.getMinX());
            int y = (int) Math.round(area.getMinY());
            if (!shown) {
                direct.upload(screen, true);
            }
            direct.show(scene.getWindow(), x, y, (int) Math.round(area.getMaxX()) - x,
                    (int) Math.round(area.getMaxY()) - y, x - (int) Math.round(origin.getX()),
                    y - (int) Math.round(origin.getY()), scale);
        } else {
            direct.hide();
        }
        if (direct.shown() == shown) {
            return false;
        }
        shown = direct.shown();
        if (!shown) {
            direct.noPointer();
        }
        return true;
    }

    /** Takes the picture off the screen, as when the session stops viewing. */
    void hide() {
        if (direct != null) {
            direct.noPointer();
            direct.hide();
        }
        shown = false;
    }

    /**
     * The view left its window (its session's tab closed): the window and the picture held on the X
     * server for it go; they are made again should it be shown once more.
     */
    void dispose() {
        if (direct != null) {
            direct.dispose();
        }
        shown = false;
    }

    /** Takes the screen's changes while the picture is drawn straight to the screen. */
    void upload(ScreenBuffer screen, boolean everything) {
        direct.upload(screen, everything);
    }

    /** The customer's pointer's look changed: {@code look}, or {@code arrow} where the look is unknown. */
    void lookChanged() {
        lookPixels = null;
    }

    /**
     * Draws the pointer over the picture with its hotspot at the picture's point {@code (x, y)}, or
     * draws none when not {@code visible}.
     */
    void pointer(boolean visible, PointerMessage.Shape look, Shape arrow, double x, double y) {
        if (!visible) {
            direct.noPointer();
            return;
        }
        int[] pixels = pixelsOf(look, arrow);
        direct.pointer(pixels, lookWidth, lookHeight, look == null ? 0 : look.hotspotX(),
                look == null ? 0 : look.hotspotY(), x, y);
    }

    /** A copy of the whole picture as drawn on the screen; a full copy, for tests and screenshots. */
    Image snapshot() {
        return direct.snapshot();
    }

    private int[] pixelsOf(PointerMessage.Shape look, Shape arrow) {
        if (lookPixels == null) {
            if (look != null) {
                lookPixels = look.argb();
                lookWidth = look.width();
                lookHeight = look.height();
            } else {
                SnapshotParameters transparent = new SnapshotParameters();
                transparent.setFill(Color.TRANSPARENT);
                Image drawn = arrow.snapshot(transparent, null);
                lookWidth = (int) drawn.getWidth();
                lookHeight = (int) drawn.getHeight();
                lookPixels = new int[lookWidth * lookHeight];
                drawn.getPixelReader().getPixels(0, 0, lookWidth, lookHeight, PixelFormat.getIntArgbInstance(),
                        lookPixels, 0, lookWidth);
            }
        }
        return lookPixels;
    }

    private boolean visibleUpTheTree() {
        for (Node node = view; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The part of the scene where the picture is seen: inside the view and every parent (a scroll pane's viewport). */
    private Bounds areaInView(double left, double top, double width, double height) {
        Point2D origin = view.localToScene(left, top);
        double minX = Math.max(origin.getX(), 0);
        double minY = Math.max(origin.getY(), 0);
        double maxX = Math.min(origin.getX() + width, view.getScene().getWidth());
        double maxY = Math.min(origin.getY() + height, view.getScene().getHeight());
        for (Parent parent = view; parent != null; parent = parent.getParent()) {
            Bounds bounds = parent.localToScene(parent.getLayoutBounds());
            minX = Math.max(minX, bounds.getMinX());
            minY = Math.max(minY, bounds.getMinY());
            maxX = Math.min(maxX, bounds.getMaxX());
            maxY = Math.min(maxY, bounds.getMaxY());
        }
        return maxX - minX < 1 || maxY - minY < 1 ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
