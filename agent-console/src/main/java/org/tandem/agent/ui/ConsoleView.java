package org.tandem.agent.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
        TextField customer = SessionButtons.customerField(model);
        Region toolbarSpacer = new Region();
        HBox.setHgrow(toolbarSpacer, Priority.ALWAYS);
        // Two rows, so that nothing (the control state least of all) ever hides in an overflow menu.
        ToolBar sessionBar = new ToolBar(SessionButtons.customerEntry(customer), SessionButtons.newSession(model),
                SessionButtons.endSession(model), SessionButtons.history(dataDir), toolbarSpacer,
                SessionButtons.shortcuts());
        ToolBar controlBar = new ToolBar(ControlBar.requestButton(model), ControlBar.releaseButton(model),
                ControlBar.specialKeys(model), new Separator(Orientation.VERTICAL), ControlBar.stateLabel(model));
        controlBar.setId("controlBar");
        root.setTop(new VBox(sessionBar, controlBar));

        Label codeCaption = new Label();
        codeCaption.setId("codeCaption");
        codeCaption.textProperty().bind(Bindings.createStringBinding(() -> model.sessionCustomerProperty().get().isEmpty()
                ? "Session code — read it to your customer"
                : "Session code for " + model.sessionCustomerProperty().get() + " — read it to them",
                model.sessionCustomerProperty()));
        codeCaption.setMnemonicParsing(false);
        Label code = new Label();
        code.setId("codeLabel");
        code.setStyle("-fx-font-size: 56px; -fx-font-family: monospace; -fx-font-weight: bold;");
        code.textProperty().bind(model.codeProperty());
        Button copy = new Button("_Copy code");
        copy.setId("copyCodeButton");
        copy.setTooltip(new Tooltip(KeyboardShortcuts.tip("Copy the code, to paste it in a chat or an e-mail",
                KeyboardShortcuts.mnemonic('C'))));
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

        Label welcome = new Label("Type your customer's name or ticket if you like, then press New session ("
                + KeyboardShortcuts.keys(KeyboardShortcuts.NEW_SESSION) + ") to get a code for them.");
        welcome.setWrapText(true);
        welcome.setId("welcomeLabel");
        welcome.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == AgentState.IDLE, model.stateProperty()));

        screen.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == AgentState.VIEWING, model.stateProperty()));
        model.framesToDrawProperty().addListener((obs, was, now) -> {
            if (model.screenProperty().get() != null) {
                screen.draw(model.screenProperty().get());
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

        StatusBar statusBar = new StatusBar(model);
        root.setBottom(statusBar.root());
        center.setId("centerPane");
        FocusPlacement.attach(model, new FocusPlacement.Targets(customer, copy, screen, statusBar.newCodeButton(), center));
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                installShortcuts(scene, model, dataDir);
            }
        });
    }

    /** The window-wide shortcuts; each is in {@link KeyboardShortcuts} and so in the list F1 shows. */
    private static void installShortcuts(Scene scene, ConsoleViewModel model, Path dataDir) {
        scene.getAccelerators().put(KeyboardShortcuts.NEW_SESSION, model::newSession);
        scene.getAccelerators().put(KeyboardShortcuts.HISTORY, () -> HistoryWindow.show(dataDir, scene.getWindow()));
        scene.getAccelerators().put(KeyboardShortcuts.SHOW_SHORTCUTS, () -> ShortcutsWindow.show(scene.getWindow()));
    }

    public Parent root() {
        return root;
    }

    /** What the technician sees of the customer's screen; null while nothing is shown. */
    public Image screenImage() {
        return screen.image();
    }
}
