package org.tandem.agent.ui.activity;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.ColumnFitter;
import org.tandem.agent.ui.OneLineCell;
import org.tandem.agent.ui.Texts;
import org.tandem.agent.ui.WrappingCell;

/** The Activity tab: the session's log as a timeline in plain words, following the newest line. */
public final class ActivityView {
    private final VBox root = new VBox(6);

    public ActivityView(ActivityViewModel model) {
        TableView<ActivityViewModel.Item> table = new TableView<>(model.items());
        table.setId("activityTimeline");
        TableColumn<ActivityViewModel.Item, String> time = column("activity.time", ActivityViewModel.Item::time);
        TableColumn<ActivityViewModel.Item, String> who = column("activity.who", ActivityViewModel.Item::who);
        TableColumn<ActivityViewModel.Item, String> what = column("activity.what", ActivityViewModel.Item::what);
        what.setCellFactory(c -> new WrappingCell<>());
        who.setCellFactory(c -> new OneLineCell<>());
        table.getColumns().addAll(java.util.List.of(time, who, what));
        // Time and who as wide as their words; what happened wraps in the rest. In a narrow side panel a
        // long name is shortened on its line, whole in its tooltip, rather than broken word by word down the
        // row, or leave what happened a sliver and the table scrolling sideways.
        ColumnFitter.fit(table, what, who);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.messageProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The newest line stays in sight while the technician reads at the end; one who scrolled up stays put.
        table.setSkin(new FollowingTableSkin<>(table));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty().and(
                javafx.beans.binding.Bindings.isNotEmpty(model.items())));
        message.managedProperty().bind(message.visibleProperty());
        root.getChildren().addAll(table, message);
        root.setPadding(new Insets(8));
        root.setId("activityPanel");
    }

    private static TableColumn<ActivityViewModel.Item, String> column(String key,
            java.util.function.Function<ActivityViewModel.Item, String> value) {
        TableColumn<ActivityViewModel.Item, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        column.setSortable(false);
        return column;
    }

    public Node root() {
        return root;
    }
}
