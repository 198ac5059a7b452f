package org.tandem.agent.ui.history;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.FileChooser;
import org.tandem.agent.history.Integrity;
import org.tandem.agent.history.SessionRecord;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.tandem.agent.ui.ColumnFitter;
import org.tandem.agent.ui.FieldKeys;
import org.tandem.agent.ui.LastRowShownWhole;
import org.tandem.agent.ui.OneLineCell;
import org.tandem.agent.ui.Texts;
import org.tandem.agent.ui.WrappingCell;
import org.tandem.desktop.ui.SaveFolder;

/** Past sessions in a table with an integrity badge each; the opened one's timeline and chat below. */
public final class HistoryView {
    private final BorderPane root = new BorderPane();

    public HistoryView(HistoryViewModel model) {
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("historySearch");
        search.setPromptText(Texts.get("history.search"));
        search.setTooltip(new Tooltip(Texts.get("history.searchTip")));
        search.setLeft(magnifier());
        search.textProperty().bindBidirectional(model.searchProperty());
        FieldKeys.onPress(root, FieldKeys.FIND, () -> {
            search.requestFocus();
            search.selectAll();
        });
        // Esc empties a search; with nothing to empty, it goes on to close the window (HistoryWindow).
        FieldKeys.onPress(search, FieldKeys.CLEAR_SEARCH, () -> !search.getText().isEmpty(), search::clear);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<HistoryFilter> filter = new ComboBox<>();
        filter.setId("historyFilter");
        filter.getItems().setAll(HistoryFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Button refresh = new Button(Texts.get("history.refresh"));
        refresh.setId("historyRefresh");
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty());
        HBox top = new HBox(8, search, filter, refresh, progress);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        root.setTop(top);

        TableView<SessionRecord> table = new TableView<>(model.sessions());
        table.setId("historyTable");
        Label none = new Label();
        none.setId("historyEmpty");
        none.textProperty().bind(model.emptyTextProperty());
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.getColumns().add(column("history.column.date", model::dateText));
        table.getColumns().add(column("history.column.customer", SessionRecord::customerName));
        table.getColumns().add(column("history.column.technician", SessionRecord::technician));
        table.getColumns().add(column("history.column.duration", r -> HistoryViewModel.durationText(r.duration())));
        table.getColumns().add(column("history.column.actions", r -> Integer.toString(r.actions())));
        table.getColumns().add(column("history.column.consents", r -> Long.toString(r.consentDecisions())));
        TableColumn<SessionRecord, String> ending = column("history.column.ending", SessionRecord::ending);
        // A follow-up's time is the customer's own words, and may run long: it wraps, whole, in its row.
        ending.setCellFactory(c -> new WrappingCell<>());
        table.getColumns().add(ending);
        table.getColumns().add(badgeColumn());
        // Dates and names as wide as they need, the small numbers no wider than their headings; how a
        // session ended takes the rest.
        ColumnFitter.fit(table, ending);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != model.openedProperty().get()) {
                model.open(now);
            }
        });
        // A session opened from elsewhere (the Customer tab's earlier sessions) is the row chosen, in view.
        model.openedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        // Rows wrap to different heights: End shows the last one whole, as the rows above it are.
        LastRowShownWhole.in(table);

        ListView<String> timeline = new ListView<>(model.timeline());
        timeline.setId("timeline");
        timeline.setPlaceholder(new Label(Texts.get("history.noneOpened")));
        timeline.setCellFactory(list -> new WrappingLine());
        LastRowShownWhole.in(timeline);
        ListView<String> chat = new ListView<>(model.chat());
        chat.setId("chat");
        chat.setPlaceholder(new Label(Texts.get("history.noChat")));
        chat.setCellFactory(list -> new WrappingLine());
        LastRowShownWhole.in(chat);
        SplitPane details = new SplitPane(titled(Texts.get("history.timeline"), timeline), titled(Texts.get("history.chat"), chat));
        details.setDividerPositions(0.65);
        SplitPane center = new SplitPane(table, details);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.45);
        root.setCenter(center);

        Label status = new Label();
        status.setId("historyStatus");
        status.textProperty().bind(model.statusProperty());
        Button export = new Button(Texts.get("history.export"));
        export.setId("exportRecap");
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            SaveFolder.startIn(chooser);
            chooser.setTitle(Texts.get("history.exportTitle"));
            chooser.getExtensionFilters().setAll(
                    new FileChooser.ExtensionFilter(Texts.get("history.fileType.markdown"), "*.md"),
                    new FileChooser.ExtensionFilter(Texts.get("history.fileType.html"), "*.html"));
            chooser.setInitialFileName("recap-" + model.openedProperty().get().id() + ".md");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            SaveFolder.remember(file);
            if (file != null) {
                model.exportRecap(file.toPath());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, spacer, export);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        root.setBottom(bottom);
    }

    public Parent root() {
        return root;
    }

    private static TableColumn<SessionRecord, String> column(String titleKey, Function<SessionRecord, String> text) {
        TableColumn<SessionRecord, String> column = new TableColumn<>(Texts.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        // A long customer reference, in a small window: shortened at a word, whole in its tooltip.
        column.setCellFactory(c -> new OneLineCell<>());
        return column;
    }

    private static TableColumn<SessionRecord, SessionRecord> badgeColumn() {
        TableColumn<SessionRecord, SessionRecord> column = new TableColumn<>(Texts.get("history.column.integrity"));
        column.setPrefWidth(110); // a badge: "Not closed" with its padding
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SessionRecord record, boolean empty) {
                super.updateItem(record, empty);
                if (empty || record == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label badge = new Label(HistoryViewModel.badgeText(record.integrity()));
                badge.getStyleClass().add("integrity-badge");
                badge.setStyle(badgeStyle(record.integrity()));
                setGraphic(badge);
                setTooltip(new Tooltip(record.integrityDetail()));
            }
        });
        return column;
    }

    private static String badgeStyle(Integrity integrity) {
        String colour = switch (integrity) {
            case INTACT -> "#1e7b34";
            case NOT_CLOSED -> "#a35f00";
            case IN_PROGRESS -> "#1565c0"; // the blue of a running session's tab: news, not a warning
            case BROKEN -> "#b00020";
        };
        return "-fx-background-color: " + colour + "; -fx-text-fill: white; -fx-font-weight: bold; "
                + "-fx-padding: 1 8 1 8; -fx-background-radius: 8;";
    }

    /** A magnifying glass drawn as a shape, so that no icon font has to be loaded. */
    private static Node magnifier() {
        SVGPath glass = new SVGPath();
        glass.setContent("M6.5 1a5.5 5.5 0 0 1 4.4 8.8l3.9 3.9-1.1 1.1-3.9-3.9A5.5 5.5 0 1 1 6.5 1zm0 1.6a3.9 3.9 0 1 0 0 7.8"
                + " 3.9 3.9 0 0 0 0-7.8z");
        glass.setFill(Color.web("#666"));
        StackPane box = new StackPane(glass);
        box.setPadding(new Insets(0, 2, 0, 6));
        return box;
    }

    /** A line of the timeline or a chat message wraps at the pane's width instead of running off its edge. */
    private static final class WrappingLine extends ListCell<String> {
        WrappingLine() {
            setWrapText(true);
            setMnemonicParsing(false);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }

    private static VBox titled(String title, ListView<String> list) {
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(4, label, list);
        box.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
