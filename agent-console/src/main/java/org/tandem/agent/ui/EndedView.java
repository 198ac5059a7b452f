package org.tandem.agent.ui;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;
import org.tandem.agent.session.AgentState;
import org.tandem.desktop.ui.SaveFolder;

/**
 * Where the customer's screen was, once the session has ended: it says so, rather than going blank
 * as if the screen were still to come, and offers the session's recap ({@link EndedViewModel}). A code given up before anyone came says nothing here: the
 * status bar tells of it and offers a new one.
 */
final class EndedView {
    private final VBox root;

    EndedView(ConsoleViewModel model, EndedViewModel recap) {
        Label title = new Label(Texts.get("ended.title"));
        title.setId("endedTitle");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(Texts.get("ended.hint"));
        hint.setId("endedHint");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button export = new Button(Texts.get("ended.export"));
        export.setId("exportEndedRecapButton");
        export.setTooltip(new Tooltip(Texts.get("ended.exportTip")));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(recap.canExportProperty().not());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            SaveFolder.startIn(chooser);
            chooser.setTitle(Texts.get("history.exportTitle"));
            chooser.getExtensionFilters().setAll(
                    new FileChooser.ExtensionFilter(Texts.get("history.fileType.markdown"), "*.md"),
                    new FileChooser.ExtensionFilter(Texts.get("history.fileType.html"), "*.html"));
            chooser.setInitialFileName(recap.suggestedFileName());
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            SaveFolder.remember(file);
            if (file != null) {
                recap.export(file.toPath());
            }
        });
        Label status = new Label();
        status.setId("endedStatus");
        status.setWrapText(true);
        status.setMnemonicParsing(false);
        status.setTextAlignment(TextAlignment.CENTER);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(recap.statusProperty());
        root = new VBox(12, title, hint, export, status);
        root.setId("endedPane");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(560);
        BooleanBinding ended = Bindings.createBooleanBinding(() -> model.stateProperty().get() == AgentState.ENDED
                && !model.newCodeOfferedProperty().get(), model.stateProperty(), model.newCodeOfferedProperty());
        root.visibleProperty().bind(ended);
        root.managedProperty().bind(ended);
    }

    Node root() {
        return root;
    }
}
