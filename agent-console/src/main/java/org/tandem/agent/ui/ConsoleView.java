package org.tandem.agent.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.ui.history.HistoryWindow;

/** The console window: start a session, read the code to the customer, watch their screen. */
public final class ConsoleView {
    private final BorderPane root = new BorderPane();
    private final ScreenView screen = new ScreenView();

    public ConsoleView(ConsoleViewModel model, Path dataDir) {
        Button newSession = new Button("_New session");
        newSession.setId("newSessionButton");
        newSession.setTooltip(new Tooltip("Get a code to read to your customer (Ctrl+N)"));
        newSession.disableProperty().bind(model.canStartProperty().not());
        newSession.setOnAction(e -> model.newSession());
        Button end = new Button("_End session");
        end.setId("endSessionButton");
        end.disableProperty().bind(model.canEndProperty().not());
        end.setOnAction(e -> model.endSession());
        Button history = new Button("_History");
        history.setId("historyButton");
        history.setTooltip(new Tooltip("Past sessions, their logs and recaps (Ctrl+H)"));
        history.setOnAction(e -> HistoryWindow.show(dataDir, root.getScene().getWindow()));
        root.setTop(new ToolBar(newSession, end, history, new Separator(Orientation.VERTICAL), ControlBar.requestButton(model),
                ControlBar.releaseButton(model), ControlBar.specialKeys(model), ControlBar.stateLabel(model)));

        Label codeCaption = new Label("Session code — read it to your customer");
        Label code = new Label();
        code.setId("codeLabel");
        code.setStyle("-fx-font-size: 56px; -fx-font-family: monospace; -fx-font-weight: bold;");
        code.textProperty().bind(model.codeProperty());
        Button copy = new Button("_Copy code");
        copy.setId("copyCodeButton");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.codeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox codeRow = new HBox(16, code, copy);
        codeRow.setAlignment(Pos.CENTER);
        VBox codePane = new VBox(12, codeCaption, codeRow);
        codePane.setId("codePane");
        codePane.setAlignment(Pos.CENTER);
        codePane.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.codeProperty().get().isEmpty() && model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER,
                model.codeProperty(), model.stateProperty()));

        Label welcome = new Label("Press New session to get a code for your customer.");
        welcome.setId("welcomeLabel");
        welcome.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == AgentState.IDLE, model.stateProperty()));

        screen.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == AgentState.VIEWING, model.stateProperty()));
        model.frameProperty().addListener((obs, was, frame) -> {
            if (frame != null) {
                screen.draw(frame);
                model.frameShown();
            }
        });
        model.stateProperty().addListener((obs, was, now) -> {
            if (now != AgentState.VIEWING) {
                screen.clear();
            }
        });

        RemoteInputCapture.attach(model, screen);
        StackPane center = new StackPane(welcome, codePane, screen);
        root.setCenter(center);
        javafx.scene.Node actions = new ActionsPanel(model).root();
        actions.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.actionCatalog().isEmpty() && model.stateProperty().get() != AgentState.ENDED,
                model.actionCatalog(), model.stateProperty()));
        actions.managedProperty().bind(actions.visibleProperty());
        root.setRight(actions);

        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.statusProperty());
        Label check = new Label();
        check.setId("checkStringLabel");
        check.textProperty().bind(Bindings.createStringBinding(() -> model.checkStringProperty().get().isEmpty() ? ""
                : "Check code " + model.checkStringProperty().get() + " — on the phone, the customer should see the same.",
                model.checkStringProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, spacer, check);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    /** What the technician sees of the customer's screen; null while nothing is shown. */
    public Image screenImage() {
        return screen.image();
    }
}
