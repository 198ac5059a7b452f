package org.tandem.desktop.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Room for a window's title. The window manager writes the title in its own bold type between the
 * frame's buttons and cuts what does not fit ("Tandem — Let the technician control your mouse and …"),
 * while a dialog is only as wide as its content asks.
 */
public final class TitleRoom {
    /**
     * The frame's buttons and margins on both sides of a centred title: 38 pixels a side under
     * metacity, whose title type is the bold of the windows' own.
     */
    static final double FRAME = 2 * 38;

    private TitleRoom() {}

    /** The width a window needs for its title bar to show {@code title} whole. On the FX thread. */
    public static double widthFor(String title) {
        Font text = Font.getDefault();
        Text measured = new Text(title == null ? "" : title);
        measured.setFont(Font.font(text.getFamily(), FontWeight.BOLD, text.getSize()));
        return Math.ceil(measured.getLayoutBounds().getWidth()) + FRAME;
    }

    /** Keeps {@code dialog} at least as wide as its title needs, also when the title changes. On the FX thread. */
    public static void keep(Dialog<?> dialog) {
        keep(dialog.getDialogPane(), dialog.titleProperty());
    }

    /**
     * Keeps a window of one's own at least as wide as its title needs, also when the title changes: its
     * root, a {@link Region}, is made that wide. Call once its scene is set. On the FX thread.
     */
    public static void keep(Stage stage) {
        if (!(stage.getScene() != null && stage.getScene().getRoot() instanceof Region root)) {
            throw new IllegalStateException("A window's title room is kept once its scene, with a region for root, is set");
        }
        keep(root, stage.titleProperty());
    }

    private static void keep(Region root, ObservableStringValue title) {
        double own = root.getMinWidth();
        root.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(own, widthFor(title.get())), title));
    }
}
