package org.tandem.agent.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * The view-mode controls around the screen view: Fit / 1:1 / Zoom (a segmented control), zoom in
 * and out, and full screen; and the scroll pane that shows the screen larger than the space when
 * it is not fitted. The screen view itself only scales to the size it is given.
 */
final class ScreenControls {
    private ScreenControls() {}

    /** @param ended the session has ended: there is no screen to show any more */
    static Node modes(ScreenViewSettings settings, javafx.beans.value.ObservableBooleanValue ended) {
        ToggleButton fit = toggle("view.fit", "fitButton", "view.fitTip", KeyboardShortcuts.FIT);
        ToggleButton actual = toggle("view.actual", "actualSizeButton", "view.actualTip", KeyboardShortcuts.ACTUAL_SIZE);
        ToggleButton zoom = toggle("view.zoom", "zoomButton", "view.zoomTip", KeyboardShortcuts.ZOOM_IN);
        SegmentedButton modes = new SegmentedButton(fit, actual, zoom);
        modes.setId("viewModes");
        Runnable show = () -> {
            ScreenViewMode mode = settings.modeProperty().get();
            fit.setSelected(mode == ScreenViewMode.FIT);
            actual.setSelected(mode == ScreenViewMode.ACTUAL_SIZE);
            zoom.setSelected(mode == ScreenViewMode.ZOOM);
        };
        settings.modeProperty().addListener((obs, was, now) -> show.run());
        show.run();
        modes.getToggleGroup().selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                show.run(); // one mode is always chosen
            } else if (now == zoom) {
                if (settings.modeProperty().get() != ScreenViewMode.ZOOM) {
                    // As its key does: a step larger than the screen is shown, fitted or 1:1.
                    settings.zoomIn();
                    show.run(); // 1:1 when the step is 100 %; the mode it was in when there is none larger
                }
            } else {
                settings.modeProperty().set(now == fit ? ScreenViewMode.FIT : ScreenViewMode.ACTUAL_SIZE);
            }
        });
        zoom.setOnAction(e -> {
            if (settings.modeProperty().get() == ScreenViewMode.ZOOM) {
                zoom.setSelected(true);
            }
        });

        Button in = small("+", "zoomInButton", Texts.get("view.zoomIn"), KeyboardShortcuts.ZOOM_IN);
        in.setOnAction(e -> settings.zoomIn());
        Button out = small("−", "zoomOutButton", Texts.get("view.zoomOut"), KeyboardShortcuts.ZOOM_OUT);
        out.setOnAction(e -> settings.zoomOut());
        // Fitted as much as zoomed: a step from the size the screen is shown at, while there is one.
        in.disableProperty().bind(settings.canZoomInProperty().not());
        out.disableProperty().bind(settings.canZoomOutProperty().not());
        // How large the screen is shown, fitted or zoomed; room kept for the widest, so nothing moves.
        Label level = new Label();
        level.setId("zoomLevel");
        level.setTooltip(new Tooltip(Texts.get("view.levelTip")));
        level.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> settings.shownScaleProperty().get() <= 0 ? ""
                        : Texts.format("view.level", Math.round(settings.shownScaleProperty().get() * 100)),
                settings.shownScaleProperty()));
        level.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            javafx.scene.text.Text widest = new javafx.scene.text.Text(Texts.format("view.level", 400));
            widest.setFont(level.getFont());
            return Math.ceil(widest.getLayoutBounds().getWidth()) + 4;
        }, level.fontProperty()));
        level.setAlignment(javafx.geometry.Pos.CENTER);
        ToggleButton full = new ToggleButton(Texts.get("view.fullScreen"));
        full.setId("fullScreenButton");
        full.setFocusTraversable(false);
        full.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("view.fullScreenTip"),
                KeyboardShortcuts.keys(KeyboardShortcuts.FULL_SCREEN))));
        full.selectedProperty().bindBidirectional(settings.fullScreenProperty());
        // No key leaves full screen by itself (FullScreenExit): the button says how, while it is on.
        full.textProperty().bind(javafx.beans.binding.Bindings.when(full.selectedProperty())
                .then(Texts.format("view.leaveFullScreen", KeyboardShortcuts.keys(KeyboardShortcuts.FULL_SCREEN)))
                .otherwise(Texts.get("view.fullScreen")));
        HBox box = new HBox(4, modes, in, out, level, full);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // Nothing to fit or zoom once the session has ended; a console still in full screen can leave it.
        box.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ended.get() && !settings.fullScreenProperty().get(), ended, settings.fullScreenProperty()));
        return box;
    }

    /**
     * Which of the customer's monitors is shown, or all: a list shown only when the customer has more
     * than one. Picking a line asks the customer's computer to switch; the list then follows what it reports.
     */
    static Node monitors(CustomerMonitors monitors) {
        ComboBox<String> picker = new ComboBox<>(monitors.choices());
        picker.setId("monitorPicker");
        picker.setTooltip(new Tooltip(Texts.get("monitors.tip")));
        picker.setAccessibleText(Texts.get("monitors.tip"));
        Label label = new Label(Texts.get("monitors.label"));
        label.setLabelFor(picker);
        Runnable show = () -> picker.getSelectionModel().select(monitors.selectedProperty().get());
        monitors.selectedProperty().addListener((obs, was, now) -> show.run());
        monitors.choices().addListener((javafx.collections.ListChangeListener<String>) change -> show.run());
        picker.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != monitors.selectedProperty().get()) {
                monitors.select(now.intValue());
            }
        });
        show.run();
        HBox box = new HBox(4, label, picker);
        box.setId("monitorChoice");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(monitors.shownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * The screen in a scroll pane: fitted, the pane gives it all its space; at 1:1 or zoomed, the
     * screen view is made exactly as large as the customer's screen times the scale, and scrolls when
     * it is larger than the space, or stands in its middle when it is smaller.
     */
    static ScrollPane scroller(ScreenView screen, ScreenViewSettings settings, ConsoleViewModel model) {
        // The pane fills the space, or grows to the screen's least and scrolls; it centres a smaller screen.
        javafx.scene.layout.StackPane middle = new javafx.scene.layout.StackPane(screen);
        middle.setId("screenSpace");
        ScrollPane scroller = new ScrollPane(middle);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setId("screenScroller");
        scroller.setStyle("-fx-background: #202020; -fx-background-color: #202020;");
        scroller.setFocusTraversable(false);
        // The skin caches its viewport as an image, which makes scrolling still content smooth; the
        // customer's screen changes all the time, and each change would draw the whole viewport again
        // into that image before showing it, instead of repainting the changed tiles alone.
        scroller.skinProperty().addListener((obs, was, skin) -> {
            Node viewport = scroller.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        int[] size = {0, 0};
        Runnable apply = () -> {
            double scale = settings.scaleProperty().get();
            boolean fit = scale <= 0 || size[0] == 0;
            if (fit) {
                screen.setMinSize(0, 0);
                screen.setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
                screen.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            } else {
                screen.setMinSize(size[0] * scale, size[1] * scale);
                screen.setPrefSize(size[0] * scale, size[1] * scale);
                screen.setMaxSize(size[0] * scale, size[1] * scale);
            }
        };
        // The screen view shows the screen as large as it fits in the size it is given, keeping proportions.
        Runnable measure = () -> settings.shown(size[0] == 0 || model.screenProperty().get() == null ? 0
                : Math.min(screen.getWidth() / size[0], screen.getHeight() / size[1]));
        // The screen view is resized in a layout pass, after the toolbar has been laid out in it. Said then,
        // the level's new words ask for a layout JavaFX does not pass on while an ancestor is laying out,
        // and the toolbar goes on showing the size before until something else lays it out again; so the
        // size is measured once that pass is over, and the words are laid out in the next one.
        boolean[] resized = {false};
        Runnable afterLayout = () -> {
            if (resized[0]) {
                resized[0] = false;
                measure.run();
            }
        };
        scroller.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        settings.scaleProperty().addListener((obs, was, now) -> apply.run());
        model.framesToDrawProperty().addListener((obs, was, now) -> {
            var frame = model.screenProperty().get();
            if (frame != null && (frame.width() != size[0] || frame.height() != size[1])) {
                size[0] = frame.width();
                size[1] = frame.height();
                apply.run();
            }
            measure.run();
        });
        screen.widthProperty().addListener((obs, was, now) -> resized[0] = true);
        screen.heightProperty().addListener((obs, was, now) -> resized[0] = true);
        model.screenProperty().addListener(obs -> measure.run());
        apply.run();
        return scroller;
    }

    private static ToggleButton toggle(String text, String id, String tip, javafx.scene.input.KeyCombination keys) {
        ToggleButton button = new ToggleButton(Texts.get(text));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get(tip), KeyboardShortcuts.keys(keys))));
        return button;
    }

    private static Button small(String text, String id, String tip, javafx.scene.input.KeyCombination keys) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(KeyboardShortcuts.tip(tip, KeyboardShortcuts.keys(keys))));
        return button;
    }
}
