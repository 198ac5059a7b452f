package org.tandem.agent.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.tandem.agent.ui.activity.ActivityView;
import org.tandem.desktop.ui.SecondTicker;
import org.tandem.agent.ui.chat.ChatView;
import org.tandem.agent.ui.customer.CustomerView;
import org.tandem.agent.ui.customer.EarlierSessionsView;
import org.tandem.agent.ui.history.HistoryWindow;
import org.tandem.agent.ui.customer.NotesView;
import org.tandem.agent.ui.plan.PlanView;
import org.tandem.agent.ui.wrapup.WrapUpView;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tandem.agent.session.AgentState;

/**
 * One customer's session in the console: its session bar, the customer's screen in the centre (fit,
 * 1:1, zoom, full screen), side tabs for the plan, chat, actions, activity, customer, notes and
 * wrap-up, and the status bar. The window shows one of these per customer, as tabs; only the one in
 * front (see {@link ConsoleViewModel#frontProperty()}) has its keys and takes the keyboard.
 */
public final class ConsoleView {
    /** Space kept on both sides of the session code, together. */
    private static final double CODE_MARGIN = 24;
    /** Each side tab's field, by the tab's id, that its key puts the keyboard in. */
    private static final Map<String, String> MAIN_FIELDS = Map.of("planTab", "#stepTitle", "chatTab", "#chatDraft",
            "actionsTab", "#actionChoice", "activityTab", "#activityTimeline", "customerTab", "#systemSummary",
            "notesTab", "#noteDraft");
    private final BorderPane root = new BorderPane();
    private final ScreenView screen = new ScreenView();
    private final WorkspaceSplit split;
    private final TabPane tabs = new TabPane();
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    /** The window this view's full screen, read marks and notifications are tied to. */
    private Stage attachedTo;
    private Runnable detachWindow = () -> { };
    /** Puts this session in front among the others, when a notification about it is clicked. */
    private final Runnable putInFront;
    /** The customer as the technician sees them, their tab's title: notifications name them so. */
    private final ObservableStringValue customer;

    /** A session on its own, outside the window's tabs: its customer is named as the technician typed them. */
    public ConsoleView(ConsoleWorkspace workspace) {
        this(workspace, workspace.console().sessionCustomerProperty(), () -> { });
    }

