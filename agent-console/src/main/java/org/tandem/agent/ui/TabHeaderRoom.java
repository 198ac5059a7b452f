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
 * scrolled out of sight, but never wider than the room it may take: with very large text the
 * headers scroll, as JavaFX lets them, rather than push the window's other half away.
 */
final class TabHeaderRoom {
    /** What JavaFX's tab header row keeps free beside its tabs before it calls them fitting. */
    private static final double SPACER = 10;

    private TabHeaderRoom() {}

    /**
     * @param least the narrowest the pane is ever made
     * @param most  the widest its headers may make it, as it changes (the window less what its other half needs)
     */
    static void keep(TabPane tabs, double least, ObservableDoubleValue most) {
        DoubleProperty needed = new SimpleDoubleProperty(least);
        tabs.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(least, Math.min(needed.get(), most.get())), needed, most));
        Runnable watch = () -> {
            // The skin's header row: its headers region is as wide as all tab headers together. The row
            // counts its tabs as fitting when they, the tabs menu's button and a spacer are narrower than it.
            Node area = tabs.lookup(".tab-header-area");
            Node headers = tabs.lookup(".headers-region");
            Node menu = tabs.lookup(".control-buttons-tab");
            if (area instanceof Region row && headers instanceof Region all) {
                javafx.beans.InvalidationListener measure = obs -> needed.set(Math.ceil(all.getWidth()
                        + (menu instanceof Region button ? button.prefWidth(-1) : 0) + SPACER
                        + row.snappedLeftInset() + row.snappedRightInset()
                        + tabs.snappedLeftInset() + tabs.snappedRightInset()) + 1);
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
