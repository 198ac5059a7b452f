package org.tandem.agent.ui.customer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.FieldKeys;
import org.tandem.agent.ui.TabMovesFocus;
import org.tandem.agent.ui.Texts;

/** The Notes tab: private notes, kept in the console's session log and never shown to the customer. */
public final class NotesView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private final VBox root = new VBox(6);

    public NotesView(NotesViewModel model) {
        Label privacy = new Label(Texts.get("notes.private"));
        privacy.setWrapText(true);
        // As many lines as the width needs: the list below gives up the room, not these words.
        privacy.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        privacy.setStyle("-fx-text-fill: #555;");
        ListView<NotesViewModel.Note> notes = new ListView<>(model.notes());
        notes.setId("notesList");
        notes.setPlaceholder(new Label(Texts.get("notes.empty")));
        notes.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(NotesViewModel.Note note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : TIME.format(note.at()) + "  " + note.text());
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        TextArea draft = new TextArea();
        draft.setId("noteDraft");
        draft.setWrapText(true);
        draft.setPrefRowCount(3);
        draft.setPromptText(Texts.get("notes.prompt"));
        draft.textProperty().bindBidirectional(model.draftProperty());
        FieldKeys.onPress(draft, FieldKeys.KEEP_NOTE, model::keep);
        TabMovesFocus.install(draft);
        Button keep = new Button(Texts.get("notes.keep"));
        keep.setId("keepNoteButton");
        keep.setTooltip(new Tooltip(Texts.get("notes.keepTip")));
        keep.setOnAction(e -> model.keep());
        Label message = new Label();
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        root.getChildren().addAll(privacy, notes, draft, keep, message);
        root.setPadding(new Insets(8));
        root.setId("notesPanel");
    }

    public Node root() {
        return root;
    }
}
