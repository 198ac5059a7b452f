package org.tandem.agent.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.ui.history.HistoryWindow;

/**
 * The console window: who the next session is for, New session, History and the shortcuts list on
 * top, and one tab per customer below, each with its own {@link ConsoleView}. The tab's title is the
 * customer's name or ticket, its badge tells of unread chat, unanswered questions and control.
 */
public final class SessionsView {
    private final SessionsViewModel sessions;
    private final OwnSessions own;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TextField customer;
    private final Map<SessionTabViewModel, Tab> tabOf = new HashMap<>();
    private final Map<Tab, SessionTabViewModel> modelOf = new HashMap<>();
    private final Map<SessionTabViewModel, ConsoleView> viewOf = new HashMap<>();

    /** The window over the sessions in {@code dataDir}, read by no console in particular ({@link OwnSessions#readOnly}). */
    public SessionsView(SessionsViewModel sessions, Path dataDir) {
        this(sessions, OwnSessions.readOnly(dataDir));
    }

    /** @param own the console's sessions, for History: its key and the sessions running in its tabs (decision 0050) */
    public SessionsView(SessionsViewModel sessions, OwnSessions own) {
        this.sessions = sessions;
        this.own = own;
        customer = SessionButtons.customerField(sessions);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar windowBar = new ToolBar(SessionButtons.customerEntry(customer), SessionButtons.newSession(sessions),
                SessionButtons.history(own), spacer, SessionButtons.shortcuts());
        windowBar.setId("windowBar");
        root.setTop(windowBar);

        Label welcome = new Label(Texts.format("welcome", KeyboardShortcuts.keys(KeyboardShortcuts.NEW_SESSION)));
        welcome.setWrapText(true);
        // Short lines, centred, with room to the window's edges however wide it is.
        welcome.setMaxWidth(560);
        welcome.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        welcome.setPadding(new javafx.geometry.Insets(0, 24, 0, 24));
        welcome.setId("welcomeLabel");
        welcome.visibleProperty().bind(sessions.emptyProperty());
        tabs.setId("sessionTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.visibleProperty().bind(sessions.emptyProperty().not());
        StackPane center = new StackPane(welcome, tabs);
        StackPane.setAlignment(welcome, Pos.CENTER);
        root.setCenter(center);

        sessions.tabs().forEach(this::show);
        sessions.tabs().addListener((ListChangeListener<SessionTabViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::forget);
                change.getAddedSubList().forEach(this::show);
                if (change.wasAdded()) {
                    // The new customer's tab takes the keyboard from the field (a stray Enter starts nothing
                    // more); the session places it from there, step by step.
                    tabs.requestFocus();
                }
            }
            if (sessions.tabs().isEmpty()) {
                Platform.runLater(customer::requestFocus);
            }
        });
        sessions.selectedProperty().addListener((obs, was, now) -> {
            if (was != null && viewOf.containsKey(was)) {
                // New tabs open the way the technician left the last one.
                sessions.layoutProperty().set(viewOf.get(was).layout());
            }
            Tab tab = tabOf.get(now);
            if (tab != null) {
                tabs.getSelectionModel().select(tab);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            SessionTabViewModel model = modelOf.get(now);
            if (model != null) {
                sessions.select(model);
            }
        });
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                RestingCaret.applyTo(scene);
                Platform.runLater(customer::requestFocus);
            }
        });
    }

    private void show(SessionTabViewModel model) {
        ConsoleView view = new ConsoleView(model.workspace(), model.titleProperty(), () -> sessions.select(model));
        view.apply(sessions.layoutProperty().get());
        Label title = new Label();
        title.getStyleClass().add("session-title");
        title.setMnemonicParsing(false);
        title.textProperty().bind(model.titleProperty());
        Label badge = new Label();
        badge.getStyleClass().add("session-badge");
        badge.setMnemonicParsing(false);
        badge.textProperty().bind(model.badgeProperty());
        badge.visibleProperty().bind(model.badgeProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.styleProperty().bind(Bindings.createStringBinding(() -> "-fx-padding: 0 6 0 6; -fx-background-radius: 8;"
                + " -fx-text-fill: white; -fx-font-size: 0.85em; -fx-background-color: " + badgeColour(model) + ";",
                model.inControlProperty(), model.waitingProperty(), model.endedProperty(), model.badgeProperty()));
        HBox header = new HBox(6, title, badge);
        header.setAlignment(Pos.CENTER_LEFT);
        Tab tab = new Tab();
        tab.setGraphic(header);
        tab.setContent(view.root());
        String closeKeys = KeyboardShortcuts.keys(KeyboardShortcuts.CLOSE_SESSION);
        String nameKeys = KeyboardShortcuts.keys(KeyboardShortcuts.NAME_CUSTOMER);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.format("sessions.tabTip", model.summaryProperty().get(), closeKeys, nameKeys),
                model.summaryProperty()));
        header.accessibleTextProperty().bind(model.summaryProperty());
        tab.setTooltip(tip);
        // Right-click on the customer's tab: name them once they said who they are (decision 0046). The keys are
        // named in the words, not set as the items' accelerators: JavaFX would install those on the window, and
        // F2 or Ctrl+W would then act on whichever tab's menu claimed them, not on the tab in front.
        MenuItem name = new MenuItem(KeyboardShortcuts.tip(Texts.get("naming.button"), nameKeys));
        name.setId("nameCustomerMenuItem");
        name.setOnAction(e -> CustomerNameDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(), model));
        MenuItem closeItem = new MenuItem(KeyboardShortcuts.tip(Texts.get("sessions.closeTab"), closeKeys));
        closeItem.setOnAction(e -> close(model));
        tab.setContextMenu(new ContextMenu(name, closeItem));
        tab.setOnCloseRequest(event -> {
            event.consume(); // the tab goes when the view model lets it go
            close(model);
        });
        tabOf.put(model, tab);
        modelOf.put(tab, model);
        viewOf.put(model, view);
        tabs.getTabs().add(sessions.tabs().indexOf(model), tab);
        if (sessions.selectedProperty().get() == model) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private static String badgeColour(SessionTabViewModel model) {
        if (model.inControlProperty().get()) {
            return "#b71c1c";
        }
        if (model.waitingProperty().get() > 0) {
            return "#8d6e00";
        }
        return model.endedProperty().get() ? "#616161" : "#1565c0";
    }

    private void forget(SessionTabViewModel model) {
        Tab tab = tabOf.remove(model);
        modelOf.remove(tab);
        viewOf.remove(model);
        tabs.getTabs().remove(tab);
    }

    /** Closes a customer's tab, asking first while they are connected; its session ends as End session ends it. */
    void close(SessionTabViewModel model) {
        if (model.needsConfirmation()
                && !EndSessionConfirmation.confirm(root.getScene() == null ? null : root.getScene().getWindow(), model)) {
            return;
        }
        sessions.close(model);
    }

    /** The window's keys; each session's own keys come with its view while it is in front. */
    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyboardShortcuts.NEW_SESSION, sessions::newSession);
        scene.getAccelerators().put(KeyboardShortcuts.HISTORY, () -> HistoryWindow.show(own, scene.getWindow()));
        scene.getAccelerators().put(KeyboardShortcuts.SHOW_SHORTCUTS, () -> ShortcutsWindow.show(scene.getWindow()));
        scene.getAccelerators().put(KeyboardShortcuts.NEXT_SESSION, sessions::selectNext);
        scene.getAccelerators().put(KeyboardShortcuts.PREVIOUS_SESSION, sessions::selectPrevious);
        scene.getAccelerators().put(KeyboardShortcuts.NAME_CUSTOMER, () -> {
            SessionTabViewModel front = sessions.selectedProperty().get();
            if (front != null) {
                CustomerNameDialog.ask(scene.getWindow(), front);
            }
        });
        scene.getAccelerators().put(KeyboardShortcuts.CLOSE_SESSION, () -> {
            SessionTabViewModel front = sessions.selectedProperty().get();
            if (front != null) {
                close(front);
            }
        });
        for (int i = 0; i < KeyboardShortcuts.SESSIONS.size() - 1; i++) {
            int at = i;
            scene.getAccelerators().put(KeyboardShortcuts.SESSIONS.get(i), () -> sessions.select(at));
        }
        scene.getAccelerators().put(KeyboardShortcuts.SESSIONS.get(KeyboardShortcuts.SESSIONS.size() - 1),
                sessions::selectLast);
        // Esc gives up asking the relay for a code in the tab in front, wherever the focus is; otherwise
        // it is left to whatever else uses it.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            SessionTabViewModel front = sessions.selectedProperty().get();
            if (KeyboardShortcuts.CANCEL_CONNECTING.match(event) && front != null
                    && front.workspace().connecting().cancel()) {
                event.consume();
            }
        });
        // A side tab's header or the customers' tabs would take Ctrl+Tab for themselves: it always means
        // the next customer, except while in control, when every key belongs to the customer's computer.
        // A text field's own bindings (Ctrl+H deletes a character) would hide the window's keys while the
        // technician types: there the window's keys come first.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (keysGoToTheCustomer(scene)) {
                return;
            }
            boolean next = KeyboardShortcuts.NEXT_SESSION.match(event);
            boolean previous = KeyboardShortcuts.PREVIOUS_SESSION.match(event);
            if (next || previous) {
                event.consume();
                if (next) {
                    sessions.selectNext();
                } else {
                    sessions.selectPrevious();
                }
                return;
            }
            if (isTyping(scene)) {
                scene.getAccelerators().entrySet().stream().filter(key -> key.getKey().match(event)).findFirst()
                        .ifPresent(key -> {
                            event.consume();
                            key.getValue().run();
                        });
            }
        });
    }

    /** The technician types in a text field, whose own key bindings would otherwise come first. */
    private static boolean isTyping(Scene scene) {
        Node focused = scene.getFocusOwner();
        return focused instanceof TextInputControl
                || focused instanceof ComboBoxBase<?> box && box.isEditable();
    }

    /** In control (or paused) with the customer's screen holding the keyboard: keys are the customer's. */
    private boolean keysGoToTheCustomer(Scene scene) {
        SessionTabViewModel front = sessions.selectedProperty().get();
        if (front == null || !(scene.getFocusOwner() instanceof ScreenView)) {
            return false;
        }
        return front.console().controlProperty().get().held();
    }

    public Parent root() {
        return root;
    }

    /** Where the front session's split is and which side tab is open, to remember for next time. */
    public WorkspaceLayoutStore.Layout layout() {
        SessionTabViewModel front = sessions.selectedProperty().get();
        ConsoleView view = front == null ? null : viewOf.get(front);
        return view == null ? sessions.layoutProperty().get() : view.layout();
    }

    /** Puts the split and the open side tab back as they were, for the open tabs and the next ones. */
    public void apply(WorkspaceLayoutStore.Layout layout) {
        sessions.layoutProperty().set(layout);
        viewOf.values().forEach(view -> view.apply(layout));
    }

    /** The view of a customer's session, while its tab is open. */
    public ConsoleView viewOf(SessionTabViewModel model) {
        return viewOf.get(model);
    }
}
