package org.tandem.agent.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * An action's result: its outcome, a search field, the table (click a heading to sort, Ctrl+C or
 * Copy for the chosen rows, or all shown when none is chosen) and the result's plain lines.
 */
final class ResultTableView {
    private final VBox root = new VBox(6);

    /**
     * @param openWindow opens the result in a window of its own (the Actions tab's view has a button for
     *                   it); null for the view in that window
     */
    ResultTableView(ResultTableModel model, java.util.function.Consumer<javafx.stage.Window> openWindow) {
        Label summary = new Label();
        summary.setId("actionResultSummary");
        summary.setWrapText(true);
        summary.setMnemonicParsing(false);
        // The table below takes what room is left, not the summary's second line.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        TextField filter = TextFields.createClearableTextField();
        filter.setId("resultFilter");
        filter.setPromptText(Texts.get("actions.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        // The count goes on a line of its own under the search, where it has the whole width to read whole.
        Label count = new Label();
        count.setId("resultCount");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.textProperty().bind(model.countProperty());
        count.visibleProperty().bind(count.textProperty().isNotEmpty());
        count.managedProperty().bind(count.visibleProperty());
        Button copy = new Button(Texts.get("actions.copy"));
        copy.setId("copyResultButton");
        copy.setTooltip(new Tooltip(Texts.get("actions.copyTip")));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(6, filter, copy);
        if (openWindow != null) {
            Button larger = new Button(Texts.get("actions.openWindow"));
            larger.setId("openResultWindowButton");
            larger.setTooltip(new Tooltip(Texts.get("actions.openWindowTip")));
            larger.setOnAction(e -> openWindow.accept(larger.getScene() == null ? null : larger.getScene().getWindow()));
            larger.setMinWidth(Region.USE_PREF_SIZE);
            tools.getChildren().add(larger);
        }
        tools.setAlignment(Pos.CENTER_LEFT);

        TableView<List<String>> table = new TableView<>();
        table.setId("actionResultTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Texts.get("actions.noTable")));
        SortedList<List<String>> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);
        // A few rows at least: in a low window the Actions tab scrolls rather than squeeze the table to a sliver.
        table.setMinHeight(140);
        // Each column as wide as its words need; the widest (a path, a program's name, a value) takes the
        // rest of the width, and a table too wide for the tab scrolls sideways rather than cutting columns short.
        ColumnFitter.fit(table);
        java.util.function.Consumer<List<String>> showColumns = names -> {
            table.getColumns().clear();
            for (int i = 0; i < names.size(); i++) {
                int at = i;
                TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        at < cell.getValue().size() ? cell.getValue().get(at) : "").getReadOnlyProperty());
                column.setComparator(ResultTableModel.CELLS);
                table.getColumns().add(column);
            }
        };
        // A view made while a result is shown (the window of its own) starts with its columns.
        showColumns.accept(model.columnsProperty().get());
        model.columnsProperty().addListener((obs, was, names) -> showColumns.accept(names));
        Runnable copyRows = () -> {
            List<List<String>> chosen = table.getSelectionModel().getSelectedItems().isEmpty()
                    ? List.copyOf(table.getItems()) : List.copyOf(table.getSelectionModel().getSelectedItems());
            ClipboardContent content = new ClipboardContent();
            content.putString(model.copyText(chosen));
            Clipboard.getSystemClipboard().setContent(content);
        };
        copy.setOnAction(e -> copyRows.run());
        copy.disableProperty().bind(model.columnsProperty().isEqualTo(List.of()));
        FieldKeys.onPress(table, FieldKeys.COPY_ROWS, copyRows);
        tools.visibleProperty().bind(model.columnsProperty().isNotEqualTo(List.of()));
        tools.managedProperty().bind(tools.visibleProperty());
        table.visibleProperty().bind(tools.visibleProperty());
        table.managedProperty().bind(tools.visibleProperty());

        TextArea lines = new TextArea();
        lines.setId("actionResultLines");
        lines.setEditable(false);
        lines.setPrefRowCount(6);
        lines.textProperty().bind(model.linesProperty());
        lines.visibleProperty().bind(model.linesProperty().isNotEmpty());
        lines.managedProperty().bind(lines.visibleProperty());
        VBox.setVgrow(lines, Priority.SOMETIMES);

        count.visibleProperty().unbind();
        count.visibleProperty().bind(count.textProperty().isNotEmpty().and(tools.visibleProperty()));
        root.getChildren().addAll(summary, tools, count, table, lines);
        root.setId("actionResult");
    }

    Node root() {
        return root;
    }
}
