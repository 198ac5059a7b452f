package org.tandem.agent.ui.customer;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.Texts;

/**
 * "Earlier sessions with this customer": one line saying what was found, then each session with when,
 * who helped, how it ended, on what it matched and what was done. Enter, a double click or the button
 * opens the chosen one in History (the newest when none is chosen).
 */
public final class EarlierSessionsView {
    private final VBox root = new VBox(4);

    /** @param openInHistory opens History at the session of this id */
    public EarlierSessionsView(EarlierSessionsViewModel model, Consumer<String> openInHistory) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("earlierProgress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.loadingProperty());
        // Spinning only while it looks: an idle console draws nothing (IdleConsoleTest).
        progress.progressProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(ProgressIndicator.INDETERMINATE_PROGRESS).otherwise(0.0));
        progress.managedProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("earlierStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        // The line says what it is about ("No earlier sessions with this customer."): one line, no heading,
        // so that the system summary above keeps its room on a small window.
        status.setStyle("-fx-font-weight: bold;");
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox said = new HBox(6, progress, status);
        said.setAlignment(Pos.CENTER_LEFT);

        ListView<EarlierSessionsViewModel.Item> list = new ListView<>(model.sessions());
        list.setId("earlierSessions");
        list.setCellFactory(view -> new ItemCell());
        list.setPrefHeight(180);
        // Room for one session whole beside a long system summary, which scrolls instead.
        list.setMinHeight(150);
        // Hidden while there is nothing to list: the line above says so, once.
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.sessions()));
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button open = new Button(Texts.get("earlier.open"));
        open.setId("openEarlierButton");
        open.setTooltip(new Tooltip(Texts.get("earlier.openTip")));
        open.visibleProperty().bind(list.visibleProperty());
        open.managedProperty().bind(list.visibleProperty());
        // The session chosen in the list, else the newest.
        Runnable openChosen = () -> {
            EarlierSessionsViewModel.Item chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null && !list.getItems().isEmpty()) {
                chosen = list.getItems().get(0);
            }
            if (chosen != null) {
                openInHistory.accept(chosen.id());
            }
        };
        open.setOnAction(e -> openChosen.run());
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                event.consume();
                openChosen.run();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openChosen.run();
            }
        });
        // Reached by Tab, the list shows the newest session chosen, the one Enter opens.
        list.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !list.getItems().isEmpty() && list.getSelectionModel().getSelectedItem() == null) {
                list.getSelectionModel().selectFirst();
            }
        });

        root.getChildren().addAll(said, list, open);
        root.setId("earlierPanel");
        root.visibleProperty().bind(model.lookedProperty());
        root.managedProperty().bind(model.lookedProperty());
    }

    public Node root() {
        return root;
    }

    /** A session over several lines, wrapping at the list's width, never cut to "…". */
    private static final class ItemCell extends ListCell<EarlierSessionsViewModel.Item> {
        ItemCell() {
            setWrapText(true);
            setMnemonicParsing(false);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(EarlierSessionsViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
        }
    }
}
