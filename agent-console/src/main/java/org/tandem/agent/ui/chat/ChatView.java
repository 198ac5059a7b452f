package org.tandem.agent.ui.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.FieldKeys;
import org.tandem.agent.ui.TabMovesFocus;
import org.tandem.agent.ui.Texts;
import org.tandem.desktop.ui.TitleRoom;
import org.tandem.shared.conversation.ChatLine;

/**
 * The Chat tab: the messages both ways, wrapped, with their time and (for the technician's own)
 * whether the customer has them and has read them; "typing…" while the customer writes; the message
 * box (Enter sends, Shift+Enter starts a new line) and the canned replies.
 */
public final class ChatView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private final VBox root = new VBox(6);

    public ChatView(ChatViewModel model, Executor io) {
        ListView<ChatLine> lines = new ListView<>(model.lines());
        lines.setId("chatLines");
        Label empty = new Label(Texts.get("chat.empty"));
        empty.setWrapText(true);
        lines.setPlaceholder(empty);
        lines.setCellFactory(view -> new LineCell(view));
        lines.setFocusTraversable(false);
        VBox.setVgrow(lines, Priority.ALWAYS);
        model.lines().addListener((ListChangeListener<ChatLine>) change -> {
            if (!model.lines().isEmpty()) {
                lines.scrollTo(model.lines().size() - 1);
            }
        });

        Label typing = new Label(Texts.get("chat.typing"));
        typing.setId("customerTypingLabel");
        typing.setStyle("-fx-font-style: italic; -fx-text-fill: #555;");
        typing.visibleProperty().bind(model.customerTypingProperty());

        TextArea draft = new TextArea();
        draft.setId("chatDraft");
        draft.setPromptText(Texts.get("chat.prompt"));
        draft.setWrapText(true);
        draft.setPrefRowCount(3);
        draft.textProperty().bindBidirectional(model.draftProperty());
        FieldKeys.onPress(draft, FieldKeys.CHAT_SEND, model::sendDraft);
        FieldKeys.onPress(draft, FieldKeys.CHAT_NEW_LINE, () -> draft.insertText(draft.getCaretPosition(), "\n"));
        TabMovesFocus.install(draft);
        Button send = new Button(Texts.get("chat.send"));
        send.setId("sendChatButton");
        send.setTooltip(new Tooltip(Texts.get("chat.sendTip")));
        send.setDefaultButton(false);
        send.setOnAction(e -> model.sendDraft());

        MenuButton canned = new MenuButton(Texts.get("chat.canned"));
        canned.setId("cannedRepliesMenu");
        canned.setTooltip(new Tooltip(Texts.get("chat.cannedTip")));
        Runnable fill = () -> {
            canned.getItems().clear();
            for (String reply : model.cannedReplies()) {
                MenuItem item = new MenuItem(reply);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> {
                    model.useCanned(reply);
                    draft.requestFocus();
                    draft.end();
                });
                canned.getItems().add(item);
            }
            MenuItem edit = new MenuItem(Texts.get("chat.editCanned"));
            edit.setId("editCannedReplies");
            edit.setOnAction(e -> edit(model, io, root));
            if (!canned.getItems().isEmpty()) {
                canned.getItems().add(new SeparatorMenuItem());
            }
            canned.getItems().add(edit);
        };
        model.cannedReplies().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();

        Label message = new Label();
        message.setId("chatMessage");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #b71c1c;");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, canned, spacer, send);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(lines, typing, draft, buttons, message);
        root.setPadding(new Insets(8));
        root.setId("chatPanel");
    }

    public Node root() {
        return root;
    }

    /** The canned replies in a text box, one a line; kept in the data folder when confirmed. */
    private static void edit(ChatViewModel model, Executor io, Node owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("chat.editCannedTitle"));
        dialog.setHeaderText(Texts.get("chat.editCannedHeader"));
        TitleRoom.keep(dialog);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        TextArea text = new TextArea(String.join("\n", model.cannedReplies()));
        text.setId("cannedRepliesText");
        text.setPrefColumnCount(50);
        text.setPrefRowCount(10);
        TabMovesFocus.install(text);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> model.saveCanned(Arrays.asList(text.getText().split("\n")), io));
    }

    /** One message: who and when above, the words wrapped to the list's width; one's own on the right. */
    private static final class LineCell extends ListCell<ChatLine> {
        private final Label heading = new Label();
        private final Label words = new Label();
        private final VBox bubble = new VBox(2, heading, words);

        LineCell(ListView<ChatLine> list) {
            words.setWrapText(true);
            words.setMnemonicParsing(false);
            heading.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
            bubble.setPadding(new Insets(4, 8, 4, 8));
            bubble.maxWidthProperty().bind(list.widthProperty().multiply(0.8));
            words.maxWidthProperty().bind(bubble.maxWidthProperty().subtract(16));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ChatLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            heading.setText(line.author() + " · " + TIME.format(line.at()) + (line.mine() ? " · " + mark(line.mark()) : ""));
            words.setText(line.text());
            bubble.setStyle(line.mine() ? "-fx-background-color: #dcedc8; -fx-background-radius: 8;"
                    : "-fx-background-color: #e3f2fd; -fx-background-radius: 8;");
            setAlignment(line.mine() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            setGraphic(bubble);
        }

        private static String mark(ChatLine.Mark mark) {
            return switch (mark) {
                case SENT -> Texts.get("chat.mark.sent");
                case DELIVERED -> Texts.get("chat.mark.delivered");
                case READ -> Texts.get("chat.mark.read");
            };
        }
    }
}