    /**
     * @param customer   the customer as the technician sees them (their tab's title), named when
     *                   ending the session is asked first and in notifications about the session
     * @param putInFront selects this session's tab among the others (a notification about it was clicked)
     */
    public ConsoleView(ConsoleWorkspace workspace, ObservableStringValue customer, Runnable putInFront) {
        this.putInFront = putInFront;
        this.customer = customer;
        ConsoleViewModel model = workspace.console();
        Button wrapUp = WrapUpView.askButton(workspace.wrapUp(), "wrapUpButton");
        wrapUp.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("wrapup.askTip"),
                KeyboardShortcuts.keys(KeyboardShortcuts.WRAP_UP))));
        wrapUp.setFocusTraversable(false);
        BooleanBinding connected = Bindings.createBooleanBinding(() -> model.stateProperty().get() == AgentState.CONNECTED
                || model.stateProperty().get() == AgentState.VIEWING, model.stateProperty());
        wrapUp.disableProperty().bind(connected.not());
        // The control state is never in an overflow menu: it shares the first row with the two session
        // buttons, outside any toolbar, and wraps rather than leave the window when its reason is long.
        Label controlState = ControlBar.stateLabel(model);
        controlState.setWrapText(true);
        controlState.setMinWidth(0);
        controlState.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(controlState, Priority.ALWAYS);
        HBox sessionBar = new HBox(8, SessionButtons.endSession(model, workspace.wrapUp(), customer), wrapUp, new Separator(Orientation.VERTICAL),
                controlState);
        sessionBar.getStyleClass().add("tool-bar"); // looks like the toolbar under it
        sessionBar.setAlignment(Pos.CENTER_LEFT);
        sessionBar.setId("sessionBar");
        ToolBar controlBar = new ToolBar(ControlBar.requestSlot(model), ControlBar.releaseButton(model),
                ControlBar.specialKeys(model), new Separator(Orientation.VERTICAL),
                ScreenControls.modes(workspace.screen(), model.stateProperty().isEqualTo(AgentState.ENDED)),
                ScreenControls.monitors(model.monitors()));
        controlBar.setId("controlBar");
        root.setTop(new VBox(sessionBar, controlBar, new ReconnectingView(workspace.reconnecting()).root()));

        Label codeCaption = new Label();
        codeCaption.setId("codeCaption");
        codeCaption.textProperty().bind(Bindings.createStringBinding(() -> model.sessionCustomerProperty().get().isEmpty()
                ? Texts.get("code.caption")
                : Texts.format("code.captionFor", model.sessionCustomerProperty().get()),
                model.sessionCustomerProperty()));
        codeCaption.setMnemonicParsing(false);
        codeCaption.setWrapText(true);
        codeCaption.setTextAlignment(TextAlignment.CENTER);
        codeCaption.setMinHeight(Region.USE_PREF_SIZE);
        // In a narrow window or at 200 % the code takes two or three lines, and Copy code goes under it,
        // rather than either losing its end to "…".
        FlowPane codeRow = new FlowPane(16, 8);
        // The room is the pane's width as the split gives it, not the row's: the row is as wide as the
        // code asks, which would keep the code's type from ever getting smaller.
        javafx.beans.property.DoubleProperty codeRoom = new javafx.beans.property.SimpleDoubleProperty();
        Label code = SessionCodeLabel.of(model.codeProperty(), codeRoom);
        Button copy = new Button(Texts.get("code.copy"));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setId("copyCodeButton");
        copy.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("code.copyTip"),
                KeyboardShortcuts.mnemonic('C'))));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.codeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        codeRow.getChildren().addAll(code, copy);
        codeRow.setAlignment(Pos.CENTER);
        codeRow.setRowValignment(VPos.CENTER);
        VBox codePane = new VBox(12, codeCaption, codeRow);
        codePane.setId("codePane");
        codePane.setAlignment(Pos.CENTER);
        codePane.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.codeProperty().get().isEmpty() && model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER,
                model.codeProperty(), model.stateProperty()));

        BooleanBinding viewing = Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == AgentState.VIEWING, model.stateProperty());
        screen.visibleProperty().bind(viewing);
        ScrollPane scroller = ScreenControls.scroller(screen, workspace.screen(), model);
        scroller.visibleProperty().bind(viewing);
        ConnectionQualityViewModel quality = workspace.quality();
        model.framesToDrawProperty().addListener((obs, was, now) -> {
            if (model.screenProperty().get() != null) {
                screen.draw(model.screenProperty().get());
                model.frameShown();
                quality.frameDrawn();
            }
        });
        model.stateProperty().addListener((obs, was, now) -> {
            if (now != AgentState.VIEWING) {
                screen.clear();
                quality.reset();
            }
        });
        SecondTicker everySecond = new SecondTicker(SecondTicker.sharedTimer(), javafx.application.Platform::runLater, () -> {
            if (model.stateProperty().get() == AgentState.VIEWING) {
                quality.tick();
                model.secondPassed();
            }
            quality.tick(model.connectionQuality());
        });

        RemoteInputCapture.attach(model, screen);
        screen.showPointer(model.pointer());
        StackPane center = new StackPane(codePane, new ConnectingView(workspace.connecting()).root(),
                new EndedView(model, workspace.ended()).root(), new NotSharedView(model).root(), scroller);
        codeRoom.bind(center.widthProperty().subtract(CODE_MARGIN));
        // Never so narrow that a group of the code would have to be cut.
        center.minWidthProperty().bind(Bindings.max(200, code.minWidthProperty()));

        ActionsPanel actionsPanel = new ActionsPanel(model);
        Tab planTab = tab("planTab", "tab.plan", new PlanView(workspace.plan()).root());
        Tab chatTab = tab("chatTab", "tab.chat", new ChatView(workspace.chat(), workspace.io()).root());
        Tab actionsTab = tab("actionsTab", "tab.actions", actionsPanel.root());
        Tab activityTab = tab("activityTab", "tab.activity", new ActivityView(workspace.activity()).root());
        Button naming = new Button(Texts.get("naming.button"));
        naming.setId("nameCustomerInTabButton");
        naming.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("naming.buttonTip"),
                KeyboardShortcuts.keys(KeyboardShortcuts.NAME_CUSTOMER))));
        naming.disableProperty().bind(connected.not());
        naming.setOnAction(e -> CustomerNameDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(),
                workspace.naming(), model.sessionCustomerProperty().get(), customer.get()));
        EarlierSessionsView earlier = new EarlierSessionsView(workspace.earlier(), id -> HistoryWindow.show(
                workspace.own(), root.getScene() == null ? null : root.getScene().getWindow(), id));
        Tab customerTab = tab("customerTab", "tab.customer", new CustomerView(workspace.customer(),
                model.sessionCustomerProperty(), model.checkStringProperty(), naming, earlier.root()).root());
        Tab notesTab = tab("notesTab", "tab.notes", new NotesView(workspace.notes()).root());
        Button askInTab = WrapUpView.askButton(workspace.wrapUp(), "askWorkingButton");
        askInTab.disableProperty().bind(connected.not());
        Tab wrapUpTab = tab("wrapUpTab", "tab.wrapUp", new WrapUpView(workspace.wrapUp(), askInTab).root());
        tabs.getTabs().addAll(planTab, chatTab, actionsTab, activityTab, customerTab, notesTab, wrapUpTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("sideTabs");
        chatTab.textProperty().bind(Bindings.createStringBinding(() -> workspace.chat().unreadProperty().get() == 0
                ? Texts.get("tab.chat") : Texts.format("tab.chatUnread", workspace.chat().unreadProperty().get()),
                workspace.chat().unreadProperty()));
        wrapUp.addEventHandler(javafx.event.ActionEvent.ACTION, e -> tabs.getSelectionModel().select(wrapUpTab));
        actionsPanel.onSent(workspace.plan()::actionSent);
        workspace.plan().actionToPrepareProperty().addListener((obs, was, action) -> {
            if (action != null) {
                actionsPanel.choose(action);
                tabs.getSelectionModel().select(actionsTab);
            }
        });

        split = new WorkspaceSplit(center, tabs);
        root.setCenter(split.node());

        StatusBar statusBar = new StatusBar(model, quality);
        root.setBottom(statusBar.root());
        center.setId("centerPane");
        FocusPlacement.attach(model, new FocusPlacement.Targets(copy, screen, statusBar.newCodeButton(), center));
        collectShortcuts(workspace, wrapUp);
        model.frontProperty().addListener((obs, was, front) -> {
            if (front && root.getScene() != null) {
                installShortcuts(root.getScene());
            }
        });
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                // The tab was closed: nothing of this session stays tied to the window.
                everySecond.stop();
                detachWindow.run();
                return;
            }
            everySecond.start();
            if (model.frontProperty().get()) {
                installShortcuts(scene);
            }
            scene.windowProperty().addListener((o, w, window) -> attachWindow(window, workspace, chatTab));
            attachWindow(scene.getWindow(), workspace, chatTab);
        });
    }

    /**
     * Full screen, the chat marked read while in front of the technician (this window focused, this
     * session in front, its chat open), and notifications of what happens out of sight.
     */
    private void attachWindow(javafx.stage.Window window, ConsoleWorkspace workspace, Tab chatTab) {
        if (!(window instanceof Stage stage) || attachedTo == stage) {
            return;
        }
        detachWindow.run();
        attachedTo = stage;
        ScreenViewSettings settings = workspace.screen();
        ChangeListener<Boolean> toStage = (obs, was, now) -> stage.setFullScreen(now);
        ChangeListener<Boolean> fromStage = (obs, was, now) -> settings.fullScreenProperty().set(now);
        settings.fullScreenProperty().addListener(toStage);
        stage.fullScreenProperty().addListener(fromStage);
        FullScreenExit.setUp(stage);
        workspace.chat().shownProperty().bind(chatTab.selectedProperty().and(stage.focusedProperty())
                .and(workspace.console().frontProperty()));
        Runnable stopNotifying = BackgroundNotifier.attach(stage, workspace, customer, () -> {
            putInFront.run();
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }, () -> {
            tabs.getSelectionModel().select(chatTab);
            // The reply box takes the keyboard once the tab is in front: the answer can be typed at once.
            focusMainField(chatTab);
        });
        detachWindow = () -> {
            settings.fullScreenProperty().removeListener(toStage);
            stage.fullScreenProperty().removeListener(fromStage);
            workspace.chat().shownProperty().unbind();
            workspace.chat().shownProperty().set(false);
            stopNotifying.run();
            attachedTo = null;
            detachWindow = () -> { };
        };
    }

    private static Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(Texts.get(key), content);
        tab.setId(id);
        return tab;
    }

    /** This session's keys: giving control back, the view modes, full screen, wrap-up and the side tabs. */
    private void collectShortcuts(ConsoleWorkspace workspace, Button wrapUp) {
        ScreenViewSettings settings = workspace.screen();
        shortcuts.put(KeyboardShortcuts.FIT, () -> settings.modeProperty().set(ScreenViewMode.FIT));
        shortcuts.put(KeyboardShortcuts.ACTUAL_SIZE, () -> settings.modeProperty().set(ScreenViewMode.ACTUAL_SIZE));
        shortcuts.put(KeyboardShortcuts.ZOOM_IN, settings::zoomIn);
        shortcuts.put(KeyboardShortcuts.ZOOM_OUT, settings::zoomOut);
        shortcuts.put(KeyboardShortcuts.FULL_SCREEN,
                () -> settings.fullScreenProperty().set(!settings.fullScreenProperty().get()));
        // Also where the customer's screen does not hold the keyboard (it takes the key itself, in control).
        shortcuts.put(KeyboardShortcuts.RELEASE_CONTROL, workspace.console()::releaseControl);
        shortcuts.put(KeyboardShortcuts.WRAP_UP, () -> {
            if (!wrapUp.isDisabled()) {
                wrapUp.fire();
            }
        });
        for (int i = 0; i < KeyboardShortcuts.TABS.size() && i < tabs.getTabs().size(); i++) {
            int at = i;
            shortcuts.put(KeyboardShortcuts.TABS.get(i), () -> {
                tabs.getSelectionModel().select(at);
                focusMainField(tabs.getTabs().get(at));
            });
        }
    }

    /**
     * A side tab's key also moves the keyboard there, to what the tab is for (the message in Chat, the
     * note in Notes, the step's title in Plan…), so that what is typed next never lands in the field left
     * behind. A tab with nothing to type in (Wrap-up), or whose field is off, gets the tabs themselves:
     * never a button, which a stray Space would press.
     */
    private void focusMainField(Tab tab) {
        String id = MAIN_FIELDS.get(tab.getId());
        Node field = id == null || tab.getContent() == null ? null : tab.getContent().lookup(id);
        Node target = field != null && !field.isDisabled() ? field : tabs;
        // After the pulse that shows the tab's content: a hidden node cannot take the focus.
        Platform.runLater(target::requestFocus);
    }

    /**
     * Puts this session's keys in the window, in place of those of the session in front before; each
     * is in {@link KeyboardShortcuts} and so in the list F1 shows.
     */
    private void installShortcuts(Scene scene) {
        scene.getAccelerators().putAll(shortcuts);
    }

    public Parent root() {
        return root;
    }

    /** Where the split is and which side tab is open, to remember for next time. */
    public WorkspaceLayoutStore.Layout layout() {
        Tab open = tabs.getSelectionModel().getSelectedItem();
        return new WorkspaceLayoutStore.Layout(split.divider(),
                open == null ? "planTab" : open.getId());
    }

    /** Puts the split and the open tab back as they were. */
    public void apply(WorkspaceLayoutStore.Layout layout) {
        split.apply(layout.divider());
        tabs.getTabs().stream().filter(tab -> tab.getId().equals(layout.tab())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** A copy of what the technician sees of the customer's screen (a full copy: for tests); null while nothing is shown. */
    public Image screenImage() {
        return screen.snapshot();
    }
}
