package org.tandem.customer.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Running on your computer now": each action the customer allowed, while it runs, with its progress
 * as the technician sees it and a Stop button where it can be stopped, or the plain word that it
 * cannot. Shown only while something runs. A line stays the same node while its progress changes, so
 * a Stop that has the keyboard keeps it; once pressed, the keyboard goes to {@code afterStop} (the
 * message box), never on to the next button, which could be Pause sharing.
 */
final class RunningActionsView {
    private final VBox root = new VBox(6);
    private final VBox lines = new VBox(8);
    private final Map<String, Line> shown = new HashMap<>();
    private final RunningActionsViewModel model;
    private final Runnable afterStop;

    RunningActionsView(RunningActionsViewModel model, Runnable afterStop) {
        this.model = model;
        this.afterStop = afterStop;
        Label title = new Label(Texts.get("running.title"));
        title.getStyleClass().add("running-title");
        root.getChildren().addAll(title, lines);
        root.setId("runningActions");
        root.getStyleClass().add("running-actions");
        root.setPadding(new Insets(8, 10, 8, 10));
        root.visibleProperty().bind(model.anyRunningProperty());
        root.managedProperty().bind(root.visibleProperty());
        model.rows().addListener((ListChangeListener<RunningActionsViewModel.Row>) change -> refresh());
        refresh();
    }

    private void refresh() {
        Map<String, Line> next = new HashMap<>();
        lines.getChildren().clear();
        for (RunningActionsViewModel.Row row : model.rows()) {
            Line line = shown.containsKey(row.requestId()) ? shown.get(row.requestId()) : new Line(row);
            line.update(row);
            next.put(row.requestId(), line);
            lines.getChildren().add(line.root);
        }
        shown.clear();
        shown.putAll(next);
    }

    Node root() {
        return root;
    }

    /** One action's line: what, how far, and its Stop. */
    private final class Line {
        final HBox root = new HBox(12);
        final Label what = new Label();
        final Label progress = new Label();
        final ProgressBar bar = new ProgressBar();
        final Button stop = new Button();
        final Label cannotStop = new Label(Texts.get("running.cannotStop"));

        Line(RunningActionsViewModel.Row row) {
            what.getStyleClass().add("running-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            progress.setWrapText(true);
            progress.setMinHeight(Region.USE_PREF_SIZE);
            progress.getStyleClass().add("hint");
            bar.setMaxWidth(Double.MAX_VALUE);
            cannotStop.setWrapText(true);
            cannotStop.setMinHeight(Region.USE_PREF_SIZE);
            cannotStop.getStyleClass().add("hint");
            VBox words = new VBox(4, what, bar, progress, cannotStop);
            HBox.setHgrow(words, Priority.ALWAYS);
            stop.getStyleClass().add("stop-action");
            stop.setMinWidth(Region.USE_PREF_SIZE);
            stop.setTooltip(new Tooltip(Texts.get("running.stop.tip", Shortcuts.shown(Shortcuts.STOP_ACTIONS))));
            stop.setOnAction(e -> {
                model.stop(row.requestId());
                afterStop.run();
            });
            root.getChildren().addAll(words, stop);
            root.setAlignment(Pos.CENTER_LEFT);
        }

        void update(RunningActionsViewModel.Row row) {
            root.setId("running-" + row.requestId());
            what.setText(row.what());
            progress.setText(row.progress());
            bar.setProgress(row.percent() >= 0 ? row.percent() / 100.0 : ProgressBar.INDETERMINATE_PROGRESS);
            stop.setText(row.stopping() ? Texts.get("running.stopping") : row.stopLabel());
            stop.setDisable(row.stopping());
            stop.setVisible(row.stoppable());
            stop.setManaged(row.stoppable());
            cannotStop.setVisible(!row.stoppable());
            cannotStop.setManaged(!row.stoppable());
        }
    }
}
