package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The split between the customer's screen and the side tabs. The side tabs are as wide as the
 * technician left them (by dragging the divider, or as the console's layout was remembered), within
 * their least and their most: at least {@value #SIDE_LEAST} pixels and what their tab headers need
 * to read whole; at most what leaves the customer's screen {@value #SCREEN_SHARE} of the window, on a
 * small window too. A window made smaller takes the side tabs down to that most, and made larger
 * again gives them back the width they were left at; that width, not the small window's, is the
 * layout remembered, as the window's own place is remembered apart from its being maximised.
 */
final class WorkspaceSplit {
    /** The split's divider and the room around it and around the split. */
    private static final double DIVIDER = 24;
    /** The narrowest the side tabs are made. */
    static final double SIDE_LEAST = 320;
    /** The least share of the window's width the customer's screen keeps beside the side tabs. */
    static final double SCREEN_SHARE = 0.5;

    private final SplitPane split;
    private final TabPane tabs;
    /** The divider as it was put back from the remembered layout, 0 to 1 from the left. */
    private double applied = WorkspaceLayoutStore.Layout.defaults().divider();
    /** How wide the technician left the side tabs, in pixels; 0 until the split is first laid out. */
    private double left;
    /** Whether the technician dragged the divider since the layout was put back: then their width is the layout. */
    private boolean dragged;
    /** The divider is being dragged: the side tabs follow the drag, not the width they were left at. */
    private boolean dragging;
    /** A look at the side tabs' width is due once the layout under way is done. */
    private boolean placing;

    /** @param centre the customer's screen, whose least width it keeps */
    WorkspaceSplit(Region centre, TabPane tabs) {
        this.tabs = tabs;
        split = new SplitPane(centre, tabs);
        split.setId("workspaceSplit");
        // A window resized gives or takes from the screen; the side tabs stay as wide as they were left.
        SplitPane.setResizableWithParent(tabs, false);
        split.setDividerPositions(applied);
        // The room is the window's: the split and the view grow to their content's least, which would feed back here.
        DoubleProperty window = new SimpleDoubleProperty();
        split.sceneProperty().addListener((obs, was, scene) -> {
            window.unbind();
            if (scene != null) {
                window.bind(scene.widthProperty());
            }
        });
        DoubleBinding most = Bindings.createDoubleBinding(() -> Math.max(SIDE_LEAST,
                window.get() - Math.max(centre.getMinWidth(), window.get() * SCREEN_SHARE) - DIVIDER),
                window, centre.minWidthProperty());
        // Every tab's name reads whole, however the split was left, while the screen keeps its share.
        TabHeaderRoom.keep(tabs, SIDE_LEAST, most);
        tabs.maxWidthProperty().bind(most);
        tabs.minWidthProperty().addListener(obs -> placeSoon());
        tabs.maxWidthProperty().addListener(obs -> placeSoon());
        tabs.widthProperty().addListener(obs -> placeSoon());
        split.widthProperty().addListener(obs -> placeSoon());
        // Only the technician's own drag changes how wide they left the side tabs.
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = onDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging && tabs.getWidth() > 0) {
                left = tabs.getWidth();
                dragged = true;
            }
            dragging = false;
        });
    }

    SplitPane node() {
        return split;
    }

    /** Where the technician left the divider, 0 to 1 from the left, as a layout remembers it. */
    double divider() {
        if (!dragged || split.getWidth() <= 0) {
            return applied;
        }
        return Math.max(0, Math.min(1, 1 - left / split.getWidth()));
    }

    /** Puts the divider back where a remembered layout had it. */
    void apply(double divider) {
        applied = divider;
        left = 0;
        dragged = false;
        split.setDividerPositions(divider);
        placeSoon();
    }

    /** Places the divider once the layout under way is done, when the widths it reads are those shown. */
    private void placeSoon() {
        if (!placing) {
            placing = true;
            javafx.application.Platform.runLater(() -> {
                placing = false;
                place();
            });
        }
    }

    /** The side tabs as wide as they were left, as near as their least and most allow. */
    private void place() {
        double width = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
        if (dragging || width <= 0 || tabs.getWidth() <= 0) {
            return;
        }
        if (left <= 0) {
            // As the split lays out a divider position: the side tabs have the rest of its width.
            left = (1 - applied) * split.getWidth();
        }
        double wanted = Math.max(tabs.getMinWidth(), Math.min(tabs.getMaxWidth(), left));
        double position = split.getDividers().get(0).getPosition();
        if (Math.abs(tabs.getWidth() - wanted) > 0.5) {
            // The side tabs grow by the split's width for each whole step the divider moves left.
            split.setDividerPositions(Math.max(0, Math.min(1, position + (tabs.getWidth() - wanted) / width)));
        }
    }

    private static boolean onDivider(Node picked) {
        for (Node at = picked; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
