package org.tandem.customer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.HostServices;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;

/** What was done in the session, from the customer's own log, with Save and Open folder. */
final class RecapWindow {
    private RecapWindow() {}

    static void show(Window owner, Path log, HostServices host) {
        String recap;
        try {
            // The customer's own log, so the customer's copy, whatever the log's lines say.
            recap = new RecapGenerator().markdown(LogReader.read(log), SessionLogVerifier.verify(log),
                    RecapGenerator.Viewpoint.CUSTOMER);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(RecapWindow.class).warn("Could not make the recap of {}", log, e);
            recap = "The recap could not be made from this session's record. The record itself is kept in "
                    + log.getParent() + ".";
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Tandem — what was done in this session");
        Label title = new Label("What was done in this session");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        TextArea text = new TextArea(recap);
        text.setId("recapText");
        text.setEditable(false);
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        String content = recap;
        Button save = new Button("_Save…");
        save.setId("saveRecapButton");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("tandem-session-recap.md");
            java.io.File target = chooser.showSaveDialog(stage);
            if (target != null) {
                try {
                    Files.writeString(target.toPath(), content);
                } catch (IOException ex) {
                    text.appendText("\n\nCould not save: " + ex.getMessage());
                }
            }
        });
        Button folder = new Button("_Open folder");
        folder.setId("openFolderButton");
        folder.setOnAction(e -> host.showDocument(log.getParent().toUri().toString()));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(10, save, folder, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, title, text, buttons);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root, 620, 520));
        stage.show();
    }
}
