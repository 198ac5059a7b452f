package org.tandem.customer.ui;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.OwnerPlacement;
import org.tandem.desktop.ui.SaveFolder;

/**
 * What was done in the session, from the customer's own log, rendered (title, fields, headings,
 * lists), with Save as HTML, Markdown or PDF, Email it to me, and Open folder (or, where that cannot
 * be done, the folder's location to copy). The work happens in
 * {@link RecapViewModel}; this window only asks where to save.
 */
final class RecapWindow {
    private final Stage stage = new Stage();
    private final VBox document = new VBox(8);

    RecapWindow(Window owner, RecapViewModel model) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Texts.get("recap.windowTitle"));
        document.setId("recapDocument");
        document.getStyleClass().add("recap");
        document.setPadding(new Insets(16));
        model.documentProperty().addListener((obs, was, recap) -> render(recap));
        render(model.documentProperty().get());
        ScrollPane scroll = new ScrollPane(document);
        scroll.setId("recapScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Reading and checking the record takes a moment: the place of the recap says so meanwhile, and
        // says why when there will be no recap.
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox preparing = new VBox(12, spinner, new Label(Texts.get("recap.preparing")));
        preparing.setId("recapPreparing");
        preparing.setAlignment(Pos.CENTER);
        preparing.visibleProperty().bind(model.preparingProperty());
        preparing.setMouseTransparent(true);
        Label problem = new Label();
        problem.setId("recapProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        StackPane place = new StackPane(scroll, preparing, problem);
        VBox.setVgrow(place, Priority.ALWAYS);

        Label status = new Label();
        status.setId("recapStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());

        // Where the record is, when the file manager could not show it: selectable, so it can be copied.
        TextField where = new TextField();
        where.setId("recordFolderPath");
        where.setEditable(false);
        where.setAccessibleText(Texts.get("recap.folder.where"));
        where.textProperty().bind(model.folderShownProperty());
        where.visibleProperty().bind(model.folderShownProperty().isNotEmpty());
        where.managedProperty().bind(where.visibleProperty());
        model.folderShownProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                where.requestFocus();
                where.selectAll();
            }
        });

        Button html = saveButton("saveHtmlButton", "recap.saveHtml", RecapViewModel.Format.HTML, model);
        Button markdown = saveButton("saveMarkdownButton", "recap.saveMarkdown", RecapViewModel.Format.MARKDOWN, model);
        Button pdf = saveButton("savePdfButton", "recap.savePdf", RecapViewModel.Format.PDF, model);
        Button email = new Button(Texts.get("recap.email"));
        email.setId("emailRecapButton");
        email.disableProperty().bind(model.readyProperty().not());
        email.setOnAction(e -> model.email());
        Button folder = new Button(Texts.get("recap.openFolder"));
        folder.setId("openFolderButton");
        folder.disableProperty().bind(model.preparingProperty());
        folder.setOnAction(e -> model.openFolder());
        Button close = new Button(Texts.get("recap.close"));
        close.setId("closeRecapButton");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        FlowPane buttons = new FlowPane(10, 8, html, markdown, pdf, email, folder, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, place, status, where, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 680, 620);
        CustomerStyles.apply(scene);
        scene.getAccelerators().put(Shortcuts.HELP, () -> ShortcutSheet.show(stage));
        stage.setScene(scene);
    }

    void show() {
        if (!stage.isShowing()) {
            OwnerPlacement.centreOnOwner(stage);
        }
        stage.show();
        stage.toFront();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    private Button saveButton(String id, String key, RecapViewModel.Format format, RecapViewModel model) {
        Button button = new Button(Texts.get(key));
        button.setId(id);
        button.disableProperty().bind(model.readyProperty().not());
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            SaveFolder.startIn(chooser);
            chooser.setTitle(Texts.get("recap.saveTitle"));
            chooser.setInitialFileName(model.suggestedFileName(format));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Texts.get("recap.fileType." + format.name()), "*." + format.extension));
            File target = chooser.showSaveDialog(stage);
            SaveFolder.remember(target);
            if (target != null) {
                model.save(format, target.toPath());
            }
        });
        return button;
    }

    private void render(RecapDocument recap) {
        document.getChildren().clear();
        if (recap == null) {
            return;
        }
        for (RecapDocument.Block block : recap.blocks()) {
            document.getChildren().add(switch (block.kind()) {
                case TITLE -> text(block.text(), "recap-title");
                case HEADING -> text(block.text(), "recap-heading");
                case FIELD -> field(block.label(), block.text());
                case ITEM -> item(block.text());
                case PARAGRAPH -> text(block.text(), "recap-paragraph");
                case FOOTER -> text(block.text(), "recap-footer");
            });
        }
    }

    private static Label text(String words, String style) {
        Label label = new Label(words);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Node field(String name, String value) {
        Label label = text(name + ":", "recap-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxWidth(Region.USE_PREF_SIZE);
        Label text = text(value, "recap-value");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, label, text);
        row.getStyleClass().add("recap-field");
        return row;
    }

    private static Node item(String words) {
        Label bullet = new Label("•");
        bullet.getStyleClass().add("recap-bullet");
        bullet.setMinWidth(Region.USE_PREF_SIZE);
        Label text = text(words, "recap-item");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, bullet, text);
        row.setPadding(new Insets(0, 0, 0, 8));
        return row;
    }
}
