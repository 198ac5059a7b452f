package org.tandem.customer.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The activity feed: every line whole (wrapped, never cut off), following the newest one. */
final class ActivityView {
    private final VBox root = new VBox(6);
    private final VBox lines = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(lines);

    ActivityView(ObservableList<String> activity) {
        Label title = new Label(Texts.get("activity.title"));
        title.getStyleClass().add("section-title");
        Label empty = new Label(Texts.get("activity.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.setMinHeight(Region.USE_PREF_SIZE);
        lines.setId("activityFeed");
        scroll.setId("activityScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        activity.addListener((ListChangeListener<String>) change -> {
            lines.getChildren().setAll(activity.isEmpty() ? java.util.List.of(empty)
                    : activity.stream().map(ActivityView::line).toList());
        });
        lines.getChildren().setAll(activity.isEmpty() ? java.util.List.of(empty)
                : activity.stream().map(ActivityView::line).toList());
        // Follow the newest line once it has been laid out.
        lines.heightProperty().addListener((obs, was, now) -> scroll.setVvalue(scroll.getVmax()));
        root.getChildren().addAll(title, scroll);
    }

    private static Node line(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("activity-line");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    Node root() {
        return root;
    }

    Node focusTarget() {
        return scroll;
    }
}
