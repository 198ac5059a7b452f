package org.tandem.customer.ui;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tandem.desktop.ui.TitleRoom;

/**
 * The chat: messages with who wrote them, when, and (for the customer's own) sent, delivered or
 * read; long messages wrap; web links show their full address and open only after the customer
 * has seen the address again and said so. The customer can write at any time.
 */
final class ChatView {
    private final VBox root = new VBox(8);
    private final VBox messages = new VBox(8);
    private final TextArea input = new TextArea();

    /** @param openLink opens a web address the customer chose to open (the desktop's browser) */
    ChatView(ChatViewModel model, Consumer<String> openLink) {
        Label title = new Label(Texts.get("chat.title"));
        title.getStyleClass().add("section-title");
        Label empty = new Label(Texts.get("chat.empty"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        messages.setId("chatMessages");
        ScrollPane scroll = new ScrollPane(messages);
        scroll.setId("chatScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Runnable rebuild = () -> messages.getChildren().setAll(model.entries().isEmpty() ? java.util.List.of(empty)
                : model.entries().stream().map(entry -> message(entry, openLink)).toList());
        model.entries().addListener((ListChangeListener<ChatViewModel.Entry>) change -> rebuild.run());
        rebuild.run();
        messages.heightProperty().addListener((obs, was, now) -> scroll.setVvalue(scroll.getVmax()));

        Label typing = new Label();
        typing.setId("chatTyping");
        typing.getStyleClass().add("typing");
        typing.textProperty().bind(model.typingProperty());
        typing.visibleProperty().bind(model.typingProperty().isNotEmpty());
        Label problem = new Label();
        problem.setId("chatProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        input.setId("chatInput");
        input.setPromptText(Texts.get("chat.prompt"));
        input.setAccessibleText(Texts.get("chat.prompt"));
        input.setWrapText(true);
        input.setPrefRowCount(2);
        input.textProperty().bindBidirectional(model.draftProperty());
        Shortcuts.onPress(input, Shortcuts.NEW_LINE, () -> input.insertText(input.getCaretPosition(), "\n"));
        Shortcuts.onPress(input, Shortcuts.SEND, model::send);
        Shortcuts.tabMovesOn(input);
        Button send = new Button(Texts.get("chat.send"));
        send.setId("sendButton");
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(e -> model.send());
        send.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox compose = new HBox(8, input, send);
        compose.setAlignment(Pos.BOTTOM_LEFT);

        root.getChildren().addAll(title, scroll, typing, problem, compose);
        root.setId("chatPanel");
        // A question leaves the customer's window usable (decision 0038): it opens where the customer
        // sees what they write, and the technician's messages too where the screen has room.
        PromptPlacement.keepClear(compose);
        PromptPlacement.ratherKeepClear(root);
        // The technician's messages count as read only while they are in front of the customer: the chat
        // shown (not hidden behind another panel) in a window that has the focus.
        model.inViewProperty().bind(OnScreen.of(root));
    }

    private static Node message(ChatViewModel.Entry entry, Consumer<String> openLink) {
        Label header = new Label(entry.author() + " · " + entry.time());
        header.getStyleClass().add("chat-header");
        TextFlow text = new TextFlow();
        text.getStyleClass().add("chat-text");
        for (LinkText.Segment segment : LinkText.split(entry.text())) {
            if (segment.link()) {
                Hyperlink link = new Hyperlink(segment.text());
                link.getStyleClass().add("chat-link");
                link.setOnAction(e -> confirmAndOpen(link, segment.text(), openLink));
                text.getChildren().add(link);
            } else {
                text.getChildren().add(new Text(segment.text()));
            }
        }
        VBox bubble = new VBox(2, header, text);
        bubble.getStyleClass().addAll("chat-message", entry.mine() ? "mine" : "theirs");
        bubble.setId("chatMessage-" + entry.id());
        if (entry.mine()) {
            Label mark = new Label(entry.mark());
            mark.getStyleClass().add("chat-mark");
            mark.setId("chatMark-" + entry.id());
            HBox markRow = new HBox(mark);
            markRow.setAlignment(Pos.CENTER_RIGHT);
            bubble.getChildren().add(markRow);
        }
        bubble.setAccessibleText(header.getText() + ": " + entry.text() + (entry.mark().isEmpty() ? "" : " (" + entry.mark() + ")"));
        return bubble;
    }

    /** Shows the whole address first; opens it only when the customer says so. */
    private static void confirmAndOpen(Node owner, String address, Consumer<String> openLink) {
        ButtonType open = new ButtonType(Texts.get("chat.link.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("chat.link.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", cancel, open);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(Texts.get("chat.link.title"));
        TitleRoom.keep(alert);
        alert.setHeaderText(Texts.get("chat.link.header"));
        TextArea full = new TextArea(address);
        full.setId("linkAddress");
        full.setEditable(false);
        full.setWrapText(true);
        full.setPrefRowCount(3);
        Label advice = new Label(Texts.get("chat.link.advice"));
        advice.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, full, advice));
        // Not opening is the default: Enter alone does not open the link.
        ((Button) alert.getDialogPane().lookupButton(open)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.showAndWait().filter(open::equals).ifPresent(chosen -> openLink.accept(address));
    }

    Node root() {
        return root;
    }

    /** Where Ctrl+2 puts the focus. */
    Node focusTarget() {
        return input;
    }
}
