package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Keeps a tab pane at least as wide as its tab headers need, so that no tab's name is cut short or
 * scrolled out of sight, but never wider than the room it may take. Short of that room, the headers
 * close up (less space around each name) before anything else gives way; with very large text they
 * then scroll, as JavaFX lets them, rather than push the window's other half away.
 */
final class TabHeaderRoom {
    /** What JavaFX's tab header row keeps free beside its tabs before it calls them fitting. */
    private static final double SPACER = 10;
    /** The style class that closes the headers up (side-tabs.css). */
    static final String COMPACT = "compact-headers";
    private static final String STYLESHEET = TabHeaderRoom.class.getResource("side-tabs.css").toExternalForm();

    private TabHeaderRoom() {}

    /**
     * @param least the narrowest the pane is ever made
     * @param most  the widest its headers may make it, as it changes (the window less what its other half needs)
     */
    static void keep(TabPane tabs, double least, ObservableDoubleValue most) {
        DoubleProperty needed = new SimpleDoubleProperty(least);
        // What the headers need at their usual spacing, measured while they have it: they close up while
        // that is more than the room, and open again once the room is back (not on their closed-up need,
        // which would open and close them by turns).
        DoubleProperty neededOpen = new SimpleDoubleProperty(0);
        tabs.getStylesheets().add(STYLESHEET);
        tabs.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(least, Math.min(needed.get(), most.get())), needed, most));
        Runnable fit = () -> {
            boolean compact = neededOpen.get() > most.get();
            if (compact && !tabs.getStyleClass().contains(COMPACT)) {
                tabs.getStyleClass().add(COMPACT);
            } else if (!compact) {
                tabs.getStyleClass().remove(COMPACT);
            }
        };
        most.addListener(obs -> fit.run());
        Runnable watch = () -> {
            // The skin's header row: its headers region is as wide as all tab headers together. The row
            // counts its tabs as fitting when they, the tabs menu's button and a spacer are narrower than it.
            Node area = tabs.lookup(".tab-header-area");
            Node headers = tabs.lookup(".headers-region");
            Node menu = tabs.lookup(".control-buttons-tab");
            if (area instanceof Region row && headers instanceof Region all) {
                javafx.beans.InvalidationListener measure = obs -> {
                    needed.set(Math.ceil(all.getWidth()
                            + (menu instanceof Region button ? button.prefWidth(-1) : 0) + SPACER
                            + row.snappedLeftInset() + row.snappedRightInset()
                            + tabs.snappedLeftInset() + tabs.snappedRightInset()) + 1);
                    if (!tabs.getStyleClass().contains(COMPACT)) {
                        neededOpen.set(needed.get());
                    }
                    fit.run();
                };
                all.widthProperty().addListener(measure);
                row.widthProperty().addListener(measure);
            }
        };
        if (tabs.getSkin() != null) {
            watch.run();
        } else {
            tabs.skinProperty().addListener((obs, was, skin) -> {
                if (was == null && skin != null) {
                    watch.run();
                }
            });
        }
    }
}
